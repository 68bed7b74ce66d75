import Testing

@testable import FolioKit

/// Raw HTML and dangerous links reach a page only when a site allows them.
@Suite struct MarkdownSafeModeTests {
    @Test func rawHTMLBlockIsOmittedByDefault() {
        let html = Markdown.render("<div onclick=\"steal()\">\nhi\n</div>\n\nText\n").html
        #expect(html == "<!-- raw HTML omitted -->\n<p>Text</p>\n")
    }

    @Test func rawInlineHTMLIsOmittedByDefault() {
        let html = Markdown.render("Say <b onmouseover=\"x()\">hi</b>.\n").html
        #expect(html == "<p>Say <!-- raw HTML omitted -->hi<!-- raw HTML omitted -->.</p>\n")
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        #expect(
            Markdown.render("<div>\nhi\n</div>\n", options: options).html
                == "<div>\nhi\n</div>\n"
        )
        #expect(
            Markdown.render("Say <b>hi</b>.\n", options: options).html
                == "<p>Say <b>hi</b>.</p>\n"
        )
    }

    @Test(arguments: [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
    ])
    func dangerousLinkTargetIsDropped(target: String) {
        let html = Markdown.render("[x](\(target))\n").html
        #expect(html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func javascriptLinkKeepsItsTargetOnlyWhenAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        let html = Markdown.render("[x](javascript:alert(1))\n", options: options).html
        #expect(html == "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
    }

    @Test func dataImageIsKept() {
        let html = Markdown.render("![dot](data:image/png;base64,iVBORw0KGgo=)\n").html
        #expect(html == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n")
    }

    @Test func ordinaryLinksAreKept() {
        let html = Markdown.render("[site](https://example.com/a?b=1&c=2) [mail](mailto:a@b.c)\n")
            .html
        #expect(
            html
                == "<p><a href=\"https://example.com/a?b=1&amp;c=2\">site</a> "
                + "<a href=\"mailto:a@b.c\">mail</a></p>\n"
        )
    }

    @Test func scriptInsideHeadingIsNotEmitted() {
        let rendered = Markdown.render("## Plan <script>alert(1)</script>\n")
        #expect(
            rendered.html
                == "<h2 id=\"plan-alert1\">Plan <!-- raw HTML omitted -->alert(1)"
                + "<!-- raw HTML omitted --></h2>\n"
        )
        #expect(!rendered.html.contains("<script"))
    }

    @Test func javascriptLinkInsideHeadingIsDropped() {
        let html = Markdown.render("# [Open](javascript:alert(1))\n").html
        #expect(html == "<h1 id=\"open\"><a href=\"\">Open</a></h1>\n")
    }

    @Test func rawHeadingTagGetsNoIDWhenRawHTMLIsAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        let rendered = Markdown.render("<h2>Raw</h2>\n\n## Real\n", options: options)
        #expect(rendered.html == "<h2>Raw</h2>\n<h2 id=\"real\">Real</h2>\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Real", id: "real")])
    }
}
