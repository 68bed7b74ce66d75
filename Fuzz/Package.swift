// swift-tools-version: 6.2
// libFuzzer targets for Folio's readers: the front matter splitter, the CSV reader, the
// template parser and the Markdown wrapper. A package of its own, so that `swift build` and
// `swift test` in the root never build the fuzz executables, which only link with
// `-sanitize=fuzzer` (Fuzz/README.md; `make fuzz`).
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "FolioFuzz",
    platforms: [.macOS(.v26)],
    dependencies: [
        .package(name: "Folio", path: "..")
    ],
    targets: [
        // libFuzzer's driver, declared for Swift.
        .target(name: "CLibFuzzer"),
        // Runs the driver, and checks the properties that more than one target shares.
        .target(
            name: "FuzzHarness",
            dependencies: ["CLibFuzzer", .product(name: "FolioKit", package: "Folio")],
            swiftSettings: swiftSettings
        ),
    ]
        + ["fuzz-front-matter", "fuzz-csv", "fuzz-template", "fuzz-markdown"].map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzHarness", .product(name: "FolioKit", package: "Folio")],
                swiftSettings: swiftSettings
            )
        }
)
