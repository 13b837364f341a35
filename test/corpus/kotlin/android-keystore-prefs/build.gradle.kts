plugins {
    id("com.android.library")
    kotlin("android")
}

android {
    namespace = "net.walletly.secure"
    compileSdk = 34
    defaultConfig { minSdk = 24 }
}
