import Testing

@testable import FolioFormats
@testable import FolioModel

/// The ARR trend of `PortfolioMetrics` against movements worked out by hand, as of
/// 2026-11-30: the twelve months run from December 2025 to November 2026, both whole.
@Suite struct ARRTrendTests {
    // The accounts of `PortfolioMetricsTests`: A1, A2, A4, A5 (churned) and A7 in USD, A3 in
    // EUR, A6 in GBP.
    static let arr = """
        account_id,date,type,amount
        A1,2025-11-30,new,90000
        A1,2025-12-01,expansion,10000
        A7,2025-12-31,new,60000
        A3,2026-02-01,expansion,10000
        A2,2026-03-01,contraction,2500
        A4,2026-03-15,expansion,4000
        A2,2026-03-20,contraction,500
        A5,2026-09-01,churn,15000
        A4,2026-11-30,contraction,1000
        A6,2026-11-30,new,30000
        A1,2026-12-01,expansion,999

        """

    static func metrics() throws -> PortfolioMetrics {
        let sources = PortfolioSources(
            settings: SiteSettings(),
            accounts: try CSVReader.read(PortfolioMetricsTests.accounts, file: "accounts.csv"),
            team: try CSVReader.read(PortfolioMetricsTests.team, file: "team.csv"),
            activities: nil,
            arr: try CSVReader.read(arr, file: "arr.csv"),
            briefs: [])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        return PortfolioMetrics(portfolio)
    }

    /// A month as `2026-03 new/expansion/contraction/churn = net`, to compare exactly.
    static func describe(_ month: PortfolioMetrics.Trend.Month) -> String {
        let month2 = month.month < 10 ? "0\(month.month)" : "\(month.month)"
        let amounts = [month.new, month.expansion, month.contraction, month.churn]
            .map(Formatting.number).joined(separator: "/")
        return "\(month.year)-\(month2) \(amounts) = \(Formatting.number(month.net))"
    }

    @Test func movesPerMonthAndCurrencyOverTheTwelveMonthsUpToAsOf() throws {
        let trend = try Self.metrics().trend
        // The currencies follow the total ARR: USD, then EUR, then GBP.
        #expect(trend.map(\.currency) == ["USD", "EUR", "GBP"])
        #expect(trend.allSatisfy { $0.months.count == 12 })
        let usd = try #require(trend.first).months.map(Self.describe)
        // A1's new ARR on 2025-11-30 falls the day before the first month and is left out;
        // A1's expansion on 2026-12-01 comes after as_of and is left out.
        // Dec 2025: A1 expansion 10,000 and A7 new 60,000, net +70,000.
        // Mar 2026: A2 contraction 2,500 + 500 = 3,000; A4 expansion 4,000; net +1,000.
        // Sep 2026: A5 churn 15,000: a churned account counts in the trend.
        // Nov 2026: A4 contraction 1,000 on as_of itself.
        #expect(
            usd == [
                "2025-12 60000/10000/0/0 = 70000", "2026-01 0/0/0/0 = 0",
                "2026-02 0/0/0/0 = 0", "2026-03 0/4000/3000/0 = 1000",
                "2026-04 0/0/0/0 = 0", "2026-05 0/0/0/0 = 0", "2026-06 0/0/0/0 = 0",
                "2026-07 0/0/0/0 = 0", "2026-08 0/0/0/0 = 0",
                "2026-09 0/0/0/15000 = -15000", "2026-10 0/0/0/0 = 0",
                "2026-11 0/0/1000/0 = -1000",
            ])
        // EUR: A3's expansion of 10,000 in February, nothing else.
        let eur = trend[1].months.filter { $0.net != 0 }.map(Self.describe)
        #expect(eur == ["2026-02 0/10000/0/0 = 10000"])
        // GBP: A6's new 30,000 on as_of, in November.
        let gbp = trend[2].months.filter { $0.net != 0 }.map(Self.describe)
        #expect(gbp == ["2026-11 30000/0/0/0 = 30000"])
    }

    @Test func aCurrencyWithoutMovementsInTheTwelveMonthsHasNoTrend() throws {
        let metrics = try Self.metrics()
        let trend = PortfolioMetrics.trend(
            try PortfolioMetricsTests.portfolio(), currencies: metrics.totalARR.map(\.currency))
        // PortfolioMetricsTests' movements: every currency moves within the twelve months.
        #expect(trend.map(\.currency) == ["USD", "EUR", "GBP"])
        // Its A1 expansion of 10,000 on 2025-11-30 is the day before December.
        #expect(trend[0].months[0].expansion == 0)
    }
}
