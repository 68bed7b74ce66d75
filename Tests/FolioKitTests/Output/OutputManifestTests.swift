import Foundation
import Testing

@testable import FolioKit

/// The manifest of what a build wrote, and the digest it records.
@Suite struct OutputManifestTests {
    @Test(arguments: [
        ("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
    ])
    func digestIsFNV1a64(_ text: String, _ hex: String) {
        let digest = FileDigest(of: Data(text.utf8))
        #expect(digest.hexHash == hex)
        #expect(digest.size == text.utf8.count)
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
                  "folio_manifest": 1,
                  "hash": "fnv1a64",
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
                == "{\n  \"folio_manifest\": 1,\n  \"hash\": \"fnv1a64\",\n  \"files\": [\n  ]\n}\n"
        )
        #expect(OutputManifest(parsing: Data(empty.json.utf8)) == empty)
    }

    @Test(arguments: [
        #"{"folio_manifest": 2, "hash": "fnv1a64", "files": []}"#,
        #"{"folio_manifest": 1, "hash": "sha256", "files": []}"#,
        #"{"folio_manifest": 1, "hash": "fnv1a64", "files": [{"path": "a", "size": 1, "hash": "xyz"}]}"#,
        #"{"folio_manifest": 1, "hash": "fnv1a64", "files": [{"path": "a", "size": -1, "hash": "00000000000000ff"}]}"#,
        "not json",
    ])
    func refusesWhatItDidNotWrite(_ text: String) {
        #expect(OutputManifest(parsing: Data(text.utf8)) == nil)
    }
}
