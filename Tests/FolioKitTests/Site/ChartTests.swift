import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

@Suite struct ChartTests {
    @Test func drawsHorizontalBarsWithEscapedTextAndATextAlternative() {
        let chart = Chart(
            bars: [
                Chart.Bar(label: "A & B", value: 200, valueText: "$200"),
                Chart.Bar(label: "<x>", value: 50, valueText: "$50", tone: "red"),
            ], orientation: .horizontal, title: "T")
        // Two rows of 28 plus 4: 60 high. The longest bar takes the 160 units; 50 / 200 x 160
        // = 40. Values stand 6 after the bar's end: 130 + 160 + 6 = 296.
        #expect(
            chart.svg
                == #"<svg class="chart chart-bars" viewBox="0 0 380 60" width="380" height="60" role="img" aria-label="T: A &amp; B $200; &lt;x&gt; $50" xmlns="http://www.w3.org/2000/svg">"#
                + #"<text class="chart-label" x="122" y="19" text-anchor="end">A &amp; B</text><rect class="chart-bar" x="130" y="4" width="160" height="20" rx="2"/><text class="chart-value" x="296" y="19">$200</text>"#
                + #"<text class="chart-label" x="122" y="47" text-anchor="end">&lt;x&gt;</text><rect class="chart-bar tone-red" x="130" y="32" width="40" height="20" rx="2"/><text class="chart-value" x="176" y="47">$50</text></svg>"#
        )
    }

    /// A quote followed by a combining mark is one character, but still a quote that would
    /// end the attribute it stands in: a name cannot add attributes to the chart.
    @Test func escapesAQuoteThatACombiningMarkFollows() {
        let accent = "\u{301}"
        let name = "x\"" + accent + " onload=alert(1) y=\"" + accent
        let expected = "x&quot;" + accent + " onload=alert(1) y=&quot;" + accent
        #expect(XMLText.escaped(name) == expected)
        #expect(XMLText.escaped("Zoë & <Müller>") == "Zoë &amp; &lt;Müller&gt;")
        #expect(XMLText.escaped("plain") == "plain")
        let svg = Chart(
            bars: [Chart.Bar(label: name, value: 1, valueText: "1")], orientation: .vertical,
            title: name
        ).svg
        let rawQuote = "\"" + accent
        #expect(!svg.contains(rawQuote))
        #expect(svg.contains(expected))
    }

    @Test func drawsColumnsOnATimeAxis() {
        let chart = Chart(
            bars: [
                Chart.Bar(label: "Jan", value: 3, valueText: "3"),
                Chart.Bar(label: "Feb", value: 0, valueText: "0"),
            ], orientation: .vertical, title: "R")
        // Two columns share 380 units: 190 each, 180 wide, centred at 95 and 285; the
        // tallest is 120 high above the axis at 140.
        #expect(
            chart.svg
                == #"<svg class="chart chart-columns" viewBox="0 0 380 164" width="380" height="164" role="img" aria-label="R: Jan 3; Feb 0" xmlns="http://www.w3.org/2000/svg"><line class="chart-axis" x1="0" y1="140" x2="380" y2="140"/>"#
                + #"<rect class="chart-bar" x="5" y="20" width="180" height="120" rx="2"/><text class="chart-value" x="95" y="15" text-anchor="middle">3</text><text class="chart-label" x="95" y="156" text-anchor="middle">Jan</text>"#
                + #"<rect class="chart-bar" x="195" y="140" width="180" height="0" rx="2"/><text class="chart-value" x="285" y="135" text-anchor="middle">0</text><text class="chart-label" x="285" y="156" text-anchor="middle">Feb</text></svg>"#
        )
    }

    @Test func drawsRenewalsAsARRColumnsPerCurrencyWithTheCountsUnderTheMonths() {
        let chart = RenewalsChart(
            months: [
                .init(
                    label: "Jan", count: 2,
                    arr: [
                        Chart.Bar(
                            label: "USD", value: 200, valueText: "$200", tone: "currency-1"),
                        Chart.Bar(label: "EUR", value: 50, valueText: "€50", tone: "currency-2"),
                    ]),
                .init(label: "Feb", count: 0, arr: []),
            ], title: "R")
        // Two months share 380 units: 190 each, a group 182 wide from 4 and from 194, a
        // column 91 wide per currency. The axis is at 24 + 100; $200 takes the 100 units
        // and €50 a quarter of them. Month names stand 16 under the axis, the counts at
        // 192 - 4.
        #expect(
            chart.svg
                == #"<svg class="chart chart-renewals" viewBox="0 0 380 192" width="380" height="192" role="img" aria-label="R: Jan 2 accounts ($200, €50); Feb 0 accounts" xmlns="http://www.w3.org/2000/svg">"#
                + #"<text class="chart-label" x="0" y="14">ARR renewing</text><text class="chart-label" x="380" y="14" text-anchor="end">$200</text><line class="chart-grid" x1="0" y1="24" x2="380" y2="24"/>"#
                + #"<rect class="chart-bar tone-currency-1" x="4" y="24" width="91" height="100" rx="2"/><rect class="chart-bar tone-currency-2" x="95" y="99" width="91" height="25" rx="2"/>"#
                + #"<text class="chart-label" x="95" y="140" text-anchor="middle">Jan</text><text class="chart-value" x="95" y="188" text-anchor="middle">2</text>"#
                + #"<text class="chart-label" x="285" y="140" text-anchor="middle">Feb</text><text class="chart-label" x="285" y="188" text-anchor="middle">0</text>"#
                + #"<line class="chart-axis" x1="0" y1="124" x2="380" y2="124"/><text class="chart-label" x="0" y="164">Accounts renewing</text></svg>"#
        )
    }

    @Test func shortensLongLabelsButKeepsThemWholeInTheTextAlternative() {
        let label = "Food and beverage distribution"
        let chart = Chart(
            bars: [Chart.Bar(label: label, value: 1, valueText: "1")], orientation: .horizontal,
            title: "By industry")
        #expect(Chart.shortened(label, to: 17) == "Food and beverag…")
        #expect(chart.svg.contains(">Food and beverag…</text>"))
        #expect(chart.textAlternative == "By industry: Food and beverage distribution 1")
    }

    @Test func namesTwelveMonthsAcrossAYearEnd() throws {
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let months = PageContext.months(from: asOf, count: 12)
        #expect(months.first! == (2026, 11) && months.last! == (2027, 10))
        #expect(
            months.map(PageContext.monthLabel).joined(separator: " ")
                == "Nov Dec Jan Feb Mar Apr May Jun Jul Aug Sep Oct")
    }

    @Test func drawsTheTrendAboutAZeroLineWithEveryMovementInTheTextAlternative() {
        let trend = PortfolioMetrics.Trend(
            currency: "USD",
            months: [
                .init(year: 2026, month: 1, new: 300, expansion: 100),
                .init(year: 2026, month: 2, contraction: 50, churn: 50),
                .init(year: 2026, month: 3),
            ])
        let chart = TrendChart(trend: trend, labels: ["Jan", "Feb", "Mar"], title: "T")
        #expect(
            chart.textAlternative
                == "T: Jan new $300, expansion $100, net +$400; "
                + "Feb contraction $50, churn $50, net −$100; no movement in Mar")
        let svg = chart.svg
        // The largest rise, 400, and the largest fall, 100, share the 140 units of the plot:
        // the zero line stands 140 x 400 / 500 = 112 below the plot's top at 24, at 136.
        #expect(svg.contains(#"<line class="chart-axis" x1="0" y1="136" x2="380" y2="136"/>"#))
        // Three months share 380 units: 126 each, columns 116 wide from 5, 131 and 257.
        // January: new 300 is 140 x 300 / 500 = 84 high above the line, expansion 28 on top.
        #expect(
            svg.contains(
                #"<rect class="chart-bar series-new" x="5" y="52" width="116" height="84"/>"#
                    + #"<rect class="chart-bar series-expansion" x="5" y="24" width="116" height="28"/>"#
            ))
        // February: contraction 14 below the line, churn 14 below it.
        #expect(
            svg.contains(
                #"<rect class="chart-bar series-contraction" x="131" y="136" width="116" height="14"/>"#
                    + #"<rect class="chart-bar series-churn" x="131" y="150" width="116" height="14"/>"#
            ))
        // The scale: the largest rise at the top, the largest fall under the plot.
        #expect(svg.contains(#">+$400</text>"#))
        #expect(svg.contains(#">−$100</text>"#))
        #expect(svg.hasPrefix(#"<svg class="chart chart-trend" viewBox="0 0 380 208""#))
        #expect(svg.contains(#"role="img" aria-label="T: Jan new $300"#))
        // March moved nothing: no column, only its label.
        #expect(svg.split(separator: "<rect").count == 5)
    }

    /// Groups of the portfolio's dimensions as `PortfolioMetrics` makes them.
    static func group(_ key: String?, _ arr: [(String, Double)]) -> PortfolioMetrics.Group {
        PortfolioMetrics.Group(
            key: key, accounts: [], arr: arr.map { (currency: $0.0, amount: $0.1) })
    }

    @Test func groupsCurrenciesSideBySideInOneChart() throws {
        // Tier 1 holds USD and EUR, tier 2 GBP alone; the portfolio's currencies by ARR are
        // USD, EUR, GBP, so EUR's bar follows USD's in tier 1 whatever order the group has.
        let chart = try #require(
            PageContext.groupedChart(
                [
                    Self.group("1", [("EUR", 50), ("USD", 200)]),
                    Self.group("2", [("GBP", 100)]),
                ], currencies: ["USD", "EUR", "GBP"], title: "ARR by tier"
            ) { "Tier \($0)" })
        #expect(chart.groups.map(\.label) == ["Tier 1", "Tier 2"])
        #expect(chart.groups.map { $0.bars.map(\.label) } == [["USD", "EUR"], ["GBP"]])
        #expect(chart.textAlternative == "ARR by tier: Tier 1 $200, €50; Tier 2 £100")
        let svg = chart.svg
        // Three bars of 24 and one gap of 10 between the groups, plus 4: 86 high.
        #expect(svg.hasPrefix(#"<svg class="chart chart-groups" viewBox="0 0 380 86""#))
        // One scale for every bar: $200 takes the 160 units, €50 40, £100 80; each currency
        // keeps its colour by its place in the portfolio.
        #expect(
            svg.contains(
                #"<rect class="chart-bar tone-currency-1" x="130" y="4" width="160" height="18" rx="2"/>"#
            ))
        #expect(
            svg.contains(
                #"<rect class="chart-bar tone-currency-2" x="130" y="28" width="40" height="18" rx="2"/>"#
            ))
        #expect(
            svg.contains(
                #"<rect class="chart-bar tone-currency-3" x="130" y="62" width="80" height="18" rx="2"/>"#
            ))
    }

    @Test func aChartOfOneBarIsLeftOut() {
        // One tier in one currency compares nothing: no chart.
        let one = PageContext.groupedChart(
            [Self.group("1", [("GBP", 88000)])], currencies: ["GBP"], title: "ARR by tier"
        ) { $0 }
        #expect(one == nil)
        // A group without ARR draws no bar, so it does not make a chart either.
        let empty = PageContext.groupedChart(
            [Self.group("1", [("GBP", 88000)]), Self.group("2", [("GBP", 0)])],
            currencies: ["GBP"], title: "ARR by tier"
        ) { $0 }
        #expect(empty == nil)
    }

    @Test func keepsTheLargestGroupsAndSaysSo() throws {
        let groups = (1...4).map { Self.group("m\($0)", [("USD", Double($0) * 10)]) }
        let chart = try #require(
            PageContext.groupedChart(
                groups, currencies: ["USD"], title: "ARR by account manager", largest: 2
            ) { $0 })
        #expect(chart.groups.map(\.label) == ["m4", "m3"])
        #expect(chart.title == "ARR by account manager (the 2 largest of 4)")
    }
}
