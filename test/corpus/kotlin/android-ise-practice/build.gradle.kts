plugins {
    id("com.android.library")
    kotlin("android")
}

android {
    namespace = "com.kouyu.practice"
    compileSdk = 34
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.8.0")
}
