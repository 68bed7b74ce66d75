import Foundation
import Testing

@testable import FolioFormats

@Suite struct DocumentTests {
    private func problems(_ text: String) -> [String] {
        do {
            _ = try Document.parse(text: text, path: "b.md")
            return []
        } catch {
            return error.diagnostics.map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            }
        }
    }

    private func place(_ line: Int, _ column: Int) -> FolioFormats.SourceLocation {
        FolioFormats.SourceLocation(file: "b.md", line: line, column: column)
    }

    @Test func splitsFrontMatterFromTheBody() throws {
        let text = """
            ---
            account: ACME-001
            title: Acme Logistics
            ---
            # Notes

            Body.
            """
        let document = try Document.parse(text: text, path: "b.md")
        #expect(document.path == "b.md")
        #expect(document.frontMatter.entries.map(\.key) == ["account", "title"])
        #expect(document.frontMatter.location == place(2, 1))
        #expect(document.frontMatter["title"]?.location == place(3, 8))
        #expect(document.body == "# Notes\n\nBody.")
        #expect(document.bodyLine == 5)
    }

    @Test func aByteOrderMarkCRLFAndADotsTerminator() throws {
        let bytes = Array(
            "\u{FEFF}---  \r\ntitle: Acme\r\ngoals:\r\n  - Cut time\r\n...\t\r\nBody\r\n".utf8)
        let text = try SourceText.decode(bytes, file: "b.md")
        let document = try Document.parse(text: text, path: "b.md")
        #expect(document.frontMatter["title"]?.content == .scalar("Acme"))
        let goals = try #require(document.frontMatter["goals"]).list("goals")
        #expect(goals.first?.location == place(4, 5))
        #expect(document.body == "Body\n")
        #expect(document.bodyLine == 6)
        // A byte order mark left in the text is skipped too.
        let raw = try Document.parse(text: "\u{FEFF}---\na: 1\n---\nx", path: "b.md")
        #expect(raw.frontMatter["a"]?.location == place(2, 4))
        #expect(raw.body == "x")
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        for text in ["# Title\nno front matter\n", "", "--- not a fence\na: 1\n---\n", " ---\n"] {
            let document = try Document.parse(text: text, path: "b.md")
            #expect(document.frontMatter == DataNode(.map([]), at: place(1, 1)))
            #expect(document.body == text)
            #expect(document.bodyLine == 1)
        }
    }

    @Test func emptyFrontMatterIsAnEmptyMapping() throws {
        let document = try Document.parse(text: "---\n---\nbody", path: "b.md")
        #expect(document.frontMatter == DataNode(.map([]), at: place(1, 1)))
        #expect(document.body == "body")
        #expect(document.bodyLine == 3)
        let commented = try Document.parse(text: "---\n# later\n---\n", path: "b.md")
        #expect(commented.frontMatter.content == .map([]))
        #expect(commented.body == "")
        #expect(commented.bodyLine == 4)
    }

    @Test func theClosingFenceMayEndTheFile() throws {
        let document = try Document.parse(text: "---\na: 1\n---", path: "b.md")
        #expect(document.frontMatter["a"]?.content == .scalar("1"))
        #expect(document.body == "")
        #expect(document.bodyLine == 4)
    }

    @Test func aDashedLineInsideABlockScalarStillCloses() throws {
        // Front matter ends at the first fence line, as in Jekyll and Hugo.
        let document = try Document.parse(text: "---\na: |\n  x\n---\n---\n", path: "b.md")
        #expect(document.frontMatter["a"]?.content == .scalar("x\n"))
        #expect(document.body == "---\n")
    }

    @Test(arguments: ["---\ntitle: x\nbody\n", "---\n", "---", "---\na: 1\n-- \n"])
    func unclosedFrontMatter(text: String) {
        #expect(
            problems(text) == [
                "b.md:1:1: front matter opened on line 1 is never closed; add a line with --- "
                    + "after the last field"
            ])
    }

    @Test func malformedYAMLIsReportedAtItsPlaceInTheFile() {
        #expect(
            problems("---\naccount: ACME-001\ntitle: Q3: renewal\n---\nBody\n") == [
                "b.md:3:10: a ':' cannot appear here; check the indentation and that values "
                    + "containing ': ' are quoted, such as title: \"Q3: renewal\""
            ])
        #expect(
            problems("---\nstakeholders:\n  - name: Ana\n   role: champion\n---\n") == [
                "b.md:4:4: this does not continue the list that starts on line 3; check the "
                    + "indentation: items start with '- ' in the same column, and the fields of "
                    + "an item line up under its first field"
            ])
    }

    @Test func aRepeatedKeyNamesBothFileLines() {
        #expect(
            problems("---\ntitle: A\nsummary: x\ntitle: B\n---\n") == [
                "b.md:4:1: 'title' is set twice in this mapping, on lines 2 and 4; remove one of "
                    + "them"
            ])
    }

    @Test func frontMatterMustBeAMapping() {
        #expect(
            problems("---\n- a\n- b\n---\n") == [
                "b.md:2:1: the front matter must be a mapping of names to values, such as "
                    + "'title: Acme Logistics'; found a list"
            ])
        #expect(
            problems("---\nJust a sentence.\n---\n") == [
                "b.md:2:1: the front matter must be a mapping of names to values, such as "
                    + "'title: Acme Logistics'; found 'Just a sentence.'"
            ])
    }

    @Test func readsAFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-document-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("acme.md")
        try Data("---\r\naccount: ACME-001\r\n---\r\nHi\r\n".utf8).write(to: url)
        let document = try Document.read(url, path: "Content/clients/acme.md")
        #expect(document.path == "Content/clients/acme.md")
        #expect(
            document.frontMatter["account"]?.location
                == FolioFormats.SourceLocation(file: "Content/clients/acme.md", line: 2, column: 10)
        )
        #expect(document.body == "Hi\n")
        do {
            _ = try Document.read(folder.appendingPathComponent("gone.md"), path: "gone.md")
            Issue.record("no error")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "cannot read gone.md: No such file or directory; check that the file exists "
                        + "and can be read"
                ])
        }
    }
}
