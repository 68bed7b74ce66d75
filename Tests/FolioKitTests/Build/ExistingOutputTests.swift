import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The output folder as a build finds it: which of its files Folio would lose.
@Suite struct ExistingOutputTests {
    private let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "folio-existing-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    private func put(_ text: String, at path: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func digest(_ text: String) -> FileDigest { FileDigest(of: Data(text.utf8)) }

    @Test func aMissingFolderHoldsNothing() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let existing = try ExistingOutput(scanning: root.appending(path: "nowhere"), display: "x")
        #expect(existing.files.isEmpty)
        #expect(existing.manifest == nil)
        #expect(existing.unclaimed(writing: ["index.html": digest("home\n")]) == ([], []))
    }

    @Test func withAManifestForeignAndChangedFilesAreFound() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("home\n", at: "index.html")
        try put("edited by hand\n", at: "clients/acme/index.html")
        try put("old page\n", at: "clients/gone/index.html")
        try put("mine\n", at: "notes.txt")
        try put("mine\n", at: ".well-known/security.txt")
        try FileManager.default.createSymbolicLink(
            atPath: root.appending(path: "link.html").path, withDestinationPath: "index.html")
        let manifest = OutputManifest(files: [
            "index.html": digest("home\n"),
            "clients/acme/index.html": digest("as built\n"),
            "clients/gone/index.html": digest("old page\n"),
            "clients/deleted/index.html": digest("deleted by hand\n"),
        ])
        try put(manifest.json, at: ".folio-manifest.json")

        let existing = try ExistingOutput(scanning: root, display: "Public")
        #expect(existing.manifest == manifest)
        #expect(existing.files["index.html"] == digest("home\n"))
        #expect(existing.others == ["link.html"])
        let (foreign, changed) = existing.unclaimed(writing: [
            "index.html": digest("home\n"), "notes.txt": digest("new\n"),
        ])
        #expect(foreign == [".well-known/security.txt", "link.html", "notes.txt"])
        #expect(changed == ["clients/acme/index.html"])
    }

    /// With no manifest to read, nothing shows which files are Folio's: every file is
    /// someone's, but one the build writes again with the same bytes.
    @Test func withoutAManifestEveryFileTheBuildWouldChangeOrRemoveIsForeign() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try put("home\n", at: "index.html")
        try put("my own page\n", at: "about/index.html")
        try put("mine\n", at: "cv.pdf")
        try put("{not a manifest", at: ".folio-manifest.json")

        let existing = try ExistingOutput(scanning: root, display: "Public")
        #expect(existing.manifest == nil)
        let (foreign, changed) = existing.unclaimed(writing: [
            "index.html": digest("home\n"), "about/index.html": digest("as built\n"),
        ])
        #expect(foreign == ["about/index.html", "cv.pdf"])
        #expect(changed.isEmpty)
    }
}
