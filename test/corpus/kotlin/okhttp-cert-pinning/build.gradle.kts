plugins {
    id("com.android.library")
    kotlin("android")
}

android { namespace = "bank.mobile.net"; compileSdk = 34 }

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.squareup.retrofit2:converter-moshi:2.11.0")
}
