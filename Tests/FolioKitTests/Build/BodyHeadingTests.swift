import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// A body's headings sit one level below the page section that holds it, and never take an
/// id the page's template writes.
@Suite struct BodyHeadingTests {
    static func page(_ site: borrowing SiteFixture, _ path: String) throws -> String {
        try String(contentsOf: site.root.appending(path: "Public/\(path)"), encoding: .utf8)
    }

    /// Every `id` of a page, in order, repeats included.
    static func ids(in html: String) -> [String] {
        html.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
    }

    @Test func aBriefsHeadingsNestInsideItsSection() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "## Relationship\n",
            with: "# Relationship notes\n\n## Main\n\n### Notes heading\n\n")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        let html = try Self.page(site, "clients/acme/index.html")
        #expect(html.contains(#"<h2 id="notes-heading">Relationship notes</h2>"#))
        // The heading that repeats the section stays, one level down; `#` and `##` are h3
        // and h4, and ids the template uses are numbered on.
        #expect(html.contains(#"<h3 id="relationship-notes">Relationship notes</h3>"#))
        #expect(html.contains(#"<h4 id="main-1">Main</h4>"#))
        #expect(html.contains(#"<h5 id="notes-heading-1">Notes heading</h5>"#))
        #expect(!html.contains("<h1 id=\"relationship-notes\""))
        let ids = Self.ids(in: html)
        #expect(ids.count == Set(ids).count, "repeated ids: \(ids)")
    }

    @Test func aHandoffsStoryNestsInsideItsSection() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "The sale took three months.",
            with: "## The sale\n\nIt took three months.\n\n### Story heading\n")
        #expect(site.build().result.succeeded)
        let html = try Self.page(site, "handoffs/acme-2026/index.html")
        #expect(html.contains(#"<h2 id="story-heading">The story of the sale</h2>"#))
        #expect(html.contains(#"<h3 id="the-sale">The sale</h3>"#))
        #expect(html.contains(#"<h4 id="story-heading-1">Story heading</h4>"#))
        let ids = Self.ids(in: html)
        #expect(ids.count == Set(ids).count, "repeated ids: \(ids)")
    }

    /// A chapter is the page's own text: its top headings are h2, below the title, and its
    /// table of contents lists them at the level shown.
    @Test func aChaptersHeadingsAndContentsFollow() throws {
        let site = try SiteFixture(content: "mini")
        try site.write(
            """
            ---
            title: Renewals
            order: 2
            ---
            # Before

            ## On this page

            # After
            """, to: "Content/guide/renewals.md")
        #expect(site.build().result.succeeded)
        let html = try Self.page(site, "guide/renewals/index.html")
        #expect(html.contains(#"<h2 id="before">Before</h2>"#))
        #expect(html.contains(#"<h3 id="on-this-page">On this page</h3>"#))
        #expect(html.contains(##"<li class="toc-level-2"><a href="#before">Before</a></li>"##))
        #expect(
            html.contains(
                ##"<li class="toc-level-3"><a href="#on-this-page">On this page</a></li>"##))
        let ids = Self.ids(in: html)
        #expect(ids.count == Set(ids).count, "repeated ids: \(ids)")
    }
}
