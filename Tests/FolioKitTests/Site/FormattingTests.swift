import Testing

@testable import FolioFormats

@Suite struct FormattingTests {
    @Test(arguments: [
        (120_000.0, "USD", "$120,000"), (45_000.5, "EUR", "€45,000.50"), (999.0, "GBP", "£999"),
        (1_234_567.891, "CHF", "CHF 1,234,567.89"), (0.0, "USD", "$0"),
        (-2_500.0, "USD", "-$2,500"),
    ])
    func writesMoneyWithSymbolAndSeparators(_ amount: Double, _ currency: String, _ text: String) {
        #expect(Formatting.money(amount, currency: currency) == text)
    }

    @Test func writesDatesTheSameInEveryLocale() throws {
        #expect(Formatting.date(try #require(CalendarDate(iso: "2026-11-30"))) == "30 Nov 2026")
        #expect(Formatting.date(try #require(CalendarDate(iso: "2027-01-05"))) == "5 Jan 2027")
    }

    @Test(arguments: [
        (93.6371, 2, "93.64"), (-16.6667, 1, "-16.7"), (100.0, 2, "100.00"), (0.004, 2, "0.00"),
        (-0.004, 2, "0.00"), (2.25, 1, "2.3"), (12.0, 0, "12"), (1.5, 3, "1.500"),
    ])
    func writesFixedDecimals(_ value: Double, _ decimals: Int, _ text: String) {
        #expect(Formatting.fixed(value, decimals: decimals) == text)
    }

    @Test func writesRatiosAsPercentages() {
        #expect(Formatting.percent(1089.0 / 1163.0) == "93.64%")
        #expect(Formatting.percent(1.0) == "100.00%")
    }
}
