import Foundation
import Testing

@testable import FolioKit

/// The theme built into Folio is the repository's `Templates/`, byte for byte.
@Suite struct DefaultThemeTests {
    static let templates = SiteFixture.repository.appending(
        path: "Templates", directoryHint: .isDirectory)
    static let generated = SiteFixture.repository.appending(
        path: "Sources/FolioKit/Scaffold/DefaultTheme+Files.swift")

    /// Every file of `Templates/`, by path, in path order.
    static func currentFiles() -> [(path: String, text: String)] {
        SiteFixture.files(in: templates).filter { !$0.key.hasPrefix(".") && !$0.key.contains("/.") }
            .sorted { $0.key < $1.key }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    /// The Swift source that embeds `files`.
    static func source(_ files: [(path: String, text: String)]) -> String {
        var text = """
            // swift-format-ignore-file
            // Generated from Templates/ by `make theme`; do not edit. DefaultThemeTests fails
            // when this file and Templates/ differ.

            extension DefaultTheme {
                static let embeddedFiles: [(path: String, text: String)] = [

            """
        for (path, content) in files {
            // Enough #s that no `"#...` inside the file ends the raw string.
            var hashes = "#"
            while content.contains("\"" + hashes) || content.contains("\\" + hashes) {
                hashes += "#"
            }
            text += "        (\n            \(JSONString.quoted(path)),\n"
            text += "            \(hashes)\"\"\"\n\(content)\n\"\"\"\(hashes)\n        ),\n"
        }
        return text + "    ]\n}\n"
    }

    @Test func theEmbeddedThemeIsTemplates() throws {
        let files = Self.currentFiles()
        if ProcessInfo.processInfo.environment["FOLIO_REFRESH_THEME"] == "1" {
            try Data(Self.source(files).utf8).write(to: Self.generated)
        }
        #expect(
            DefaultTheme.files.map(\.path) == files.map(\.path),
            "run `make theme` to refresh Sources/FolioKit/Scaffold/DefaultTheme+Files.swift")
        for (embedded, current) in zip(DefaultTheme.files, files) {
            #expect(
                embedded.text == current.text,
                "\(current.path) differs from the embedded theme; run `make theme` to refresh it")
        }
        #expect(!files.isEmpty)
        #expect(!files.contains { $0.text.contains("\r") }, "the generator keeps LF only")
    }
}
