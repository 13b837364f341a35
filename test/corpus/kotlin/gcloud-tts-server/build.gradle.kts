plugins {
    kotlin("jvm") version "1.9.23"
    id("io.ktor.plugin") version "2.3.9"
}

dependencies {
    implementation("io.ktor:ktor-server-netty-jvm")
    implementation("com.google.cloud:google-cloud-texttospeech:2.38.0")
}
