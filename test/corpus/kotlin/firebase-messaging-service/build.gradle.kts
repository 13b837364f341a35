plugins {
    id("com.android.application")
    kotlin("android")
    id("com.google.gms.google-services")
}

android { namespace = "org.parkrun.companion"; compileSdk = 34 }

dependencies {
    implementation(platform("com.google.firebase:firebase-bom:32.8.0"))
    implementation("com.google.firebase:firebase-messaging-ktx")
    implementation("androidx.core:core-ktx:1.12.0")
}
