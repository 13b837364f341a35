plugins {
    id("com.android.library")
    kotlin("android")
}

android { namespace = "com.ebooks.prefs"; compileSdk = 34 }

dependencies {
    implementation("androidx.datastore:datastore-preferences:1.0.0")
}
