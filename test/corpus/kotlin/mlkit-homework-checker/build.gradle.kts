plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "io.homeworkpal.checker"
    compileSdk = 34
}

dependencies {
    implementation("com.google.mlkit:text-recognition:16.0.0")
    implementation("com.google.mlkit:digital-ink-recognition:18.1.0")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-play-services:1.8.0")
}
