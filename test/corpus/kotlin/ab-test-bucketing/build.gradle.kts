plugins { kotlin("jvm") version "1.9.23" }

dependencies {
    implementation("com.google.guava:guava:33.1.0-jre")
}
