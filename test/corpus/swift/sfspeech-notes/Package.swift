// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "VoiceNotes",
    platforms: [.iOS(.v16)],
    products: [.library(name: "VoiceNotes", targets: ["VoiceNotes"])],
    targets: [.target(name: "VoiceNotes")]
)
