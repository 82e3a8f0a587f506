// swift-tools-version:5.9
// The AmparoCore Swift package. Run build-xcframework.sh first (on macOS): it
// makes AmparoCoreFFI.xcframework and copies the generated AmparoCore.swift
// into Sources/AmparoCore.
import PackageDescription

let package = Package(
    name: "AmparoCore",
    platforms: [.iOS(.v15)],
    products: [
        .library(name: "AmparoCore", targets: ["AmparoCore"]),
    ],
    targets: [
        .binaryTarget(name: "AmparoCoreFFI", path: "AmparoCoreFFI.xcframework"),
        .target(name: "AmparoCore", dependencies: ["AmparoCoreFFI"], path: "Sources/AmparoCore"),
    ]
)
