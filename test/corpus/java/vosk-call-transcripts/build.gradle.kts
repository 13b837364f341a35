plugins {
    java
    application
}

dependencies {
    implementation("com.alphacephei:vosk:0.3.45")
    implementation("org.json:json:20240303")
}

application { mainClass.set("callcenter.asr.BatchTranscriber") }
