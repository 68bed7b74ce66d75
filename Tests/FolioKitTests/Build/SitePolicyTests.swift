import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// What a built site tells browsers and crawlers: every page's Content-Security-Policy, and
/// `noindex` with a `robots.txt` that keeps crawlers out unless `site.yml` says
/// `indexable: true`.
@Suite struct SitePolicyTests {
    static let policy =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'\">\n"
    static let noindex = "<meta name=\"robots\" content=\"noindex, nofollow\">\n"

    /// The HTML pages of a built site, by path.
    static func pages(of site: borrowing SiteFixture) -> [String: String] {
        SiteFixture.files(in: site.root.appending(path: "Public"))
            .filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [Audience.team, .client])
    func everyPageHasThePolicyAndAsksNotToBeIndexed(_ audience: Audience) throws {
        let site = try SiteFixture(content: "mini")
        var options = site.options()
        options.audience = audience
        #expect(site.build(options).result.succeeded)
        let pages = Self.pages(of: site)
        #expect(pages.count > 10)
        for (path, html) in pages {
            let head = html.split(separator: "</head>").first ?? ""
            #expect(head.contains(Self.policy), "\(path) lacks the policy")
            #expect(head.contains(Self.noindex), "\(path) lacks noindex")
            // The policy comes before anything it governs.
            #expect(
                head.range(of: Self.policy).map { head[..<$0.lowerBound].contains("<script") }
                    == false, "\(path)")
            #expect(!html.contains(" style=\""), "\(path) has an inline style")
        }
        let robots = try String(
            contentsOf: site.root.appending(path: "Public/robots.txt"), encoding: .utf8)
        #expect(robots.hasSuffix("User-agent: *\nDisallow: /\n"))
    }

    @Test func anIndexableSiteIsOpenToCrawlersAndNamesItsSitemap() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/site.yml", replacing: "currency: USD\n",
            with: "currency: USD\nindexable: true\n")
        var options = site.options()
        options.audience = .client
        #expect(site.build(options).result.succeeded)
        for (path, html) in Self.pages(of: site) {
            #expect(html.contains(Self.policy), "\(path) lacks the policy")
            // A redirect is never to be indexed, but its link to the page may be followed.
            if path == "clients/acme-001/index.html" {
                #expect(html.contains("<meta name=\"robots\" content=\"noindex\">\n"))
            } else {
                #expect(!html.contains("noindex"), "\(path) asks not to be indexed")
            }
        }
        let robots = try String(
            contentsOf: site.root.appending(path: "Public/robots.txt"), encoding: .utf8)
        #expect(
            robots == "User-agent: *\nAllow: /\n\nSitemap: https://example.com/mini/sitemap.xml\n")
    }

    @Test func checkWarnsWhenATeamBuildIsIndexable() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/site.yml", replacing: "currency: USD\n",
            with: "currency: USD\nindexable: true\n")
        let team = SiteChecker.check(site.options())
        let warnings = team.diagnostics.filter { $0.message.hasPrefix("indexable: true") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(
            warnings.first?.location
                == SourceLocation(file: "Content/site.yml", line: 4, column: 12))
        var options = site.options()
        options.audience = .client
        #expect(
            !SiteChecker.check(options).diagnostics.contains { $0.message.hasPrefix("indexable") })
        // A build warns the same way, as it is the command that publishes the site.
        let built = site.build().result
        #expect(built.succeeded)
        #expect(built.diagnostics.contains { $0.message.hasPrefix("indexable: true lets") })
    }
}
