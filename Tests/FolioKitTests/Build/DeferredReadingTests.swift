import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// A build reads each Markdown file in the merge and drops each file's records once typed;
/// the portfolio and the problems must be those of reading everything first.
@Suite struct DeferredReadingTests {
    /// The sample site, with a brief whose front matter is broken and one whose file name
    /// cannot name a page.
    private func site() throws -> SiteFixture {
        let site = try SiteFixture(copying: SiteFixture.repository)
        try site.write("---\naccount: [unclosed\n---\nBody\n", to: "Content/clients/broken.md")
        try site.write("---\naccount: ACME-001\n---\nBody\n", to: "Content/clients/bad name.md")
        return site
    }

    /// What a test compares of a portfolio: each client's page folder and title, each
    /// handoff's and chapter's page folder, and how many activities there are.
    private func summary(_ portfolio: Portfolio) -> [String] {
        portfolio.clients.map { "\($0.slug) | \($0.displayName)" }
            + portfolio.handoffs.map { "handoff \($0.slug)" }
            + portfolio.chapters.map { "chapter \($0.slug)" }
            + ["\(portfolio.activities.count) activities"]
    }

    @Test func typesTheSamePortfolioWithTheSameProblems() throws {
        let site = try site()
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))

        var eagerProblems: [Diagnostic] = []
        let eagerSources = try #require(ContentLoader.load(site.options(), &eagerProblems))
        let (eager, eagerMerge) = Portfolio.merge(eagerSources, asOf: asOf, includeDrafts: false)

        var deferredProblems: [Diagnostic] = []
        var sources = try #require(
            ContentLoader.load(site.options(), deferringDocuments: true, &deferredProblems))
        #expect(sources.briefs.isEmpty)
        // The broken brief is only listed; the eager reading left it out.
        #expect(sources.unread.briefs.count == eagerSources.briefs.count + 1)
        #expect(sources.unread.handoffs.count == eagerSources.handoffs.count)
        let (deferred, deferredMerge) = Portfolio.merge(
            &sources, releasing: true, asOf: asOf, includeDrafts: false)

        #expect(
            (deferredProblems + deferredMerge).sorted() == (eagerProblems + eagerMerge).sorted())
        #expect(
            (deferredProblems + deferredMerge).filter { $0.severity == .error }.sorted().map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            } == [
                "Content/clients/bad name.md:1:1: the file name 'bad name.md' cannot be used in a "
                    + "page address; rename the file using only ASCII letters, digits, '-', '_' "
                    + "and '.', such as acme-logistics.md",
                "Content/clients/broken.md:2:10: the list opened with '[' here is never closed; "
                    + "add ']' after its last item",
            ])
        #expect(summary(deferred) == summary(eager))
        #expect(deferred.clients.map(\.brief?.fields) == eager.clients.map(\.brief?.fields))
        #expect(deferred.handoffs.map(\.fields) == eager.handoffs.map(\.fields))
        #expect(sources.accounts.rows.isEmpty)
        #expect(sources.activities?.rows.isEmpty == true)
        #expect(sources.unread.briefs.isEmpty)
        #expect(eagerSources.accounts.rows.count == eager.clients.count)
    }
}
