import Foundation
import Testing

@testable import FolioFormats

/// The fast path must give exactly what Yams gives, locations included, or decline.
@Suite struct YAMLFastPathTests {
    private static let repository = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether the fast path reads `yaml` as the full reader does; `accepted` says whether it
    /// read it at all.
    private func agrees(_ yaml: String, firstLine: Int = 1) -> (agrees: Bool, accepted: Bool) {
        let fast = YAMLFastPath.read(yaml, file: "f.yml", firstLine: firstLine)
        let full = try? YAMLReader.composed(yaml, file: "f.yml", firstLine: firstLine)
        guard let fast else { return (true, false) }
        return (fast == full, true)
    }

    /// Every front matter and YAML file of the sample site and the test fixtures.
    private static func yamlTexts() throws -> [(path: String, yaml: String, line: Int)] {
        var texts: [(String, String, Int)] = []
        for folder in ["Content", "Tests/FolioKitTests/Build/Fixtures"] {
            let root = repository.appending(path: folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = files?.nextObject() as? URL {
                guard let data = FileManager.default.contents(atPath: url.path),
                    let text = String(data: data, encoding: .utf8)
                else { continue }
                let lf = text.replacingOccurrences(of: "\r\n", with: "\n")
                if url.pathExtension == "md",
                    let parts = try? FrontMatter.split(lf, path: url.path), let yaml = parts.yaml
                {
                    texts.append((url.path, String(yaml), parts.yamlLine))
                } else if ["yml", "yaml"].contains(url.pathExtension) {
                    texts.append((url.path, lf, 1))
                }
            }
        }
        return texts
    }

    @Test func agreesWithTheFullReaderOnEverySampleAndFixture() throws {
        let texts = try Self.yamlTexts()
        #expect(texts.count > 30)
        var accepted = 0
        for (path, yaml, line) in texts {
            let result = agrees(yaml, firstLine: line)
            #expect(result.agrees, "\(path)")
            if result.accepted { accepted += 1 }
        }
        // The sample is written the common way: all of its briefs take the fast path.
        let briefs = texts.filter { $0.path.hasPrefix(Self.repository.path + "/Content/clients/") }
        #expect(briefs.count == 14)
        for brief in briefs {
            #expect(
                YAMLFastPath.read(brief.yaml, file: "f", firstLine: brief.line) != nil,
                "\(brief.path)")
        }
        #expect(accepted > texts.count / 2)
    }

    @Test func readsTheCommonShapesWithTheirPlaces() throws {
        let yaml = """
            # a comment
            account: ACME-001
            title: "Acme \\"Logistics\\" \\\\ Co"
            note: 'it''s fine'
            empty_list: []
            tags: [logistics, "cold chain", 'x''y', ~]
            stakeholders:
              - name: Ana Ruiz
                notes: Prefers email
              - name: Ünïcödé Kim
            goals:
            - Cut onboarding
            -   Grow
            nested:
                deeper:
                  - -5
            """
        let node = try #require(YAMLFastPath.read(yaml, file: "f.yml", firstLine: 2))
        #expect(node == (try YAMLReader.composed(yaml, file: "f.yml", firstLine: 2)))
        #expect(node["title"]?.content == .scalar("Acme \"Logistics\" \\ Co"))
        #expect(node["note"]?.content == .scalar("it's fine"))
        #expect(
            node["tags"]?.content
                == .list([
                    DataNode(
                        .scalar("logistics"), at: SourceLocation(file: "f.yml", line: 7, column: 8)),
                    DataNode(
                        .scalar("cold chain"),
                        at: SourceLocation(file: "f.yml", line: 7, column: 19)),
                    DataNode(
                        .scalar("x'y"), at: SourceLocation(file: "f.yml", line: 7, column: 33)),
                    DataNode(.null, at: SourceLocation(file: "f.yml", line: 7, column: 41)),
                ]))
        let second = try #require(node["stakeholders"]?.listItems.last)
        #expect(second["name"]?.location == SourceLocation(file: "f.yml", line: 11, column: 11))
        #expect(node["goals"]?.location == SourceLocation(file: "f.yml", line: 13, column: 1))
    }

    @Test(arguments: [
        // Outside the subset: the full reader must take these.
        "a: {b: c}", "a: |\n  text", "a: >\n  text", "a: &x b\nc: *x", "a: !tag b",
        "a: b # comment", "a: b\n  continued", "a:\nb: c", "a: b\na: c", "a:\tb",
        "\"a\": b", "a: \"\\u00e9\"", "a: [b, [c]]", "a: [b, c,]", "a: [b: c]",
        "- - a", "---\na: b", "a: - b", "a: b:", "a: 'unclosed", "a: \"x\" y",
        "? a\n: b", "a: b\n- c", "-\n", "a: @b", "a: `b`", "a: %b", "a: [a, , b]",
        "<<: {a: b}", "a: b\u{2028}c", "a: b\u{85}c", "\u{FEFF}a: b", "a:\n  - b\n - c",
        "a:\n    b: c\n  d: e", "- a\n  b",
        // A key repeated in a long mapping, whose keys are kept in a set.
        (0..<20).map { "k\($0): v" }.joined(separator: "\n") + "\nk3: w",
    ])
    func declinesWhatItDoesNotHandle(_ yaml: String) {
        #expect(YAMLFastPath.read(yaml, file: "f.yml", firstLine: 1) == nil)
    }

    @Test(arguments: [
        "a: b", "a: b:c", "a: http://x.y/z", "a: C#", "a: -x", "a: 'b'  ", "a: [ ]",
        "a: [ b ,c ]", "k-1.x_y: v", "a:\n  - b\n  -\n    c: d", "- a\n- b: c\n  d: e",
        "a: naïve café 😀", "a: 'ünï'", "a: b\n\n# c\n\nd: e", "a: null\nb: ~\nc: NULL",
        "a: \"#x\"", "a: x, y", "a: [x y, z]", "a: b'c\"d",
        // Columns count characters: after "é" written as e and a combining accent, and
        // after an emoji, each item starts one column later than its bytes suggest.
        "a: [e\u{301}t\u{E9}, \"😀x\", z, 🇫🇷, y]",
        (0..<20).map { "k\($0): v" }.joined(separator: "\n"),
    ])
    func agreesWhereItReads(_ yaml: String) {
        let result = agrees(yaml, firstLine: 3)
        #expect(result.accepted)
        #expect(result.agrees)
    }
}

extension DataNode {
    /// The items of a list, or none.
    fileprivate var listItems: [DataNode] {
        if case .list(let items) = content { return items }
        return []
    }
}
