plugins {
    id("com.android.application")
    kotlin("android")
}

android { namespace = "com.memos.recorder"; compileSdk = 34 }
