import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// A copy of a site in a temporary folder, to build, break and inspect without touching the
/// repository.
struct SiteFixture: ~Copyable {
    /// The temporary folder holding `Content/`, `Templates/` and, once built, `Public/`.
    let root: URL

    /// The folder of this file, where the fixtures live.
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "Fixtures", directoryHint: .isDirectory)

    /// The repository's root, which holds the sample site.
    static let repository = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Copies `Content/` and `Templates/` of `source` into a new temporary folder.
    init(copying source: URL) throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "folio-test-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: source.appending(path: folder), to: root.appending(path: folder))
        }
    }

    /// A copy of the fixture site named `name` in Fixtures/.
    init(fixture name: String) throws {
        try self.init(copying: Self.fixtures.appending(path: name))
    }

    /// The `Content/` of the fixture named `name` with the default theme, `Templates/` of the
    /// repository, so that the theme's own templates are what is tested.
    init(content name: String) throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "folio-test-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.fixtures.appending(path: "\(name)/Content"),
            to: root.appending(path: "Content"))
        try FileManager.default.copyItem(
            at: Self.repository.appending(path: "Templates"), to: root.appending(path: "Templates"))
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The options of a build of this site, with the default folder names.
    func options(output: String = "Public") -> BuildOptions {
        BuildOptions(
            content: root.appending(path: "Content"), templates: root.appending(path: "Templates"),
            output: root.appending(path: output), outputDisplay: output,
            today: CalendarDate(year: 2026, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 0),
            version: Folio.version)
    }

    /// Builds the site and returns the result with its diagnostics formatted as the command
    /// line prints them: all of them, and the errors alone.
    func build(_ options: BuildOptions? = nil) -> (
        result: BuildResult, text: String, errors: String
    ) {
        let result = SiteBuilder.build(options ?? self.options())
        let root = self.root
        let formatter = DiagnosticFormatter { path in
            FileManager.default.contents(atPath: root.appending(path: path).path)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        return (
            result, result.diagnostics.map(formatter.format).joined(),
            result.diagnostics.filter { $0.severity == .error }.map(formatter.format).joined()
        )
    }

    /// Writes `text` to `path` below the site's root.
    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` below the site's root.
    func write(_ data: Data, to path: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Replaces the first `old` in the file at `path` with `new`.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let url = root.appending(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else {
            Issue.record("\(path) does not contain \(old)")
            return
        }
        try write(text.replacingCharacters(in: range, with: new), to: path)
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
                !isFolder.boolValue, let data = FileManager.default.contents(atPath: full)
            {
                files[path] = data
            }
        }
        return files
    }
}
