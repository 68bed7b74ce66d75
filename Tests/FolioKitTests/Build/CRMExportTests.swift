import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// Two CRM exports as their CRMs write them, read through site.yml's `columns:` and `dates:`
/// and built end to end with the mini fixture's templates.
@Suite struct CRMExportTests {
    /// The mini fixture's templates with the content of Fixtures/`name`.
    private func site(_ name: String) throws -> SiteFixture {
        let site = try SiteFixture(fixture: "mini")
        let content = site.root.appending(path: "Content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(
            at: SiteFixture.fixtures.appending(path: "\(name)/Content"), to: content)
        return site
    }

    /// The accounts as the build reads them, by id: id, name, manager, ARR and currency,
    /// industry, health, and contract start, renewal and last touchpoint.
    private func accounts(_ site: borrowing SiteFixture) throws -> [String] {
        var diagnostics: [Diagnostic] = []
        let sources = try #require(ContentLoader.load(site.options(), &diagnostics))
        #expect(diagnostics == [])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, _) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        return portfolio.clients.sorted { $0.account.id < $1.account.id }.map { client in
            let account = client.account
            let dates = [account.contractStart, account.renewalDate, account.lastTouchpoint]
                .map { $0?.description ?? "-" }.joined(separator: " ")
            return "\(account.id) | \(account.name) | \(account.accountManager?.id ?? "-") | "
                + "\(account.arr.map { String($0) } ?? "-") \(account.currency) | "
                + "\(account.industry ?? "-") | \(account.healthScore.map { String($0) } ?? "-") | "
                + dates
        }
    }

    /// The build's diagnostics, without the warnings about accounts without a brief, which
    /// these exports have by design; and how many of those there were.
    private func build(_ site: borrowing SiteFixture) -> (
        result: BuildResult, others: [String], withoutBrief: Int
    ) {
        let (result, _, _) = site.build()
        let withoutBrief = result.diagnostics.filter { $0.message.contains("has no brief") }
        let others = result.diagnostics.filter { !$0.message.contains("has no brief") }
            .map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" }
        return (result, others, withoutBrief.count)
    }

    @Test func aSalesforceReportExportBuilds() throws {
        let site = try site("crm-salesforce")
        let read = try accounts(site)
        #expect(
            read == [
                "0015g00000QnXy1AAF | Northwind Traders | mchen | 240000.0 USD | Wholesale | 78.0 | 2024-03-15 2026-12-31 2026-11-18",
                "0015g00000QnXy2AAF | Contoso, Ltd. | mchen | 98500.0 EUR | Manufacturing | 52.0 | 2025-07-01 2027-01-15 2026-10-02",
                "0015g00000QnXy3AAF | Fabrikam \"Blue\" Labs | jokafor | 61000.5 USD | Biotechnology | 31.0 | 2023-11-30 2026-11-20 2026-08-14",
                "0015g00000QnXy4AAF | Tailspin Toys | jokafor | - GBP | Retail | - | - - -",
            ])
        let (result, others, withoutBrief) = build(site)
        #expect(result.succeeded)
        #expect(others == [])
        #expect(withoutBrief == 4)
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/0015g00000qnxy3aaf/index.html"),
            encoding: .utf8)
        #expect(page.contains("<h1>Fabrikam &quot;Blue&quot; Labs</h1>"))
        #expect(page.contains(">Jon Okafor</a>"))
    }

    @Test func aHubSpotCompaniesExportBuilds() throws {
        let site = try site("crm-hubspot")
        let read = try accounts(site)
        #expect(
            read == [
                "18345220316 | Lakeside Dental Group | - | 132000.0 USD | Hospital & Health Care | 84.0 | 2024-03-01 2027-02-28 2026-11-30",
                "18345220417 | Brightline Freight, Inc. | - | 87500.75 USD | Logistics and Supply Chain | 46.0 | 2023-10-01 2026-12-15 2026-09-03",
                "18345220518 | Orchard & Vine \"Co-op\" | - | 24000.0 USD | Food & Beverages | - | 2025-06-01 2026-06-01 -",
            ])
        let (result, others, withoutBrief) = build(site)
        #expect(result.succeeded)
        #expect(others == [])
        #expect(withoutBrief == 3)
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/18345220518/index.html"),
            encoding: .utf8)
        #expect(page.contains("<h1>Orchard &amp; Vine &quot;Co-op&quot;</h1>"))
    }

    @Test func aMapForAFileThatCannotBeReadAddsNoErrorOfItsOwn() throws {
        let site = try site("crm-hubspot")
        try site.edit(
            "Content/data/accounts.csv", replacing: "\"Lakeside Dental Group\"",
            with: "\"Lakeside Dental Group")
        let (result, others, _) = build(site)
        #expect(!result.succeeded)
        #expect(
            others == [
                "Content/data/accounts.csv:2:39: text after the closing quote of a quoted cell; put the whole cell inside the quotes, writing each quote inside it twice (\"\"), or add the missing ','"
            ])
    }

    @Test func aBadCellInAnExportIsReportedAtTheCellWithItsHeader() throws {
        let site = try site("crm-salesforce")
        try site.edit(
            "Content/data/accounts.csv", replacing: "\"11/20/2026\"", with: "\"20/11/2026\"")
        let (result, others, _) = build(site)
        #expect(!result.succeeded)
        #expect(
            others == [
                "Content/data/accounts.csv:4:136: column 'Renewal Date' (renewal_date) in row 4 is '20/11/2026', which is not a day: a year has 12 months, so there is no month 20 (accounts.csv is declared MM/DD/YYYY in Content/site.yml; if it writes the day first, declare DD/MM/YYYY instead)"
            ])
    }
}
