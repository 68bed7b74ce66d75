import Testing

@testable import FolioKit

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
}
