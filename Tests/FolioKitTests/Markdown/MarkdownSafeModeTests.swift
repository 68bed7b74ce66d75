import CCmark
import Foundation
import Testing

@testable import FolioMarkdown

/// Raw HTML and dangerous links reach a page only when a site allows them; without it, an
/// unsafe link is shown as its text and an unsafe image as its description, so that the page
/// holds no empty `href` or `src`.
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
    func dangerousLinkIsShownAsItsText(target: String) {
        let html = Markdown.render("[x](\(target))\n").html
        #expect(html == "<p>x</p>\n")
        let image = Markdown.render("![x](\(target))\n").html
        #expect(image == "<p>x</p>\n")
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

    @Test func javascriptLinkInsideHeadingIsShownAsItsText() {
        let rendered = Markdown.render(
            "## See [the *plan*](javascript:alert(1)) ![icon `x`](vbscript:y)\n")
        #expect(
            rendered.html == "<h2 id=\"see-the-plan-icon-x\">See the <em>plan</em> icon x</h2>\n")
        #expect(
            rendered.headings == [
                Heading(level: 2, text: "See the plan icon x", id: "see-the-plan-icon-x")
            ])
        // The same id and text as a heading whose link is kept.
        let kept = Markdown.render("## See [the *plan*](p.html) ![icon `x`](i.png)\n")
        #expect(kept.headings == rendered.headings)
    }

    @Test(arguments: [
        // The content of a link keeps its inline markup.
        (
            "[*a* **b** `c`<br>\nd](javascript:x)",
            "<p><em>a</em> <strong>b</strong> <code>c</code><!-- raw HTML omitted -->\nd</p>\n"
        ),
        // An image becomes its description as plain text: the alt text cmark would write, without raw HTML.
        ("![a *b* `c` <b>d</b>\ne](javascript:x \"title\")", "<p>a b c d e</p>\n"),
        ("![](javascript:x) after", "<p> after</p>\n"),
        // Titles go with the link.
        ("[x](javascript:x \"a &quot;title&quot;\")", "<p>x</p>\n"),
        // Autolinks, whose text is their address.
        ("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
        ("<VBSCRIPT:msgbox(1)>", "<p>VBSCRIPT:msgbox(1)</p>\n"),
        (
            "<https://example.com>",
            "<p><a href=\"https://example.com\">https://example.com</a></p>\n"
        ),
        // Reference links of every form.
        ("[x][r] [r][] [r]\n\n[r]: javascript:alert(1) \"t\"", "<p>x r r</p>\n"),
        ("![x][i] ![i]\n\n[i]: data:text/html,x", "<p>x i</p>\n"),
        // Entities and spaces that spell a scheme are seen through, as cmark sees them.
        ("[x](&#106;avascript:alert(1))", "<p>x</p>\n"),
        ("[x](javascript&colon;alert(1))", "<p>x</p>\n"),
        ("[x](<  javascript:alert(1)>)", "<p>x</p>\n"),
        // Images inside links and links inside images' descriptions.
        ("[![alt](javascript:a)](javascript:b)", "<p>alt</p>\n"),
        ("[![alt](i.png)](javascript:b)", "<p><img src=\"i.png\" alt=\"alt\" /></p>\n"),
        ("[![alt](javascript:a)](p.html)", "<p><a href=\"p.html\">alt</a></p>\n"),
        ("![[x](javascript:a) y](javascript:b)", "<p>x y</p>\n"),
        ("![[x](javascript:a) y](i.png)", "<p><img src=\"i.png\" alt=\"x y\" /></p>\n"),
        // An image without an address has no source to show.
        ("![x]()", "<p>x</p>\n"),
        ("![x](<>)", "<p>x</p>\n"),
        // A link without one leads to the page itself, as in CommonMark.
        ("[x]()", "<p><a href=\"\">x</a></p>\n"),
        // Images of the kinds cmark trusts, as links or sources.
        (
            "![dot](DATA:IMAGE/GIF;base64,R0lG)",
            "<p><img src=\"DATA:IMAGE/GIF;base64,R0lG\" alt=\"dot\" /></p>\n"
        ),
        (
            "[dot](data:image/webp;base64,UklG)",
            "<p><a href=\"data:image/webp;base64,UklG\">dot</a></p>\n"
        ),
        ("![svg](data:image/svg+xml;base64,PHN2Zz4=)", "<p>svg</p>\n"),
        // Inside emphasis, lists and tables of text.
        (
            "* *[x](file:///etc/passwd)*\n* > ![y](javascript:z)",
            "<ul>\n<li><em>x</em></li>\n<li>\n<blockquote>\n<p>y</p>\n</blockquote>\n</li>\n</ul>\n"
        ),
    ])
    func unsafeLinksAndImagesOfEveryFormAreShownAsText(markdown: String, html: String) {
        #expect(Markdown.render(markdown + "\n").html == html)
    }

    @Test func anUnsafeLinkIsKeptWhenRawHTMLIsAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        #expect(
            Markdown.render("![x](javascript:a) ![y]()\n", options: options).html
                == "<p><img src=\"javascript:a\" alt=\"x\" /> <img src=\"\" alt=\"y\" /></p>\n")
    }

    /// The addresses cmark's safe mode empties are exactly those Folio shows as text: the
    /// same Markdown rendered by cmark alone has an empty `href` or `src` where Folio has no
    /// element, and is byte for byte Folio's output where Folio keeps the element.
    @Test func exactlyTheAddressesCmarkEmptiesAreShownAsText() throws {
        var addresses = [
            "javascript:", "JAVASCRIPT:x", "jAvAsCrIpT:alert(1)", "vbscript:", "VBScript:x",
            "file:", "File:///etc/passwd", "data:", "DATA:text/html,x", "data:image/png",
            "data:image/png;base64,iVBO", "DATA:IMAGE/PNG;", "data:image/gif", "data:image/jpeg",
            "data:image/webp", "data:image/pngx", "data:image/svg+xml;base64,x", "data:image/pn",
            "data:image/", "data:image", "data:text/plain,x", "javascript", "java script:x",
            "javascript :x", "javascript%3Ax", "java%73cript:x", "&#106;avascript:x",
            "&#x4A;AVASCRIPT:x", "javascript&colon;x", "&#0;javascript:x", "&#9;javascript:x",
            "\\javascript:x", "https://example.com/javascript:x", "http:x", "mailto:a@b.c",
            "ftp://x", "x", "/path", "#fragment", "?query", "../up", "./file:x", "files:x",
            "filer:x", "dat:x", "vbscripts:x", "javascripts:x", "data", "Ｊavascript:x",
            "\u{130}javascript:x",
        ]
        addresses += addresses.map { " " + $0 + " " }
        for address in addresses {
            for markdown in ["[a *b*](<\(address)>)\n", "![a *b*](<\(address)>)\n"] {
                let own = Markdown.render(markdown).html
                let cmark = try #require(Self.cmarkHTML(markdown))
                let emptied = cmark.contains("href=\"\"") || cmark.contains("src=\"\"")
                if emptied {
                    #expect(
                        own == (markdown.hasPrefix("!") ? "<p>a b</p>\n" : "<p>a <em>b</em></p>\n"),
                        "\(markdown.debugDescription)")
                } else {
                    #expect(own == cmark, "\(markdown.debugDescription)")
                }
            }
        }
    }

    /// cmark's own safe-mode HTML of `markdown`.
    static func cmarkHTML(_ markdown: String) -> String? {
        guard let html = cmark_markdown_to_html(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT)
        else { return nil }
        defer { free(html) }
        return String(cString: html)
    }

    @Test func rawHeadingTagGetsNoIDWhenRawHTMLIsAllowed() {
        let options = MarkdownOptions(allowsRawHTML: true)
        let rendered = Markdown.render("<h2>Raw</h2>\n\n## Real\n", options: options)
        #expect(rendered.html == "<h2>Raw</h2>\n<h2 id=\"real\">Real</h2>\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Real", id: "real")])
    }
}
