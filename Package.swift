// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v26)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        // Folio's engine, from reading to building, for the fuzz targets and the benchmarks;
        // without FolioScaffold, whose built-in theme a build-tool plugin makes on the host.
        .library(
            name: "FolioKit",
            targets: [
                "FolioParallel", "FolioFormats", "FolioMarkdown", "FolioTemplates", "FolioModel",
                "FolioSite", "FolioBuild",
            ]),
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

        // Folio's build, in pipeline order: each target uses only the ones above it.

        // Runs a loop's iterations on several threads: the one way Folio works in parallel.
        .target(name: "FolioParallel", swiftSettings: swiftSettings),
        // What Folio reads and writes as text: source files, CSV, YAML and JSON data, front
        // matter, dates, how numbers read, digests, and the diagnostics that locate problems.
        .target(
            name: "FolioFormats",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Markdown to HTML: the one door to cmark.
        .target(
            name: "FolioMarkdown",
            dependencies: ["CCmark"],
            swiftSettings: swiftSettings
        ),
        // The Mustache engine: templates, the values they show, rendering. It knows nothing
        // of portfolios or builds.
        .target(
            name: "FolioTemplates",
            dependencies: ["FolioFormats"],
            swiftSettings: swiftSettings
        ),
        // The portfolio: accounts, people, briefs, handoffs, the guide; the merge of the CRM's
        // records with the briefs; the metrics and the agenda.
        .target(
            name: "FolioModel",
            dependencies: ["FolioParallel", "FolioFormats", "FolioTemplates"],
            swiftSettings: swiftSettings
        ),
        // The site: which pages there are, each page's context, the charts, search, the
        // calendar and the sitemap.
        .target(
            name: "FolioSite",
            dependencies: [
                "FolioParallel", "FolioFormats", "FolioMarkdown", "FolioTemplates", "FolioModel",
            ],
            swiftSettings: swiftSettings
        ),
        // A build: load, merge, plan, render and write, inside the output transaction (the
        // up-to-date check, body patches, the build record, staging and swap); and `check`.
        .target(
            name: "FolioBuild",
            dependencies: [
                "CFolioSwap", "FolioParallel", "FolioFormats", "FolioMarkdown", "FolioTemplates",
                "FolioModel", "FolioSite",
            ],
            swiftSettings: swiftSettings
        ),
        // New sites and briefs (`folio init`, `folio new`), with the default theme built in.
        .target(
            name: "FolioScaffold",
            dependencies: ["FolioFormats", "FolioMarkdown", "FolioModel", "FolioBuild"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedTheme"]
        ),
        // Templates/ is the one copy of the default theme; this plugin and its tool build it
        // into FolioScaffold at build time.
        .executableTarget(name: "embed-theme", swiftSettings: swiftSettings),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        // `folio serve`: the preview server, its watcher and live reload.
        .target(
            name: "FolioPreview",
            dependencies: [
                "FolioFormats", "FolioSite", "FolioBuild",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command line: one file per command, each a thin layer over the targets above.
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioFormats", "FolioMarkdown", "FolioModel", "FolioBuild", "FolioScaffold",
                "FolioPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FolioKitTests",
            // CCmark: cmark's own output is the reference for what its safe mode empties.
            dependencies: [
                "CCmark", "FolioParallel", "FolioFormats", "FolioMarkdown", "FolioTemplates",
                "FolioModel", "FolioSite", "FolioBuild", "FolioScaffold",
            ],
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
