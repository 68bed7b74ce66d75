import Testing

@testable import FolioMarkdown

/// Headings carry ids on their own element and are listed for tables of contents.
@Suite struct MarkdownHeadingTests {
    @Test func headingElementCarriesItsID() {
        let rendered = Markdown.render("## Why they bought\n")
        #expect(rendered.html == "<h2 id=\"why-they-bought\">Why they bought</h2>\n")
        #expect(
            rendered.headings == [Heading(level: 2, text: "Why they bought", id: "why-they-bought")]
        )
    }

    @Test func idComesFromPlainTextOfEmphasis() {
        let rendered = Markdown.render("## *Risks* & mitigations\n")
        #expect(
            rendered.html
                == "<h2 id=\"risks-mitigations\"><em>Risks</em> &amp; mitigations</h2>\n"
        )
        #expect(
            rendered.headings
                == [Heading(level: 2, text: "Risks & mitigations", id: "risks-mitigations")]
        )
    }

    @Test func codeAndLinksInHeadingKeepTheirMarkup() {
        let rendered = Markdown.render("### The `sync` job and [Acme](https://acme.example)\n")
        #expect(
            rendered.html
                == "<h3 id=\"the-sync-job-and-acme\">The <code>sync</code> job and "
                + "<a href=\"https://acme.example\">Acme</a></h3>\n"
        )
        #expect(rendered.headings.map(\.text) == ["The sync job and Acme"])
    }

    @Test func duplicateHeadingsGetSuffixes() {
        let source = "# Notes\n\n## Notes\n\n### Notes\n\n## Notes-1\n"
        let rendered = Markdown.render(source)
        #expect(rendered.headings.map(\.id) == ["notes", "notes-1", "notes-2", "notes-1-1"])
        #expect(
            rendered.html
                == """
                <h1 id="notes">Notes</h1>
                <h2 id="notes-1">Notes</h2>
                <h3 id="notes-2">Notes</h3>
                <h2 id="notes-1-1">Notes-1</h2>

                """
        )
    }

    @Test func unicodeHeadings() {
        let rendered = Markdown.render("# Über uns\n\n## 客户 概况\n")
        #expect(
            rendered.html
                == "<h1 id=\"über-uns\">Über uns</h1>\n<h2 id=\"客户-概况\">客户 概况</h2>\n"
        )
        #expect(rendered.headings.map(\.id) == ["über-uns", "客户-概况"])
    }

    @Test func emptyHeadingIsASection() {
        let rendered = Markdown.render("#\n\n## !!!\n")
        #expect(rendered.html == "<h1 id=\"section\"></h1>\n<h2 id=\"section-1\">!!!</h2>\n")
        #expect(
            rendered.headings
                == [
                    Heading(level: 1, text: "", id: "section"),
                    Heading(level: 2, text: "!!!", id: "section-1"),
                ]
        )
    }

    @Test func everyLevelInDocumentOrderIncludingNestedHeadings() {
        let source = """
            # One
            > ## Two
            - ### Three

            #### Four
            Five
            ====
            ###### Six
            Seven
            -----
            """
        let rendered = Markdown.render(source)
        #expect(
            rendered.headings
                == [
                    Heading(level: 1, text: "One", id: "one"),
                    Heading(level: 2, text: "Two", id: "two"),
                    Heading(level: 3, text: "Three", id: "three"),
                    Heading(level: 4, text: "Four", id: "four"),
                    Heading(level: 1, text: "Five", id: "five"),
                    Heading(level: 6, text: "Six", id: "six"),
                    Heading(level: 2, text: "Seven", id: "seven"),
                ]
        )
        #expect(
            rendered.html
                == """
                <h1 id="one">One</h1>
                <blockquote>
                <h2 id="two">Two</h2>
                </blockquote>
                <ul>
                <li>
                <h3 id="three">Three</h3>
                </li>
                </ul>
                <h4 id="four">Four</h4>
                <h1 id="five">Five</h1>
                <h6 id="six">Six</h6>
                <h2 id="seven">Seven</h2>

                """
        )
    }

    @Test func multiLineSetextHeadingTextIsOneLine() {
        let rendered = Markdown.render("Quarterly\nbusiness   review\n---\n")
        #expect(
            rendered.html
                == "<h2 id=\"quarterly-business-review\">Quarterly\nbusiness   review</h2>\n"
        )
        #expect(rendered.headings.map(\.text) == ["Quarterly business review"])
    }

    @Test func rawHTMLInHeadingIsNotPartOfItsText() {
        let options = MarkdownOptions(allowsRawHTML: true)
        let rendered = Markdown.render("## Next <abbr>QBR</abbr> &amp; plan\n", options: options)
        #expect(
            rendered.html
                == "<h2 id=\"next-qbr-plan\">Next <abbr>QBR</abbr> &amp; plan</h2>\n"
        )
        #expect(rendered.headings.map(\.text) == ["Next QBR & plan"])
    }

    @Test func withoutHeadingIDsHTMLIsPlainButHeadingsAreListed() {
        let options = MarkdownOptions(addsHeadingIDs: false)
        let rendered = Markdown.render("## Why they bought\n", options: options)
        #expect(rendered.html == "<h2>Why they bought</h2>\n")
        #expect(
            rendered.headings == [Heading(level: 2, text: "Why they bought", id: "why-they-bought")]
        )
    }

    /// A body shown under a page's `<h2>` section: its top headings become `<h3>`, whatever
    /// level the author started at, and the deeper ones follow, down to `<h6>` at most.
    @Test(arguments: [
        ("# History\n\n## Before the sale\n", ["h3", "h4"]),
        ("## History\n\n### Before the sale\n", ["h3", "h4"]),
        ("### History\n\n#### Before the sale\n", ["h3", "h4"]),
        (
            "# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n",
            ["h3", "h4", "h5", "h6", "h6", "h6"]
        ),
        ("## A\n\n# B\n", ["h4", "h3"]),
    ])
    func headingsSitOneLevelBelowTheirSection(source: String, elements: [String]) {
        let rendered = Markdown.render(source, options: MarkdownOptions(topHeadingLevel: 3))
        let opened = rendered.html.split(separator: "\n").filter { $0.hasPrefix("<h") }
            .map { String($0.dropFirst().prefix(2)) }
        #expect(opened == elements)
        #expect(rendered.headings.map { "h\($0.level)" } == elements)
        let closed = rendered.html.split(separator: "\n").filter { $0.hasPrefix("<h") }
            .map { String($0.suffix(3).prefix(2)) }
        #expect(closed == elements)
    }

    @Test func headingsWithoutIDsMoveToo() {
        let options = MarkdownOptions(addsHeadingIDs: false, topHeadingLevel: 3)
        let rendered = Markdown.render("# History\n\n## Before\n", options: options)
        #expect(rendered.html == "<h3>History</h3>\n<h4>Before</h4>\n")
    }

    @Test func aDocumentWithoutHeadingsIsUnchanged() {
        let rendered = Markdown.render(
            "Just *notes*.\n", options: MarkdownOptions(topHeadingLevel: 3))
        #expect(rendered.html == "<p>Just <em>notes</em>.</p>\n")
    }

    /// Ids the page's template writes are never given to a heading: it is numbered on.
    @Test func headingsLeaveThePagesOwnIDsFree() {
        let options = MarkdownOptions(takenIDs: ["main", "notes-heading", "history-1"])
        let rendered = Markdown.render(
            "## Main\n\n## Notes heading\n\n## History\n\n## History\n\n## Main\n",
            options: options)
        #expect(
            rendered.headings.map(\.id) == [
                "main-1", "notes-heading-1", "history", "history-2", "main-2",
            ])
        #expect(rendered.html.contains(#"<h2 id="main-1">Main</h2>"#))
    }
}
