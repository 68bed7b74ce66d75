import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// No page grows with the portfolio: on a generated portfolio of a few thousand accounts,
/// with the default theme, every HTML page stays under the bound the pages are held to.
@Suite struct PageSizeTests {
    /// The largest an HTML page may be, at any size of portfolio.
    static let bound = 300_000

    /// A portfolio of `count` accounts, 40 managers and 20 salespeople, a brief with open
    /// opportunities for every fourth account and a handoff for every tenth, in the
    /// repository's theme.
    static func portfolio(accounts count: Int) throws -> SiteFixture {
        let site = try SiteFixture(content: "mini")
        for folder in ["clients", "handoffs"] {
            try FileManager.default.removeItem(at: site.root.appending(path: "Content/\(folder)"))
        }
        var team = "id,name,title,role,email,region\n"
        for number in 0..<40 { team += "am-\(number),Manager \(number),,account_manager,,\n" }
        for number in 0..<20 { team += "sp-\(number),Seller \(number),,salesperson,,\n" }
        var accounts =
            "account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,"
            + "currency,contract_start,renewal_date,health_score,nps,products,last_touchpoint\n"
        let industries = ["Trucking", "Ports", "Grocery", "Parcel", "Cold chain", "Building"]
        let statuses = ["active", "active", "active", "at_risk", "onboarding", "churned"]
        for number in 0..<count {
            let id = "GEN-\(10_000 + number)"
            let renewal = CalendarDate(daysSinceEpoch: 20_400 + number % 500)
            accounts +=
                "\(id),Generated Account \(number),am-\(number % 40),sp-\(number % 20),"
                + "\(industries[number % industries.count]),SMB,\(1 + number % 3),"
                + "\(statuses[number % statuses.count]),\(10_000 + number * 7),"
                + "\(number % 9 == 0 ? "EUR" : "USD"),2024-01-01,\(renewal),\(number % 100),"
                + "\(number % 11),Dispatch,2026-11-01\n"
            if number % 4 == 0 {
                try site.write(
                    """
                    ---
                    account: \(id)
                    summary: A generated account.
                    tags: [generated, batch-\(number % 5)]
                    opportunities:
                      - {name: Expansion \(number), type: upsell, stage: discovery, amount: \(1_000 + number)}
                    updated: 2026-11-01
                    ---
                    A brief about a generated account with a few words to search for.

                    """, to: "Content/clients/gen-\(number).md")
            }
            if number % 10 == 0 {
                try site.write(
                    """
                    ---
                    account: \(id)
                    from: sp-\(number % 20)
                    to: am-\(number % 40)
                    date: 2026-10-01
                    ---
                    The sale.

                    """, to: "Content/handoffs/gen-\(number)-handoff.md")
            }
        }
        try site.write(accounts, to: "Content/data/accounts.csv")
        try site.write(team, to: "Content/data/team.csv")
        for extra in ["activities.csv", "arr.csv"] {
            try? FileManager.default.removeItem(
                at: site.root.appending(path: "Content/data/\(extra)"))
        }
        return site
    }

    @Test func noPageOfAPortfolioOfTwoThousandAccountsPassesTheBound() throws {
        let site = try Self.portfolio(accounts: 2_000)
        let (result, _, errors) = site.build()
        #expect(result.succeeded, "\(errors)")
        let pages = SiteFixture.files(in: site.root.appending(path: "Public"))
            .filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 2_000)
        let largest = pages.max { $0.value.count < $1.value.count }
        #expect(
            (largest?.value.count ?? 0) < Self.bound,
            "\(largest?.key ?? "") is \(largest?.value.count ?? 0) bytes")
        // The whole lists hold every row, 100 to a page.
        #expect(pages["accounts/20/index.html"] != nil)
        #expect(pages["accounts/21/index.html"] == nil)
    }
}
