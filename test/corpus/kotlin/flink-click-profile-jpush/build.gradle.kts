plugins {
    kotlin("jvm") version "1.9.22"
}

dependencies {
    implementation("org.apache.flink:flink-streaming-java:1.18.1")
    implementation("org.apache.flink:flink-connector-kafka:3.1.0-1.18")
    implementation("cn.jpush.api:jpush-client:3.6.6")
    implementation("com.fasterxml.jackson.module:jackson-module-kotlin:2.16.1")
}
