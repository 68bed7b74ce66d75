import Foundation
import Testing

@testable import FolioScaffold

/// The theme built into Folio is the repository's `Templates/`, byte for byte: the
/// EmbedTheme plugin embeds the folder at build time.
@Suite struct DefaultThemeTests {
    static let templates = SiteFixture.repository.appending(
        path: "Templates", directoryHint: .isDirectory)

    /// Every file of `Templates/`, by path, in path order.
    static func currentFiles() -> [(path: String, text: String)] {
        SiteFixture.files(in: templates).filter { !$0.key.hasPrefix(".") && !$0.key.contains("/.") }
            .sorted { $0.key < $1.key }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    @Test func theEmbeddedThemeIsTemplates() {
        let files = Self.currentFiles()
        #expect(
            DefaultTheme.files.map(\.path) == files.map(\.path),
            "the EmbedTheme plugin embeds every file of Templates/")
        for (embedded, current) in zip(DefaultTheme.files, files) {
            #expect(
                embedded.text == current.text,
                "\(current.path) differs from the embedded theme")
        }
        #expect(!files.isEmpty)
    }
}
