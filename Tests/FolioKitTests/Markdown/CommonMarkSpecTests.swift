import Foundation
import Testing

@testable import FolioMarkdown

/// The CommonMark 0.30 spec examples, rendered as cmark renders them.
///
/// The examples come from the JSON file named by `FOLIO_COMMONMARK_SPEC`; CI always sets it.
@Suite struct CommonMarkSpecTests {
    /// One example of the spec's JSON file.
    struct Example: Decodable {
        var markdown: String
        var html: String
        var example: Int
        var section: String
    }

    /// The number of examples in version 0.30 of the spec.
    static let exampleCount = 652

    static let specPath = ProcessInfo.processInfo.environment["FOLIO_COMMONMARK_SPEC"]

    /// The spec's examples, or a failed test naming the file that could not be read.
    static func examples() throws -> [Example] {
        let path = try #require(specPath)
        let data = try #require(
            FileManager.default.contents(atPath: path),
            "FOLIO_COMMONMARK_SPEC names \(path), which cannot be read"
        )
        return try JSONDecoder().decode([Example].self, from: data)
    }

    @Test(
        .enabled(
            if: specPath != nil,
            """
            FOLIO_COMMONMARK_SPEC is not set: set it to the path of \
            commonmark-spec-0.30.json to check the 652 CommonMark spec examples
            """
        )
    )
    func everyExampleMatchesByteForByte() throws {
        let examples = try Self.examples()
        // Raw HTML on and no heading ids: the spec's own output, with nothing added.
        let options = MarkdownOptions(allowsRawHTML: true, addsHeadingIDs: false)
        var passed = 0
        for example in examples {
            let html = Markdown.render(example.markdown, options: options).html
            // Compared as UTF-8 bytes: String equality would accept canonically equal text.
            let matches = Array(html.utf8) == Array(example.html.utf8)
            #expect(
                matches,
                "example \(example.example) (\(example.section)): got \(html.debugDescription)"
            )
            if matches {
                passed += 1
            }
        }
        #expect(examples.count == Self.exampleCount)
        #expect(passed == Self.exampleCount)
    }

    /// Heading ids change nothing but the `id` attribute, in safe mode and with raw HTML,
    /// over every example of the spec.
    @Test(
        .enabled(
            if: specPath != nil,
            """
            FOLIO_COMMONMARK_SPEC is not set: set it to the path of \
            commonmark-spec-0.30.json to compare heading ids over the spec examples
            """
        ),
        arguments: [false, true]
    )
    func headingIDsAddOnlyTheAttribute(allowsRawHTML: Bool) throws {
        let examples = try Self.examples()
        let plain = MarkdownOptions(allowsRawHTML: allowsRawHTML, addsHeadingIDs: false)
        let withIDs = MarkdownOptions(allowsRawHTML: allowsRawHTML, addsHeadingIDs: true)
        var headingCount = 0
        for example in examples {
            let expected = Markdown.render(example.markdown, options: plain)
            let rendered = Markdown.render(example.markdown, options: withIDs)
            var html = rendered.html
            for heading in rendered.headings {
                let tag = "<h\(heading.level) id=\"\(heading.id)\">"
                let range = try #require(html.range(of: tag), "example \(example.example)")
                html.replaceSubrange(range, with: "<h\(heading.level)>")
            }
            headingCount += rendered.headings.count
            #expect(html == expected.html, "example \(example.example) (\(example.section))")
            #expect(rendered.headings == expected.headings, "example \(example.example)")
        }
        // The spec has headings enough for the comparison to mean something.
        #expect(headingCount > 50)
    }
}
