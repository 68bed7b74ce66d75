import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The manifest of what a build wrote, and the digest it records.
@Suite struct OutputManifestTests {
    /// The values of an independent implementation of the definition in `WordHash`'s
    /// documentation (Python), for no word, part of one, one, and one and a part.
    @Test(arguments: [
        ("", "63c3925d4614acc5"), ("a", "b2e9fb86e2fcb331"), ("foobar", "85e9d24750e73a6a"),
        ("abcdefgh", "901b31f208528a11"), ("abcdefghi", "09bb88834e2a248d"),
    ])
    func digestIsWord64(_ text: String, _ hex: String) {
        let digest = FileDigest(of: Data(text.utf8))
        #expect(digest.hexHash == hex)
        #expect(digest.size == text.utf8.count)
    }

    /// What manifests of version 1 hold: FNV-1a 64, from its published test vectors.
    @Test(arguments: [
        ("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
    ])
    func olderDigestIsFNV1a64(_ text: String, _ hex: String) {
        let digest = FileDigest(of: Data(text.utf8), .fnv1a64)
        #expect(digest.hexHash == hex)
        #expect(digest.size == text.utf8.count)
    }

    /// The hash of bytes given in pieces of whole words is the hash of them given at once.
    @Test func wordsGivenInPiecesHashAsAWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var pieces = WordHash()
        let all = bytes.span
        pieces.combine(all.extracting(0..<64))
        pieces.combine(all.extracting(64..<512))
        pieces.combine(all.extracting(512..<1000))
        #expect(pieces.count == 1000)
        #expect(pieces.value == FileDigest(of: Data(bytes)).hash)
        // Read from a place that is not a multiple of 8, as `Data` may hold its bytes.
        let unaligned = Data([0] + bytes).dropFirst()
        #expect(FileDigest(of: unaligned).hash == pieces.value)
    }

    @Test func hexHashKeepsLeadingZeros() {
        #expect(FileDigest(size: 1, hash: 0xab).hexHash == "00000000000000ab")
    }

    @Test func jsonListsTheFilesSortedWithoutTimes() {
        let manifest = OutputManifest(files: [
            "z/index.html": FileDigest(size: 12, hash: 0x1234_5678_9abc_def0),
            "404.html": FileDigest(size: 3, hash: 0xff),
            "a \"quoted\".txt": FileDigest(size: 0, hash: 0xcbf2_9ce4_8422_2325),
        ])
        #expect(
            manifest.json == """
                {
                  "folio_manifest": 2,
                  "hash": "word64",
                  "files": [
                    {"path": "404.html", "size": 3, "hash": "00000000000000ff"},
                    {"path": "a \\"quoted\\".txt", "size": 0, "hash": "cbf29ce484222325"},
                    {"path": "z/index.html", "size": 12, "hash": "123456789abcdef0"}
                  ]
                }

                """)
        #expect(OutputManifest(parsing: Data(manifest.json.utf8)) == manifest)
    }

    @Test func anEmptyManifestReadsBack() {
        let empty = OutputManifest(files: [:])
        #expect(
            empty.json
                == "{\n  \"folio_manifest\": 2,\n  \"hash\": \"word64\",\n  \"files\": [\n  ]\n}\n"
        )
        #expect(OutputManifest(parsing: Data(empty.json.utf8)) == empty)
    }

    @Test func readsTheManifestsOfTheFolioBeforeIt() throws {
        let older = try #require(
            OutputManifest(
                parsing: Data(
                    #"{"folio_manifest": 1, "hash": "fnv1a64", "files": [{"path": "a", "size": 1, "hash": "af63dc4c8601ec8c"}]}"#
                        .utf8)))
        #expect(older.algorithm == .fnv1a64)
        #expect(older.files == ["a": FileDigest(of: Data("a".utf8), .fnv1a64)])
        #expect(older.json.hasPrefix("{\n  \"folio_manifest\": 1,\n  \"hash\": \"fnv1a64\","))
    }

    @Test(arguments: [
        #"{"folio_manifest": 2, "hash": "fnv1a64", "files": []}"#,
        #"{"folio_manifest": 1, "hash": "word64", "files": []}"#,
        #"{"folio_manifest": 3, "hash": "word64", "files": []}"#,
        #"{"folio_manifest": 1, "hash": "sha256", "files": []}"#,
        #"{"folio_manifest": 1, "hash": "fnv1a64", "files": [{"path": "a", "size": 1, "hash": "xyz"}]}"#,
        #"{"folio_manifest": 1, "hash": "fnv1a64", "files": [{"path": "a", "size": -1, "hash": "00000000000000ff"}]}"#,
        "not json",
    ])
    func refusesWhatItDidNotWrite(_ text: String) {
        #expect(OutputManifest(parsing: Data(text.utf8)) == nil)
    }
}
