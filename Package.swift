// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioKit", targets: ["FolioKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CFolioSwap"),
        .target(
            name: "FolioKit",
            dependencies: ["CCmark", "CFolioSwap", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings,
            plugins: ["EmbedTheme"]
        ),
        // Templates/ is the one copy of the default theme; this plugin and its tool build it
        // into Folio at build time, for `folio init`.
        .executableTarget(name: "embed-theme", swiftSettings: swiftSettings),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        .target(
            name: "FolioPreview",
            dependencies: [
                "FolioKit",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioKit",
                "FolioPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FolioKitTests",
            // CCmark: cmark's own output is the reference for what its safe mode empties.
            dependencies: ["FolioKit", "CCmark"],
            exclude: ["Build/Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FolioCommandTests",
            dependencies: ["folio"],
            swiftSettings: swiftSettings
        ),
    ]
)
