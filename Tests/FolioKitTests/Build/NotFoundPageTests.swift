import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// `404.html`, which a server shows for a missing address at any depth: with `base_url` its
/// links are absolute addresses under it, so that its stylesheet, script, icon and
/// navigation load from `/clients/old-account/` too; without it they stay relative.
@Suite struct NotFoundPageTests {
    /// The default theme's 404 page built from the mini fixture with `site.yml`'s
    /// `base_url` line replaced by `baseURLLine` (nothing removes it).
    static func notFoundPage(baseURLLine: String, options: (inout BuildOptions) -> Void = { _ in })
        throws -> String
    {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/site.yml", replacing: "base_url: https://example.com/mini/\n",
            with: baseURLLine)
        var built = site.options()
        options(&built)
        let (result, text, _) = site.build(built)
        #expect(result.succeeded, "\(text)")
        return try String(
            contentsOf: site.root.appending(path: "Public/404.html"), encoding: .utf8)
    }

    /// Every `href` and `src` of `html` but the skip link's `#main`.
    static func addresses(in html: String) -> [String] {
        SampleSiteTests.links(in: html).filter { $0 != "#main" }
    }

    @Test func withBaseURLEveryLinkIsAnAbsoluteAddressUnderIt() throws {
        // Without a final slash in site.yml, one is added.
        let html = try Self.notFoundPage(
            baseURLLine: "base_url: https://portfolio.example.com/accounts\n")
        let base = "https://portfolio.example.com/accounts/"
        #expect(
            Self.addresses(in: html) == [
                base + "assets/style.css", base + "assets/favicon.svg", base + "assets/folio.js",
                base + "index.html", base + "index.html", base + "renewals/index.html",
                base + "team/index.html", base + "guide/index.html", base + "search/index.html",
                base + "index.html",
            ])
        #expect(html.contains("<body class=\"kind-not_found\" data-root=\"\(base)\">"))
    }

    @Test func withoutBaseURLTheLinksStayRelative() throws {
        let html = try Self.notFoundPage(baseURLLine: "")
        #expect(
            Self.addresses(in: html) == [
                "assets/style.css", "assets/favicon.svg", "assets/folio.js", "index.html",
                "index.html", "renewals/index.html", "team/index.html", "guide/index.html",
                "search/index.html",
                "index.html",
            ])
    }

    @Test func otherPagesStayRelativeWithBaseURL() throws {
        let site = try SiteFixture(content: "mini")
        #expect(site.build().result.succeeded)
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/acme/index.html"),
            encoding: .utf8)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        #expect(!page.contains("https://example.com/mini/"))
    }

    @Test func thePreviewLinksFromItsOwnRoot() throws {
        let html = try Self.notFoundPage(
            baseURLLine: "base_url: https://portfolio.example.com/\n",
            options: { $0.notFoundRoot = "/" })
        #expect(Self.addresses(in: html).first == "/assets/style.css")
        #expect(Self.addresses(in: html).allSatisfy { $0.hasPrefix("/") })
    }

    @Test func checkFollowsTheLinksUnderBaseURL() throws {
        let site = try SiteFixture(content: "mini")
        let clean = SiteChecker.check(site.options())
        #expect(!clean.diagnostics.contains { $0.severity == .error }, "\(clean.diagnostics)")
        try site.edit(
            "Templates/404.mustache", replacing: "{{root}}index.html",
            with: "{{root}}overview.html")
        let broken = SiteChecker.check(site.options()).diagnostics.filter {
            $0.severity == .error
        }
        #expect(
            broken.map(SiteCheckerTests.describe) == [
                "Templates/404.mustache:\(try line(of: "overview.html", in: site)): the link "
                    + "'https://example.com/mini/overview.html' leads to overview.html, which "
                    + "the site does not have; fix the address or add the page"
            ])
    }

    /// `line:column` of the first `needle` in the site's 404 template.
    private func line(of needle: String, in site: borrowing SiteFixture) throws -> String {
        let text = try String(
            contentsOf: site.root.appending(path: "Templates/404.mustache"), encoding: .utf8)
        let position = try #require(LinkCheck.position(of: needle, in: text))
        return "\(position.0):\(position.1)"
    }
}
