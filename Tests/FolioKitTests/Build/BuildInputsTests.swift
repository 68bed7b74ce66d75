import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The fingerprint of a build's inputs changes with any byte of any file, and with nothing
/// else but the options.
@Suite struct BuildInputsTests {
    static func digest(of bytes: [UInt8]) throws -> FileDigest? {
        let url = FileManager.default.temporaryDirectory.appending(
            path: "folio-digest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        return BuildInputs.digest(of: url.path)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 65_535, 65_536, 65_537, 200_003])
    func everyByteCounts(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let digest = try #require(try Self.digest(of: bytes))
        #expect(digest.size == size)
        #expect(try Self.digest(of: bytes) == digest, "the same bytes, the same digest")
        var seen: Set<UInt64> = [digest.hash]
        for position in Set([0, size / 2, size - 1, 65_535, 65_536])
        where (0..<size).contains(position) {
            var changed = bytes
            changed[position] ^= 0x01
            let other = try #require(try Self.digest(of: changed))
            #expect(!seen.contains(other.hash), "a changed byte at \(position) of \(size)")
            seen.insert(other.hash)
        }
        #expect(try Self.digest(of: bytes + [0])?.hash != digest.hash, "a byte added")
    }

    @Test func aFileThatCannotBeReadHasNoDigest() {
        #expect(BuildInputs.digest(of: "/nonexistent/folio/file.md") == nil)
    }

    @Test func renamingOrMovingAFileChangesTheFingerprint() throws {
        let site = try SiteFixture(fixture: "mini")
        let options = site.options()
        let first = try #require(BuildInputs(options))
        #expect(BuildInputs(options) == first)
        #expect(first.fileCount == 21, "the fixture's files")

        let manager = FileManager.default
        let guide = site.root.appending(path: "Content/guide")
        try manager.moveItem(
            at: guide.appending(path: "the-job.md"), to: guide.appending(path: "the-role.md"))
        let renamed = try #require(BuildInputs(options))
        #expect(renamed != first)
        try manager.moveItem(
            at: guide.appending(path: "the-role.md"), to: guide.appending(path: "the-job.md"))
        #expect(BuildInputs(options) == first, "moved back, the same again")
        try manager.createDirectory(
            at: guide.appending(path: "basics"), withIntermediateDirectories: true)
        try manager.moveItem(
            at: guide.appending(path: "the-job.md"), to: guide.appending(path: "basics/the-job.md"))
        let nested = try #require(BuildInputs(options))
        #expect(nested != first && nested != renamed, "moved into a subfolder")
        #expect(
            nested.files["content/guide/basics/the-job.md"]
                == first.files["content/guide/the-job.md"])
        try manager.moveItem(
            at: guide.appending(path: "basics/the-job.md"), to: guide.appending(path: "the-job.md"))
        try manager.removeItem(at: guide.appending(path: "basics"))
        #expect(BuildInputs(options) == first, "moved out again, the same again")

        var drafts = options
        drafts.includeDrafts = true
        #expect(BuildInputs(drafts) != first)
        var jobs = options
        jobs.jobs = 1
        #expect(BuildInputs(jobs) == first, "the number of jobs changes no byte")
    }
}
