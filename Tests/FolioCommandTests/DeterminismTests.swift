import Foundation
import Testing

/// `folio build` writes the same bytes whatever the locale, the time zone, the folder it
/// runs from and the order in which the file system lists the files.
@Suite struct DeterminismTests {
    /// The repository's root, which holds the sample site.
    static let repository = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// 2026-11-30 at 11:00 UTC: already 1 December at UTC+14 (Kiritimati), still 30 November
    /// at UTC-8 (Los Angeles).
    static let lateMorningUTC = "1796036400"

    /// Runs `folio` in `folder` with `environment` over a clean environment (no locale, time
    /// zone or SOURCE_DATE_EPOCH of the test's own); returns the exit status and messages.
    func folio(_ arguments: [String], in folder: URL, environment: [String: String] = [:])
        throws -> (status: Int32, errors: String)
    {
        let process = Process()
        process.executableURL = try BuildCommandTests.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var base = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("LC_") && !["LANG", "LANGUAGE", "TZ", "SOURCE_DATE_EPOCH"].contains(key)
        }
        base["NO_COLOR"] = "1"
        process.environment = base.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A new temporary folder, below `parent` when given.
    func temporaryFolder(in parent: URL? = nil) throws -> URL {
        let folder = (parent ?? FileManager.default.temporaryDirectory)
            .appending(path: "folio-same-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the sample site's `Content/` and `Templates/` in a new temporary folder.
    func sampleSite() throws -> URL {
        let root = try temporaryFolder()
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: Self.repository.appending(path: folder), to: root.appending(path: folder))
        }
        return root
    }

    /// Builds the site in `root` into `output` and returns what was written.
    func build(
        _ root: URL, output: String, environment: [String: String] = [:],
        extra: [String] = []
    ) throws -> OutputTree {
        let (status, errors) = try folio(
            ["build", "--quiet", "--output", output] + extra, in: root, environment: environment)
        #expect(status == 0, "\(errors)")
        return OutputTree(root.appending(path: output))
    }

    @Test func localeDoesNotChangeTheOutput() throws {
        let root = try sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // A capital I lower-cases to a dotless ı in Turkish, and German sorts ä with a.
        try Data(
            """
            ---
            title: Inventory In Istanbul
            summary: IDs, Ä and Z sorting.
            ---
            ## Inventory Is Important

            ### Ärger über Zölle

            ## ISO İzmir Ünye
            """.utf8
        ).write(to: root.appending(path: "Content/guide/inventory-in-istanbul.md"))
        let plain = try build(root, output: "C", environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(plain.files.count > 100)
        let chapter = try #require(plain.files["guide/inventory-in-istanbul/index.html"])
        #expect(String(decoding: chapter, as: UTF8.self).contains("id=\"inventory-is-important\""))
        for locale in ["tr_TR.UTF-8", "de_DE.UTF-8", "en_US.UTF-8"] {
            let local = try build(
                root, output: locale,
                environment: ["LANG": locale, "LC_ALL": locale, "LANGUAGE": locale])
            #expect(local.differences(from: plain) == [], "under \(locale)")
        }
    }

    @Test func timeZoneDoesNotChangeTheOutput() throws {
        let root = try sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // Without as_of, "today" comes from SOURCE_DATE_EPOCH, whose date differs by zone.
        let settings = root.appending(path: "Content/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try Data(text.replacing("as_of: 2026-11-30\n", with: "").utf8).write(to: settings)
        #expect(try String(contentsOf: settings, encoding: .utf8) != text)
        let pinned = try build(root, output: "Pinned", extra: ["--as-of", "2026-11-30"])
        for zone in ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"] {
            let zoned = try build(
                root, output: zone.replacing("/", with: "-"),
                environment: ["TZ": zone, "SOURCE_DATE_EPOCH": Self.lateMorningUTC])
            #expect(zoned.files.count == pinned.files.count)
            #expect(zoned.differences(from: pinned) == [], "in \(zone)")
        }
    }

    @Test func theFolderTheBuildRunsFromDoesNotChangeTheOutput() throws {
        let root = try sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let here = try build(root, output: "Public")
        #expect(here.files.count > 100)

        // From a sibling folder, with relative paths.
        let elsewhere = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let site = "../\(root.lastPathComponent)"
        let relative = try folio(
            [
                "build", "--quiet", "--content", "\(site)/Content", "--templates",
                "\(site)/Templates", "--output", "Relative",
            ], in: elsewhere)
        #expect(relative.status == 0, "\(relative.errors)")
        #expect(OutputTree(elsewhere.appending(path: "Relative")).differences(from: here) == [])

        // From the file system's root, with absolute paths.
        let absolute = try folio(
            [
                "build", "--quiet", "--content", root.appending(path: "Content").path,
                "--templates", root.appending(path: "Templates").path, "--output",
                elsewhere.appending(path: "Absolute").path,
            ], in: URL(filePath: "/"))
        #expect(absolute.status == 0, "\(absolute.errors)")
        #expect(OutputTree(elsewhere.appending(path: "Absolute")).differences(from: here) == [])
    }

    @Test func fileSystemOrderDoesNotChangeTheOutput() throws {
        // tmpfs lists a folder's files newest first, so files created in opposite orders
        // are listed in opposite orders; other file systems may list both alike.
        let memory = URL(filePath: "/dev/shm", directoryHint: .isDirectory)
        let onTmpfs = FileManager.default.isWritableFile(atPath: memory.path)
        let parent = try temporaryFolder(in: onTmpfs ? memory : nil)
        defer { try? FileManager.default.removeItem(at: parent) }
        let forward = parent.appending(path: "forward", directoryHint: .isDirectory)
        let backward = parent.appending(path: "backward", directoryHint: .isDirectory)
        // Chapters without an order, sorted by name: byte order puts 9 before Z before a,
        // where a locale's order would put a before Z.
        let extra = [
            "Content/guide/Zebra.md": "---\ntitle: Zebra\n---\nZ\n",
            "Content/guide/9-notes.md": "---\ntitle: Notes\n---\nN\n",
            "Content/guide/alpha.md": "---\ntitle: Alpha\n---\nA\n",
        ]
        for (copy, reversed) in [(forward, false), (backward, true)] {
            for folder in ["Content", "Templates"] {
                try copyFileByFile(
                    Self.repository.appending(path: folder), to: copy.appending(path: folder),
                    reversed: reversed)
            }
            let names = reversed ? extra.keys.sorted().reversed() : extra.keys.sorted()
            for name in names {
                try Data(extra[name, default: ""].utf8).write(to: copy.appending(path: name))
            }
        }
        let guide = "Content/guide"
        let listedForward = try FileManager.default.contentsOfDirectory(
            atPath: forward.appending(path: guide).path)
        let listedBackward = try FileManager.default.contentsOfDirectory(
            atPath: backward.appending(path: guide).path)
        #expect(Set(listedForward) == Set(listedBackward))
        if onTmpfs { #expect(listedForward != listedBackward) }

        let first = try build(forward, output: "Public")
        let second = try build(backward, output: "Public")
        #expect(first.files.count > 100)
        #expect(first.files["guide/zebra/index.html"] == nil)
        #expect(first.files["guide/Zebra/index.html"] != nil)
        #expect(second.differences(from: first) == [])
    }

    /// Copies `source` to `destination` one file at a time, in name order or reversed, so
    /// that each folder's files are created in that order.
    func copyFileByFile(_ source: URL, to destination: URL, reversed: Bool) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        var names = try manager.contentsOfDirectory(atPath: source.path).sorted()
        if reversed { names.reverse() }
        for name in names {
            let from = source.appending(path: name)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: from.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try copyFileByFile(from, to: destination.appending(path: name), reversed: reversed)
            } else {
                try manager.copyItem(at: from, to: destination.appending(path: name))
            }
        }
    }
}
