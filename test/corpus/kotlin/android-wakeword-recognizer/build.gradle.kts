plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "app.cookmate.voice"
    compileSdk = 34
    defaultConfig { minSdk = 26 }
}

dependencies {
    implementation("ai.picovoice:porcupine-android:3.0.1")
    implementation("androidx.core:core-ktx:1.12.0")
}
