// swift-tools-version: 6.2
// Micro-benchmarks of Folio's hot parts, with swift-mustache as the yardstick for the
// template engine. A package of its own, so that Folio's users never resolve swift-mustache.
import PackageDescription

let package = Package(
    name: "FolioBenchmarks",
    platforms: [.macOS(.v26)],
    dependencies: [
        .package(name: "Folio", path: ".."),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    ],
    targets: [
        .executableTarget(
            name: "folio-micro",
            dependencies: [
                .product(name: "FolioKit", package: "Folio"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Micro",
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        )
    ]
)
