import Testing

@testable import FolioFormats

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-11-30", "2024-02-29", "0001-01-01", "9999-12-31"])
    func readsAndWritesISODates(_ text: String) throws {
        #expect(try #require(CalendarDate(iso: text)).description == text)
    }

    @Test(arguments: [
        "2026-13-01", "2025-02-29", "2026-11-31", "26-11-30", "2026/11/30", "2026-1-30",
        " 2026-11-30", "", "２０２６-11-30",
    ])
    func refusesWhatIsNotADay(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func countsDaysAcrossMonthsYearsAndLeapDays() throws {
        let start = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(start.days(until: try #require(CalendarDate(iso: "2025-02-28"))) == 366)
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(try #require(CalendarDate(iso: "1969-12-31")).daysSinceEpoch == -1)
        #expect(try #require(CalendarDate(iso: "2026-11-30")).daysSinceEpoch == 20_787)
    }
}
