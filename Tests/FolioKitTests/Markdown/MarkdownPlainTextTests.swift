import Testing

@testable import FolioMarkdown

/// Plain text for search and summaries: what a reader sees, whitespace collapsed.
@Suite struct MarkdownPlainTextTests {
    @Test func blocksAndInlinesBecomeSpacedWords() {
        let source = """
            # Acme   Logistics

            Their *manual* dispatch could **not** scale past `40` depots.
            Second line.

            - Fleet Tracker
            - Route Planner

            > Quote
            """
        #expect(
            Markdown.plainText(source)
                == "Acme Logistics Their manual dispatch could not scale past 40 depots. "
                + "Second line. Fleet Tracker Route Planner Quote"
        )
    }

    @Test func linksKeepTextAndImagesKeepAlternativeText() {
        let source = "See [the deck](https://example.com/deck) and ![org chart](org.png).\n"
        #expect(Markdown.plainText(source) == "See the deck and org chart.")
    }

    @Test func codeBlocksAreTextAndRawHTMLIsNot() {
        let source =
            "<div class=\"x\">\nhidden\n</div>\n\nA <b>bold</b> claim.\n\n```swift\nlet x = 1\n```\n"
        #expect(Markdown.plainText(source) == "A bold claim. let x = 1")
    }

    @Test func entitiesAreDecoded() {
        #expect(Markdown.plainText("AT&amp;T &copy; 2026\n") == "AT&T © 2026")
    }

    @Test func emptyDocumentHasNoText() {
        #expect(Markdown.plainText("") == "")
        #expect(Markdown.plainText("\n\n   \n") == "")
    }
}
