import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// Hostile Markdown builds pages with no empty or unsafe address.
///
/// The `hostile-markdown` fixture fills a brief (in a subfolder of `clients/`), a handoff and
/// a guide chapter with unsafe links and images of every form Markdown has (inline,
/// reference, autolink, with titles, nested, in headings, lists and quotes), raw HTML and
/// script tags, odd Unicode, HTML-looking front matter and very long words. It is built with
/// the default theme; `.ci/run` also runs the Nu HTML Checker on the same build.
@Suite struct HostileMarkdownTests {
    /// The built fixture, by path, as text.
    static func builtSite() throws -> [String: String] {
        let site = try SiteFixture(content: "hostile-markdown")
        let (result, text, errors) = site.build()
        #expect(result.succeeded, "\(errors)")
        #expect(
            result.diagnostics.map(\.message) == [
                "account 'MD-2' has no brief; its page shows the CRM record alone (add "
                    + "Content/clients/md-2.md with 'account: MD-2' to write one)"
            ], "\(text)")
        var pages: [String: String] = [:]
        for (path, data) in SiteFixture.files(in: site.root.appending(path: "Public")) {
            pages[path] = String(decoding: data, as: UTF8.self)
        }
        return pages
    }

    /// Whether `address` is one cmark's safe mode empties: it starts, in any letter case,
    /// with `javascript:`, `vbscript:`, `file:` or `data:` other than a PNG, GIF, JPEG or
    /// WebP image.
    static func isUnsafe(_ address: String) -> Bool {
        let lowered = address.lowercased()
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        guard !images.contains(where: lowered.hasPrefix) else { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix)
    }

    @Test func noPageHasAnEmptyOrUnsafeAddressOrAScriptOfItsOwn() throws {
        let site = try Self.builtSite()
        let markup = site.filter {
            $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".svg")
        }
        #expect(markup.count == 39)
        for (path, text) in markup.sorted(by: { $0.key < $1.key }) {
            #expect(!text.contains("href=\"\""), "\(path)")
            #expect(!text.contains("src=\"\""), "\(path)")
            let attributes = HostileInputTests.startTags(text).flatMap(\.attributes)
            let addresses = attributes.filter {
                ["href", "src", "srcset", "action", "formaction", "xlink:href", "poster"]
                    .contains($0.name)
            }.map(\.value)
            #expect(!addresses.isEmpty || !path.hasSuffix(".html"), "\(path)")
            #expect(addresses.filter { $0.isEmpty } == [], "\(path)")
            #expect(
                addresses.filter { Self.isUnsafe($0.trimmingCharacters(in: .whitespaces)) }
                    == [], "\(path)")
            #expect(attributes.filter { $0.name.hasPrefix("on") }.map(\.name) == [], "\(path)")
            let scripts = try HostileInputTests.matches(#"<script[^>]*>"#, in: text)
            #expect(
                scripts.allSatisfy { $0.hasSuffix("assets/folio.js\" defer>") },
                "\(path): \(scripts)")
            for element in ["<iframe", "<style", "<svg onload", "<img src=x"] {
                #expect(!text.lowercased().contains(element), "\(path): \(element)")
            }
        }
    }

    @Test func unsafeLinksShowTheirTextAndUnsafeImagesTheirDescription() throws {
        let site = try Self.builtSite()
        let brief = try #require(site["clients/md-1/index.html"])
        for shown in [
            "<p>Inline: plain upper mixed\nvb file data\nsvg data entity\nhex entity named "
                + "entity\nspaced titled\n<em>emphasis</em> <strong>strong</strong> "
                + "<code>code</code> <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>",
            "<p>Images: plain vb alt\nfile alt data\nsvg no source \nempty alt </p>",
            "<p>Autolinks: javascript:alert(1) JAVASCRIPT:alert(1) vbscript:msgbox(1)\n"
                + "file:///etc/passwd data:text/html,x</p>",
            "<p>References: full collapsed evil image ref pic collapsed image</p>",
            "<p>Nested: inner image <img src=\"data:image/png;base64,iVBORw0KGgo=\" "
                + "alt=\"safe image\" />\ninner link and text <a href=\"https://example.com/\">"
                + "unsafe image</a></p>",
        ] {
            #expect(brief.contains(shown), "\(shown)")
        }
        // What is safe is kept as cmark writes it.
        #expect(brief.contains(#"<a href="https://example.com/?a=1&amp;b=2">https</a>"#))
        #expect(brief.contains(#"<a href="mailto:a@example.com">mail</a>"#))
        #expect(brief.contains(#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="png" />"#))
        #expect(brief.contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"))
        #expect(!brief.contains("pic title"), "an unsafe image's title goes with it")

        let handoff = try #require(site["handoffs/md-1-handoff/index.html"])
        for shown in [
            "<h3 id=\"the-sale-told-with-pictures\">The sale, told with pictures</h3>",
            "<p>It took three months and a lot of calls:\njavascript:alert(1) ref ref image",
            "<!-- raw HTML omitted --> nested</p>",
            "<blockquote>\n<h3 id=\"quoted-heading\">Quoted heading</h3>\n<ul>\n"
                + "<li>in a list</li>\n<li>in a list too</li>\n</ul>\n</blockquote>",
            "| cell | cell |</p>",
        ] {
            #expect(handoff.contains(shown), "\(shown)")
        }
    }

    @Test func headingsKeepTheTextOfTheirLinksInIdsAndTheTableOfContents() throws {
        let site = try Self.builtSite()
        let chapter = try #require(site["guide/hostile-chapter/index.html"])
        #expect(
            chapter.contains(
                ##"<li class="toc-level-2"><a href="#open-the-account">Open the account</a></li>"##
                    + ##"<li class="toc-level-3"><a href="#alt-text-and-alert1">Alt text and "##
                    + ##"alert(1)</a></li><li class="toc-level-2"><a href="#open-the-account-1">"##
                    + "Open the account</a></li>"))
        #expect(chapter.contains(#"<h2 id="open-the-account">Open the <em>account</em></h2>"#))
        #expect(chapter.contains(#"<h2 id="open-the-account-1">Open the <em>account</em></h2>"#))
        #expect(
            chapter.contains(
                #"<h3 id="alt-text-and-alert1">Alt text and <!-- raw HTML omitted -->alert(1)"#))
        #expect(chapter.contains(#"<h2 id="before-after">Before  after</h2>"#))
        let brief = try #require(site["clients/md-1/index.html"])
        #expect(
            brief.contains(
                #"<h3 id="links-that-run-and-images-that-run-in-a-heading">Links that run and "#
                    + "images that run in a heading</h3>"))
    }
}
