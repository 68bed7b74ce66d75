import Foundation
import Testing

@testable import FolioFormats
@testable import FolioTemplates

/// Loading a site's template folder from disk.
@Suite struct TemplateFolderTests {
    /// A fresh folder under the temporary directory, removed by `remove`.
    static func makeFolder(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-templates-\(UUID().uuidString)")
        for (path, bytes) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return folder
    }

    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func namesTemplatesByTheirPathAndSkipsAssets() throws {
        let folder = try Self.makeFolder([
            "layout.mustache": Array("<main>{{> partials/nav}}</main>".utf8),
            "partials/nav.mustache": Array("\u{FEFF}<nav>{{title}}</nav>".utf8),
            "partials/assets/icon.mustache": Array("icon".utf8),
            "assets.mustache": Array("a".utf8),
            "assets/logo.mustache": Array("{{#broken".utf8),
            ".draft.mustache": Array("{{#broken".utf8),
            "notes.txt": Array("{{#broken".utf8),
        ])
        defer { Self.remove(folder) }
        let library = try TemplateLibrary(folder: folder, displayPath: "Templates", strict: true)
        #expect(library.names == ["assets", "layout", "partials/assets/icon", "partials/nav"])
        #expect(
            try library.render("layout", context: ["title": "Hi"]) == "<main><nav>Hi</nav></main>")
    }

    @Test func reportsProblemsWithTheFilesPath() throws {
        let folder = try Self.makeFolder([
            "partials/nav.mustache": Array("<nav>\n{{#links}}\n".utf8),
            "bad.mustache": Array("ok\nZoë ÿ".utf8) + [0xFF],
            // Templates that exist but cannot be read are reported once, not again here.
            "page.mustache": Array("{{> bad}}{{> broken}}".utf8),
        ])
        defer { Self.remove(folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("broken.mustache"),
            withDestinationURL: folder.appendingPathComponent("missing.mustache"))
        #expect(throws: DiagnosticList.self) {
            try TemplateLibrary(folder: folder, displayPath: "Templates", strict: true)
        }
        do {
            _ = try TemplateLibrary(folder: folder, displayPath: "Templates", strict: true)
        } catch {
            #expect(
                error.diagnostics.map(TemplateLibraryErrorTests.line) == [
                    "-: cannot read the template file 'Templates/broken.mustache'; check that it "
                        + "exists and is a readable file",
                    "Templates/bad.mustache:2:6: template file is not valid UTF-8 (byte 0xFF "
                        + "here); save it with UTF-8 encoding",
                    "Templates/partials/nav.mustache:2:1: section 'links' opened here is never "
                        + "closed; add {{/links}}",
                ])
        }
    }

    @Test func missingFolder() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-missing-\(UUID().uuidString)")
        do {
            _ = try TemplateLibrary(folder: folder, displayPath: "Templates", strict: false)
            Issue.record("a missing folder loaded")
        } catch {
            #expect(
                error.diagnostics.map(TemplateLibraryErrorTests.line) == [
                    "-: the template folder 'Templates' does not exist or is not a folder; create "
                        + "it and put the site's .mustache templates in it"
                ])
        }
    }
}
