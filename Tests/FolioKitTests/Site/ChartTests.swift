import Testing

@testable import FolioKit

@Suite struct ChartTests {
    @Test func drawsHorizontalBarsWithEscapedTextAndATextAlternative() {
        let chart = Chart(
            bars: [
                Chart.Bar(label: "A & B", value: 200, valueText: "$200"),
                Chart.Bar(label: "<x>", value: 50, valueText: "$50", tone: "red"),
            ], orientation: .horizontal, title: "T")
        // Two rows of 28 plus 4: 60 high. The longest bar takes the 330 units; 50 / 200 x 330
        // = 82.5, drawn as 83. Values stand 6 after the bar's end: 170 + 330 + 6 = 506.
        #expect(
            chart.svg
                == #"<svg class="chart chart-bars" viewBox="0 0 600 60" width="600" height="60" role="img" aria-label="T: A &amp; B $200; &lt;x&gt; $50" xmlns="http://www.w3.org/2000/svg">"#
                + #"<text class="chart-label" x="162" y="19" text-anchor="end">A &amp; B</text><rect class="chart-bar" x="170" y="4" width="330" height="20" rx="2"/><text class="chart-value" x="506" y="19">$200</text>"#
                + #"<text class="chart-label" x="162" y="47" text-anchor="end">&lt;x&gt;</text><rect class="chart-bar tone-red" x="170" y="32" width="83" height="20" rx="2"/><text class="chart-value" x="259" y="47">$50</text></svg>"#
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
        // Two columns share 600 units: 300 each, 290 wide, centred at 150 and 450; the
        // tallest is 120 high above the axis at 140.
        #expect(
            chart.svg
                == #"<svg class="chart chart-columns" viewBox="0 0 600 164" width="600" height="164" role="img" aria-label="R: Jan 3; Feb 0" xmlns="http://www.w3.org/2000/svg"><line class="chart-axis" x1="0" y1="140" x2="600" y2="140"/>"#
                + #"<rect class="chart-bar" x="5" y="20" width="290" height="120" rx="2"/><text class="chart-value" x="150" y="15" text-anchor="middle">3</text><text class="chart-label" x="150" y="156" text-anchor="middle">Jan</text>"#
                + #"<rect class="chart-bar" x="305" y="140" width="290" height="0" rx="2"/><text class="chart-value" x="450" y="135" text-anchor="middle">0</text><text class="chart-label" x="450" y="156" text-anchor="middle">Feb</text></svg>"#
        )
    }

    @Test func shortensLongLabelsButKeepsThemWholeInTheTextAlternative() {
        let label = "Food and beverage distribution"
        let chart = Chart(
            bars: [Chart.Bar(label: label, value: 1, valueText: "1")], orientation: .horizontal,
            title: "By industry")
        #expect(Chart.shortened(label, to: 24) == "Food and beverage distr…")
        #expect(chart.svg.contains(">Food and beverage distr…</text>"))
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
}
