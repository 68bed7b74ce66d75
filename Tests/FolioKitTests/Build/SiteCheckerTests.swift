import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// `folio check`'s rules on copies of the mini fixture.
@Suite struct SiteCheckerTests {
    /// The mini fixture with exactly five problems: a broken link, a missing anchor, an
    /// unknown person, a stale brief and an incomplete handoff.
    static func fiveProblems() throws -> SiteFixture {
        let site = try SiteFixture(fixture: "mini")
        try site.write(
            """
            ---
            account: GLOBEX-7
            updated: 2026-01-05
            risks:
              - {text: Budget cut, owner: jordan}
            ---
            Read the [pricing notes](../acme/#pricing) and the [old plan](../../plans/recovery.html).

            """, to: "Content/clients/globex.md")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "risks: [Champion is new in role]\n",
            with: "")
        return site
    }

    @Test func reportsExactlyTheFiveProblemsWithTheirPlaces() throws {
        let site = try Self.fiveProblems()
        let result = SiteChecker.check(site.options())
        #expect(
            result.diagnostics.map { "\($0.location.map(\.description) ?? "-") \($0.severity)" }
                == [
                    "Content/clients/globex.md:3:10 warning",
                    "Content/clients/globex.md:5:31 error",
                    "Content/clients/globex.md:7:26 error",
                    "Content/clients/globex.md:7:63 error",
                    "Content/handoffs/acme-2026.md:1:1 warning",
                ])
        #expect(
            DiagnosticReport.github(result.diagnostics) == """
                ::warning file=Content/clients/globex.md,line=3,col=10::the brief of 'GLOBEX-7' \
                was last updated 329 days before 2026-11-30 (stale_after_days is 180); review it \
                and set 'updated' to the day you did
                ::error file=Content/clients/globex.md,line=5,col=31::unknown person 'jordan' in \
                'risks[1].owner': no row of Content/data/team.csv has this id; check the spelling \
                or add the person%0Anote: Content/data/team.csv:1:1: people are defined here
                ::error file=Content/clients/globex.md,line=7,col=26::the link '../acme/#pricing' \
                leads to clients/acme/index.html, which has no element with id 'pricing'; use one \
                of that page's heading ids or remove the fragment
                ::error file=Content/clients/globex.md,line=7,col=63::the link \
                '../../plans/recovery.html' leads to plans/recovery.html, which the site does not \
                have; fix the address or add the page
                ::warning file=Content/handoffs/acme-2026.md,line=1,col=1::the handoff \
                'acme-2026' is incomplete: it lacks 'Risks'; fill it in so the account manager \
                starts with the whole picture

                """)
        #expect(result.pagesChecked == 21)
        // Nothing is written.
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "Public").path))
    }

    @Test func theFixtureAsShippedHasOnlyItsBrieflessAccount() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = SiteChecker.check(site.options())
        #expect(
            result.diagnostics.map(\.message).map { String($0.prefix(36)) } == [
                "account 'GLOBEX-7' has no brief; its"
            ])
    }

    @Test func aBriefIsStaleOnlyPastTheLimitOfSiteYml() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/site.yml", replacing: "as_of: 2026-11-30",
            with: "as_of: 2026-12-02\nstale_after_days: 30")
        // acme.md was updated on 2026-11-02: 30 days before is not stale, 31 is.
        #expect(SiteChecker.staleBriefs(try prepared(site)).isEmpty)
        try site.edit("Content/site.yml", replacing: "as_of: 2026-12-02", with: "as_of: 2026-12-03")
        #expect(
            SiteChecker.staleBriefs(try prepared(site)).map(Self.describe) == [
                "Content/clients/acme.md:10:10: the brief of 'ACME-001' was last updated 31 days "
                    + "before 2026-12-03 (stale_after_days is 30); review it and set 'updated' to "
                    + "the day you did"
            ])
    }

    @Test func anIncompleteHandoffNamesEveryMissingSection() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/handoffs/acme-2026.md",
            replacing: "next_steps: [{action: Intro email, owner: sam, due: 2026-02-05}]\n",
            with: "")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "products: [Fleet Tracker]\n", with: "")
        #expect(
            SiteChecker.incompleteHandoffs(try prepared(site)).map(\.message) == [
                "the handoff 'acme-2026' is incomplete: it lacks 'Products' and 'Next steps'; "
                    + "fill them in so the account manager starts with the whole picture"
            ])
    }

    @Test func aBrokenLinkInATemplateIsReportedInTheTemplate() throws {
        let site = try SiteFixture(fixture: "mini")
        // The fixture has a base_url, so the 404 page's links are addresses under it, which
        // the check resolves from the site's root.
        try site.edit(
            "Templates/404.mustache", replacing: "<h1>Not found</h1>",
            with: "<h1>Not found</h1><a href=\"{{root}}help/index.html\">Help</a>")
        let result = SiteChecker.check(site.options())
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map(Self.describe) == [
                "Templates/404.mustache:\(try line(of: "help/index.html", in: site, "Templates/404.mustache")): "
                    + "the link 'https://example.com/mini/help/index.html' leads to "
                    + "help/index.html, which the site does not have; fix the address or add the "
                    + "page"
            ])
    }

    @Test func aBrokenLinkOfTheLayoutIsReportedOnceNamingThePages() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Templates/layout.mustache", replacing: "assets/style.css", with: "assets/site.css")
        let errors = SiteChecker.check(site.options()).diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map(Self.describe) == [
                "Templates/layout.mustache:3:38: the link 'assets/site.css' leads to "
                    + "assets/site.css, which the site does not have; fix the address or add "
                    + "the page"
            ])
        #expect(errors.first?.notes.map(\.message) == ["on 21 pages, such as index.html"])
    }

    @Test func aLinkNoSourceHoldsNamesThePage() throws {
        let site = try SiteFixture(fixture: "mini")
        // The address is built from two names, so no file holds it whole.
        try site.edit(
            "Templates/404.mustache", replacing: "<h1>Not found</h1>",
            with: "<h1>Not found</h1><a href=\"{{root}}{{page.kind}}.html\">Again</a>")
        let errors = SiteChecker.check(site.options()).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == nil)
        #expect(
            errors.first?.message.hasPrefix("on page 404.html (line ") == true
                && errors.first?.message.hasSuffix(
                    "of the rendered page): the link 'https://example.com/mini/not_found.html' "
                        + "leads to not_found.html, which the site does not have; fix the address "
                        + "or add the page") == true,
            "\(errors)")
    }

    /// `path:line:col: message`.
    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.message)"
    }

    private func prepared(_ site: borrowing SiteFixture) throws -> PreparedSite {
        var diagnostics: [Diagnostic] = []
        let prepared = SiteBuilder.prepare(site.options(), &diagnostics)
        return try #require(prepared)
    }

    /// `line:column` of the first `needle` in the file at `path`.
    private func line(of needle: String, in site: borrowing SiteFixture, _ path: String) throws
        -> String
    {
        let text = try String(contentsOf: site.root.appending(path: path), encoding: .utf8)
        let position = try #require(LinkCheck.position(of: needle, in: text))
        return "\(position.0):\(position.1)"
    }
}
