import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The staging folder: a build is written beside the output and swapped in whole, files of
/// the same bytes are linked from the old site, and what an interrupted build left is
/// repaired by the next.
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

    private func put(_ text: String, at url: URL) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// The inode of the file at `url`.
    private func inode(_ url: URL) throws -> UInt64 {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { throw POSIXError(.ENOENT) }
        return UInt64(status.st_ino)
    }

    private func staging(_ output: URL, _ display: String) throws -> StagingFolder {
        try StagingFolder(
            replacing: output, display: display,
            reusing: ExistingOutput(scanning: output, display: display))
    }

    @Test func commitReplacesTheOutputWithTheStagedSite() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Public")
        try put("old\n", at: output.appending(path: "old/index.html"))

        let staging = try staging(output, "Public")
        try staging.createFolders(for: ["index.html", "clients/acme/index.html"])
        try staging.write("new\n", to: "clients/acme/index.html")
        try staging.write("home\n", to: "index.html")
        #expect(try contents(root) == [".Public.folio-staging", "Public"])
        #expect(try contents(output) == ["old"], "the output is untouched until the commit")

        try staging.commit()
        #expect(try contents(root) == ["Public"])
        #expect(try contents(output) == ["clients", "index.html"])
        #expect(try text(output.appending(path: "clients/acme/index.html")) == "new\n")
    }

    @Test func whereNoExchangeIsOfferedTwoRenamesReplaceTheOutput() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Public")
        try put("old\n", at: output.appending(path: "index.html"))
        try put("kept\n", at: output.appending(path: "same.html"))
        let kept = try inode(output.appending(path: "same.html"))

        let staging = try staging(output, "Public")
        try staging.write("new\n", to: "index.html")
        try staging.write("kept\n", to: "same.html")
        try staging.commit(exchanging: false)

        #expect(try contents(root) == ["Public"])
        #expect(try text(output.appending(path: "index.html")) == "new\n")
        #expect(try inode(output.appending(path: "same.html")) == kept)
    }

    @Test func discardLeavesTheOutputAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Site")
        try put("kept\n", at: output.appending(path: "index.html"))

        let staging = try staging(output, "Site")
        try staging.createFolders(for: ["index.html"])
        try staging.write("lost\n", to: "index.html")
        staging.discard()

        #expect(try contents(root) == ["Site"])
        #expect(try text(output.appending(path: "index.html")) == "kept\n")
    }

    @Test func filesOfTheSameBytesAreLinkedFromTheOutput() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Public")
        try put("same\n", at: output.appending(path: "same.html"))
        try put("before\n", at: output.appending(path: "changed.html"))
        try put("same\n", at: output.appending(path: "moved.html"))
        let same = try inode(output.appending(path: "same.html"))
        let changed = try inode(output.appending(path: "changed.html"))

        let staging = try staging(output, "Public")
        try staging.createFolders(for: ["same.html"])
        try staging.write("same\n", to: "same.html")
        try staging.write("after\n", to: "changed.html")
        try staging.write("same\n", to: "elsewhere.html")
        try staging.writeManifest()
        #expect(staging.unchangedCount == 1)
        #expect(try inode(staging.url.appending(path: "same.html")) == same)
        try staging.commit()

        #expect(try inode(output.appending(path: "same.html")) == same)
        #expect(try inode(output.appending(path: "changed.html")) != changed)
        #expect(try text(output.appending(path: "changed.html")) == "after\n")
        #expect(try text(output.appending(path: "elsewhere.html")) == "same\n")
        #expect(
            try contents(output) == [
                ".folio-manifest.json", "changed.html", "elsewhere.html", "same.html",
            ])
        #expect(
            try text(output.appending(path: ".folio-manifest.json")) == """
                {
                  "folio_manifest": 2,
                  "hash": "word64",
                  "files": [
                    {"path": "changed.html", "size": 6, "hash": "\(FileDigest(of: Data("after\n".utf8)).hexHash)"},
                    {"path": "elsewhere.html", "size": 5, "hash": "\(FileDigest(of: Data("same\n".utf8)).hexHash)"},
                    {"path": "same.html", "size": 5, "hash": "\(FileDigest(of: Data("same\n".utf8)).hexHash)"}
                  ]
                }

                """)
    }

    @Test func leftoversOfAnInterruptedBuildAreRemovedAndReported() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "Public")
        try put("site\n", at: output.appending(path: "index.html"))
        try put("", at: root.appending(path: ".Public.folio-staging/half.html"))
        try put("", at: root.appending(path: ".Public.folio-previous/old.html"))
        try put("mine\n", at: root.appending(path: ".Public.notes"))
        try put("mine\n", at: root.appending(path: ".Public.folio-other"))

        let notes = try StagingFolder.recover(output, display: "Public")
        #expect(
            notes.map(\.message) == [
                "removed .Public.folio-staging, which a build that was interrupted left beside "
                    + "Public; Public itself is a whole site",
                "removed .Public.folio-previous, which a build that was interrupted left beside "
                    + "Public; Public itself is a whole site",
            ])
        #expect(notes.allSatisfy { $0.severity == .note && $0.location == nil })
        #expect(try contents(root) == [".Public.folio-other", ".Public.notes", "Public"])
        #expect(try text(output.appending(path: "index.html")) == "site\n")
        #expect(try StagingFolder.recover(output, display: "Public").isEmpty)
    }

    @Test func theOldSiteComesBackWhenABuildStoppedBetweenTheTwoRenames() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "out/Site")
        // The state of the fallback swap after its first rename: the old site moved aside,
        // the new one complete in the staging folder, nothing in the output's place.
        try put("old\n", at: root.appending(path: "out/.Site.folio-previous/index.html"))
        try put("new\n", at: root.appending(path: "out/.Site.folio-staging/index.html"))

        let notes = try StagingFolder.recover(output, display: "out/Site")
        #expect(
            notes.map(\.message) == [
                "put the previous site back from out/.Site.folio-previous into out/Site, which "
                    + "a build that was interrupted during the swap had left missing",
                "removed out/.Site.folio-staging, which a build that was interrupted left beside "
                    + "out/Site; out/Site itself is a whole site",
            ])
        #expect(try contents(root.appending(path: "out")) == ["Site"])
        #expect(try text(output.appending(path: "index.html")) == "old\n")
    }

    @Test func aFolderCreatedForTheFirstTimeNeedsNoOldOutput() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appending(path: "deep/new/Public")
        #expect(try StagingFolder.recover(output, display: "deep/new/Public").isEmpty)
        let staging = try staging(output, "deep/new/Public")
        try staging.createFolders(for: ["404.html"])
        try staging.write("gone\n", to: "404.html")
        try staging.commit()
        #expect(try contents(output) == ["404.html"])
        #expect(try contents(root.appending(path: "deep/new")) == ["Public"])
    }

    @Test func copiesAFolderFileByFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let assets = root.appending(path: "assets")
        try put("body {}\n", at: assets.appending(path: "style.css"))
        try put("x\n", at: assets.appending(path: "img/deep/logo.svg"))
        try FileManager.default.createDirectory(
            at: assets.appending(path: "empty"), withIntermediateDirectories: true)
        let output = root.appending(path: "Public")

        let staging = try staging(output, "Public")
        #expect(try staging.copyFiles(from: assets, to: "assets") == 2)
        try staging.commit()
        #expect(try contents(output.appending(path: "assets")) == ["empty", "img", "style.css"])
        #expect(try text(output.appending(path: "assets/img/deep/logo.svg")) == "x\n")
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
            replacing: root.appending(path: "site/Public"), display: "Public", reusing: .empty)
        let message =
            "refused to write '\(path)' in Public: \(problem), and every file of the site must "
            + "stay inside the output folder; this is a bug in Folio or in a template, please "
            + "report it"
        #expect(throws: Diagnostic.error(message)) { try staging.write("x", to: path) }
        #expect(throws: Diagnostic.error(message)) { try staging.createFolders(for: [path + "/x"]) }
        #expect(throws: Diagnostic.error(message)) {
            _ = try staging.copyFiles(from: root, to: path)
        }
        #expect(try contents(root.appending(path: "site")) == [".Public.folio-staging"])
        #expect(try contents(staging.url).isEmpty)
        #expect(try contents(root) == ["site"])
    }

    @Test func dotsInsideANameAreNotAParentFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try StagingFolder(
            replacing: root.appending(path: "Public"), display: "Public", reusing: .empty)
        try staging.createFolders(for: ["clients/a..b/index.html"])
        try staging.write("ok\n", to: "clients/a..b/index.html")
        #expect(try contents(staging.url.appending(path: "clients")) == ["a..b"])
    }
}
