// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "PronCoach",
    platforms: [.iOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/Azure-Samples/cognitive-services-speech-sdk-ios", from: "1.36.0")
    ],
    targets: [.target(name: "PronCoach", dependencies: [.product(name: "MicrosoftCognitiveServicesSpeech", package: "cognitive-services-speech-sdk-ios")])]
)
