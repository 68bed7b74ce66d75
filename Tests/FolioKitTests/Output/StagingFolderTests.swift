import Foundation
import Testing

@testable import FolioKit

/// The staging folder: a build is written beside the output and swapped in whole.
@Suite struct StagingFolderTests {
    /// A fresh temporary folder, removed by `defer` in each test.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appending(path: "folio-staging-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func commitReplacesTheOutputWithTheStagedSite() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Public")
        try FileManager.default.createDirectory(
            at: output.appending(path: "old"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: output.appending(path: "old/index.html"))

        let staging = try StagingFolder(replacing: output, display: "Public")
        try staging.createFolders(for: ["index.html", "clients/acme/index.html"])
        try staging.write("new\n", to: "clients/acme/index.html")
        try staging.write("home\n", to: "index.html")
        #expect(try contents(root) == [".Public.folio-staging", "Public"])
        #expect(try contents(output) == ["old"], "the output is untouched until the commit")

        try staging.commit()
        #expect(try contents(root) == ["Public"])
        #expect(try contents(output) == ["clients", "index.html"])
        #expect(
            try String(
                contentsOf: output.appending(path: "clients/acme/index.html"), encoding: .utf8)
                == "new\n")
    }

    @Test func discardLeavesTheOutputAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("kept\n".utf8).write(to: output.appending(path: "index.html"))

        let staging = try StagingFolder(replacing: output, display: "Site")
        try staging.createFolders(for: ["index.html"])
        try staging.write("lost\n", to: "index.html")
        staging.discard()

        #expect(try contents(root) == ["Site"])
        #expect(
            try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
                == "kept\n")
    }

    @Test func leftoversOfAnInterruptedBuildAreRemovedFirst() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for leftover in [".Public.folio-staging/half.html", ".Public.folio-previous/old.html"] {
            let url = root.appending(path: leftover)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        try Data("mine\n".utf8).write(to: root.appending(path: ".Public.notes"))

        let staging = try StagingFolder(
            replacing: root.appending(path: "Public"), display: "Public")
        #expect(try contents(root) == [".Public.folio-staging", ".Public.notes"])
        #expect(try contents(staging.url).isEmpty)
        try staging.commit()
        #expect(try contents(root) == [".Public.notes", "Public"])
    }

    @Test func aFolderCreatedForTheFirstTimeNeedsNoOldOutput() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "deep/new/Public")
        let staging = try StagingFolder(replacing: output, display: "deep/new/Public")
        try staging.createFolders(for: ["404.html"])
        try staging.write("gone\n", to: "404.html")
        try staging.commit()
        #expect(try contents(output) == ["404.html"])
    }

    @Test(arguments: [
        ("/etc/passwd", "it is absolute"),
        ("../outside.html", "it has an empty, '.' or '..' part"),
        ("clients/../../outside.html", "it has an empty, '.' or '..' part"),
        ("clients//index.html", "it has an empty, '.' or '..' part"),
        ("./index.html", "it has an empty, '.' or '..' part"),
        ("", "it has an empty, '.' or '..' part"),
        ("clients\\..\\..\\outside.html", "it has a backslash"),
        ("clients/a\u{0}b/index.html", "it has a control character"),
        ("clients/a\nb/index.html", "it has a control character"),
    ])
    func aPathThatCouldLeaveTheFolderIsRefused(path: String, problem: String) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try StagingFolder(
            replacing: root.appending(path: "site/Public"), display: "Public")
        let message =
            "refused to write '\(path)' in Public: \(problem), and every file of the site must "
            + "stay inside the output folder; this is a bug in Folio or in a template, please "
            + "report it"
        #expect(throws: Diagnostic.error(message)) { try staging.write("x", to: path) }
        #expect(throws: Diagnostic.error(message)) { try staging.createFolders(for: [path + "/x"]) }
        #expect(throws: Diagnostic.error(message)) {
            try staging.copyFolder(root, to: path)
        }
        #expect(try contents(root.appending(path: "site")) == [".Public.folio-staging"])
        #expect(try contents(staging.url).isEmpty)
        #expect(try contents(root) == ["site"])
    }

    @Test func dotsInsideANameAreNotAParentFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try StagingFolder(
            replacing: root.appending(path: "Public"), display: "Public")
        try staging.createFolders(for: ["clients/a..b/index.html"])
        try staging.write("ok\n", to: "clients/a..b/index.html")
        #expect(try contents(staging.url.appending(path: "clients")) == ["a..b"])
    }
}
