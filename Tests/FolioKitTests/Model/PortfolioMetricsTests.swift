import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// Every figure of `PortfolioMetrics` against a small portfolio worked out by hand, as of
/// 2026-11-30 with the default health bands (red below 40, yellow below 70) and a 90-day
/// renewal window.
@Suite struct PortfolioMetricsTests {
    static let team = """
        id,name,role
        ana,Ana Alves,account_manager
        ben,Ben Brook,account_manager
        sam,Sam Lee,salesperson

        """
    // Days to renewal from 2026-11-30: A1 10, A2 120, A3 45, A4 -5, A6 82, A7 63.
    static let accounts = """
        account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,renewal_date,health_score,nps,last_touchpoint
        A1,Alpha,ana,sam,Retail,SMB,1,active,120000.50,USD,2026-12-10,80,10,2026-11-20
        A2,Beta,ana,,Retail,Enterprise,2,at_risk,50000.25,USD,2027-03-30,75,6,2026-10-01
        A3,Gamma,ben,,Logistics,SMB,1,active,80000,EUR,2027-01-14,55,7,
        A4,Delta,ben,,Logistics,SMB,2,active,20000,USD,2026-11-25,30,9,
        A5,Echo,ben,,,,,churned,0,USD,2026-09-01,10,2,
        A6,Fox,ana,,Retail,SMB,1,onboarding,30000,GBP,2027-02-20,,,
        A7,Golf,ben,,Logistics,Enterprise,1,active,60000,USD,2027-02-01,90,10,

        """
    // The retention period runs from 2025-11-30 (the cohort's day) to 2026-11-30.
    static let arr = """
        account_id,date,type,amount
        A1,2024-01-01,new,90000
        A1,2025-11-30,expansion,10000
        A1,2026-06-01,expansion,20000.50
        A2,2025-01-01,new,60000
        A2,2026-03-01,contraction,9999.75
        A4,2025-06-01,new,20000
        A4,2026-04-01,expansion,5000
        A4,2026-08-01,contraction,5000
        A5,2024-06-01,new,15000
        A5,2026-09-01,churn,15000
        A7,2026-01-10,new,60000
        A3,2025-02-01,new,70000
        A3,2026-02-01,expansion,10000
        A6,2026-10-01,new,30000
        A1,2026-12-15,expansion,999

        """
    static let activities = """
        account_id,date,type,summary
        A1,2026-11-25,call,Check-in
        A3,2026-11-29,email,Invoice
        A4,2026-12-05,qbr,Planned

        """
    static let briefs = [
        "alpha": """
        ---
        account: A1
        opportunities:
          - {name: Add-on, type: expansion, stage: proposal, amount: 12000.40}
          - {name: Renewal, type: renewal, stage: proposal, amount: 120000}
          - {name: Old, type: upsell, stage: closed_won, amount: 5000}
        ---

        """,
        "gamma": """
        ---
        account: A3
        opportunities:
          - {name: EU, type: cross_sell, stage: discovery, amount: 9000}
        ---

        """,
        "echo": """
        ---
        account: A5
        opportunities:
          - {name: Win back, type: upsell, amount: 1000}
        ---

        """,
    ]

    static func metrics() throws -> PortfolioMetrics {
        PortfolioMetrics(try portfolio())
    }

    static func portfolio() throws -> Portfolio {
        let sources = PortfolioSources(
            settings: SiteSettings(),
            accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: try CSVReader.read(team, file: "team.csv"),
            activities: try CSVReader.read(activities, file: "activities.csv"),
            arr: try CSVReader.read(arr, file: "arr.csv"),
            briefs: try briefs.sorted { $0.key < $1.key }.map {
                try Document.parse(text: $0.value, path: "clients/\($0.key).md")
            })
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        return portfolio
    }

    /// `[currency: amount]`, to compare money lists exactly and in order.
    static func money(_ list: [PortfolioMetrics.Money]) -> [String] {
        list.map { "\($0.currency) \(Formatting.money($0.amount, currency: $0.currency))" }
    }

    static func groups(_ list: [PortfolioMetrics.Group]) -> [String] {
        list.map {
            "\($0.key ?? "-"): \($0.accounts.joined(separator: " ")) = "
                + money($0.arr).joined(separator: ", ")
        }
    }

    @Test func arrIsPerCurrencyAndLeavesChurnOut() throws {
        let metrics = try Self.metrics()
        // USD: A1 120,000.50 + A2 50,000.25 + A4 20,000 + A7 60,000 = 250,000.75 (A5 churned).
        #expect(Self.money(metrics.totalARR) == ["USD $250,000.75", "EUR €80,000", "GBP £30,000"])
        #expect(metrics.liveAccounts == 6)
    }

    @Test func breakdownsByTierSegmentIndustryAndManager() throws {
        // Each group lists its accounts by name: Alpha, Beta, Delta, Fox, Gamma, Golf.
        let metrics = try Self.metrics()
        // Tier 1: A1 120,000.50 + A7 60,000 = 180,000.50 USD; A3 EUR; A6 GBP.
        // Tier 2: A2 50,000.25 + A4 20,000 = 70,000.25 USD.
        #expect(
            Self.groups(metrics.byTier) == [
                "1: A1 A6 A3 A7 = USD $180,000.50, EUR €80,000, GBP £30,000",
                "2: A2 A4 = USD $70,000.25",
            ])
        // Enterprise: A2 50,000.25 + A7 60,000 = 110,000.25; SMB: A1 + A4 = 140,000.50.
        #expect(
            Self.groups(metrics.bySegment) == [
                "Enterprise: A2 A7 = USD $110,000.25",
                "SMB: A1 A4 A6 A3 = USD $140,000.50, EUR €80,000, GBP £30,000",
            ])
        // Logistics: A4 20,000 + A7 60,000 = 80,000 USD, the same as A3's EUR: the code breaks the tie.
        // Retail: A1 120,000.50 + A2 50,000.25 = 170,000.75 USD.
        #expect(
            Self.groups(metrics.byIndustry) == [
                "Logistics: A4 A3 A7 = EUR €80,000, USD $80,000",
                "Retail: A1 A2 A6 = USD $170,000.75, GBP £30,000",
            ])
        #expect(
            Self.groups(metrics.byManager) == [
                "ana: A1 A2 A6 = USD $170,000.75, GBP £30,000",
                "ben: A4 A3 A7 = EUR €80,000, USD $80,000",
            ])
    }

    @Test func healthRenewalsAndRisk() throws {
        let metrics = try Self.metrics()
        // Green: A1 80, A2 75, A7 90; yellow: A3 55; red: A4 30; no score: A6. A5 churned.
        #expect(metrics.health == [.green: 3, .yellow: 1, .red: 1, nil: 1])
        #expect(
            metrics.renewals == [
                .overdue: ["A4"], .days0to30: ["A1"], .days31to60: ["A3"],
                .days61to90: ["A7", "A6"],
            ])
        // A2 at_risk (50,000.25), A3 due in 45 days and yellow (80,000), A4 red (20,000),
        // A6 due in 82 days with no score (30,000); A1 and A7 are due but green.
        #expect(metrics.atRisk == ["A3", "A2", "A6", "A4"])
    }

    @Test func retentionHasAFixedCohortAndGrossNeverAboveStart() throws {
        let metrics = try Self.metrics()
        #expect(metrics.retentionStart.description == "2025-11-30")
        let usd = try #require(metrics.retention.first { $0.currency == "USD" })
        // Cohort at 2025-11-30: A1 90,000 + 10,000 (that day counts) = 100,000; A2 60,000;
        // A4 20,000; A5 15,000; total 195,000. A7 is new on 2026-01-10 and left out; A1's
        // move on 2026-12-15 is after as_of.
        #expect(usd.accounts == 4)
        #expect(usd.starting == 195_000)
        // Expansion: A1 20,000.50 + A4 5,000 = 25,000.50.
        // Contraction: A2 9,999.75 + A4 5,000 = 14,999.75. Churn: A5 15,000.
        #expect(usd.expansion == 25_000.50)
        #expect(usd.contraction == 14_999.75)
        #expect(usd.churn == 15_000)
        // Ends: A1 120,000.50, A2 50,000.25, A4 20,000, A5 0 = 190,000.75.
        // Kept, at most each start: 100,000 + 50,000.25 + 20,000 + 0 = 170,000.25.
        #expect(usd.ending == 190_000.75)
        #expect(usd.retained == 170_000.25)
        // GRR 170,000.25 / 195,000 = 87.18%; NRR 190,000.75 / 195,000 = 97.44%.
        #expect(percent(usd.gross) == "87.18")
        #expect(percent(usd.net) == "97.44")
        // EUR: A3 70,000 grows by 10,000: GRR 100%, NRR 80,000 / 70,000 = 114.29%.
        let eur = try #require(metrics.retention.first { $0.currency == "EUR" })
        #expect(percent(eur.gross) == "100.00" && percent(eur.net) == "114.29")
        // GBP: A6 is new in the period, so there is no cohort and no ratio.
        let gbp = try #require(metrics.retention.first { $0.currency == "GBP" })
        #expect(gbp.accounts == 0 && gbp.gross == nil && gbp.net == nil)
        #expect(metrics.retention.map(\.currency) == ["EUR", "GBP", "USD"])
    }

    @Test func npsCountsEachLiveAccountsLatestAnswer() throws {
        let nps = try Self.metrics().nps
        // Promoters A1 10, A4 9, A7 10; passive A3 7; detractor A2 6. A5 (2) churned: out.
        #expect((nps.promoters, nps.passives, nps.detractors) == (3, 1, 1))
        // (3 - 1) / 5 x 100 = 40.00.
        #expect(percent(nps.score.map { $0 / 100 }) == "40.00")
    }

    @Test func touchpointsAndPipeline() throws {
        let metrics = try Self.metrics()
        // A1: the activity on 2026-11-25 beats last_touchpoint 2026-11-20: 5 days.
        // A2: 2026-10-01, 60 days. A3: 2026-11-29, 1 day. A4's only activity is after as_of.
        #expect(metrics.daysSinceTouchpoint == ["A1": 5, "A2": 60, "A3": 1])
        // Renewals, closed stages and churned accounts are left out.
        #expect(
            metrics.pipeline.map { "\($0.accountID) \($0.opportunity.name)" } == [
                "A1 Add-on", "A3 EU",
            ])
        #expect(Self.money(metrics.pipelineTotal) == ["USD $12,000.40", "EUR €9,000"])
    }

    @Test func sampleContentMatchesItsAuthorsFigures() throws {
        let repository = URL(filePath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let options = BuildOptions(
            content: repository.appending(path: "Content"),
            templates: repository.appending(path: "Templates"),
            output: repository.appending(path: "Public"), outputDisplay: "Public",
            today: CalendarDate(daysSinceEpoch: 0), version: Folio.version)
        var diagnostics: [Diagnostic] = []
        let sources = try #require(ContentLoader.load(options, &diagnostics))
        let asOf = try #require(sources.settings.asOf)
        let metrics = PortfolioMetrics(Portfolio.merge(sources, asOf: asOf, includeDrafts: false).0)
        let retention = Dictionary(
            uniqueKeysWithValues: metrics.retention.map { ($0.currency, $0) })
        #expect(percent(retention["USD"]?.gross) == "93.64")
        #expect(percent(retention["USD"]?.net) == "99.23")
        #expect(percent(retention["EUR"]?.net) == "117.78")
        #expect(percent(retention["GBP"]?.net) == "115.79")
        // Live answers: promoters HL-1001 9, HL-1005 10; passives HL-1003, 1009, 1010, 1011,
        // 1015, 1016; detractors HL-1002 4, HL-1006 6, HL-1014 5; HL-1007 churned: (2 - 3) / 11.
        #expect(percent(metrics.nps.score.map { $0 / 100 }) == "-9.09")
    }
}

/// A ratio as a percentage with two decimals, `nil` as "none".
private func percent(_ ratio: Double?) -> String {
    guard let ratio else { return "none" }
    let hundredths = Int((ratio * 10_000).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let digits = abs(hundredths)
    return sign + "\(digits / 100)." + (digits % 100 < 10 ? "0" : "") + "\(digits % 100)"
}
