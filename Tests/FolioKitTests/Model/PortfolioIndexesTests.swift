import Testing

@testable import FolioFormats
@testable import FolioModel

@Suite struct PortfolioIndexesTests {
    static let team = """
        id,name,role
        dana,Dana Whitfield,account_manager
        pat,Pat Okafor,account_manager
        sam,Sam Lee,salesperson

        """
    static let accounts = """
        account_id,name,account_manager,salesperson
        ACME-001,Acme,dana,sam
        GLOBEX-7,Globex,pat,pat
        HOOLI,Hooli,dana,
        INITECH,Initech,,sam

        """
    static let activities = """
        account_id,date,summary
        HOOLI,2026-03-01,Kickoff
        ACME-001,2026-01-10,First call
        HOOLI,2026-05-02,Review
        ACME-001,2026-06-20,QBR

        """

    private func portfolio() throws -> Portfolio {
        let handoff = { (account: String, from: String, to: String, date: String) in
            "---\naccount: \(account)\nfrom: \(from)\nto: \(to)\ndate: \(date)\n---\n"
        }
        let sources = PortfolioSources(
            settings: SiteSettings(),
            accounts: try CSVReader.read(Self.accounts, file: "accounts.csv"),
            team: try CSVReader.read(Self.team, file: "team.csv"),
            activities: try CSVReader.read(Self.activities, file: "activities.csv"),
            handoffs: [
                try Document.parse(
                    text: handoff("ACME-001", "sam", "dana", "2025-01-05"), path: "handoffs/acme.md"
                ),
                try Document.parse(
                    text: handoff("GLOBEX-7", "pat", "pat", "2025-06-01"),
                    path: "handoffs/globex.md"),
                try Document.parse(
                    text: handoff("ACME-001", "sam", "pat", "2026-02-01"),
                    path: "handoffs/acme-renewal.md"),
            ])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        return Portfolio.merge(sources, asOf: asOf, includeDrafts: false).0
    }

    @Test func activitiesOfAnAccountAreItsOwnNewestFirst() throws {
        let portfolio = try portfolio()
        #expect(
            portfolio.activities(ofAccount: "ACME-001").map(\.summary) == ["QBR", "First call"])
        #expect(portfolio.activities(ofAccount: "HOOLI").map(\.summary) == ["Review", "Kickoff"])
        #expect(portfolio.activities(ofAccount: "GLOBEX-7").isEmpty)
    }

    @Test func handoffsAreFoundByAccountGiverAndReceiverNewestFirst() throws {
        let portfolio = try portfolio()
        #expect(portfolio.handoffs(ofAccount: "ACME-001").map(\.slug) == ["acme-renewal", "acme"])
        #expect(portfolio.handoffs(from: "sam").map(\.slug) == ["acme-renewal", "acme"])
        #expect(portfolio.handoffs(to: "pat").map(\.slug) == ["acme-renewal", "globex"])
        #expect(portfolio.handoffs(to: "dana").map(\.slug) == ["acme"])
        #expect(portfolio.handoffs(from: "dana").isEmpty)
    }

    @Test func aBookHoldsEachClientOnceByName() throws {
        let portfolio = try portfolio()
        #expect(portfolio.clients(managedBy: "dana").map(\.account.id) == ["ACME-001", "HOOLI"])
        #expect(portfolio.book(of: "sam").map(\.account.id) == ["ACME-001", "INITECH"])
        #expect(portfolio.book(of: "pat").map(\.account.id) == ["GLOBEX-7"])
        #expect(portfolio.clients(managedBy: "sam").isEmpty)
    }
}

/// The order of activities: newest first, then by account id and summary, all descending,
/// however many share a day or an account.
@Suite struct ActivityOrderTests {
    @Test func newestFirstThenAccountThenSummary() {
        let location = SourceLocation(file: "activities.csv", line: 1)
        var generator = SystemRandomNumberGenerator()
        let days = (0..<5).compactMap { CalendarDate(year: 2026, month: 3, day: 1 + $0) }
        let accounts = ["ACME-001", "acme-001", "B", "Zoë", "e\u{301}", "\u{E9}"]
        let summaries: [String?] = [nil, "", "Call", "call", "QBR"]
        let activities = (0..<400).map { _ in
            Activity(
                account: Reference(
                    id: accounts.randomElement(using: &generator)!, location: location,
                    field: "account_id"),
                date: days.randomElement(using: &generator)!, type: nil,
                summary: summaries.randomElement(using: &generator)!, owner: nil)
        }
        let portfolio = Portfolio(
            settings: SiteSettings(), asOf: days[0], people: [], clients: [], handoffs: [],
            chapters: [], activities: activities, arrMovements: [])
        let expected = activities.indices.sorted {
            (activities[$0].date, activities[$0].account.id, activities[$0].summary ?? "")
                > (activities[$1].date, activities[$1].account.id, activities[$1].summary ?? "")
        }.map { activities[$0] }
        #expect(
            portfolio.activities.map(ObjectIdentifier.init) == expected.map(ObjectIdentifier.init))
    }
}
