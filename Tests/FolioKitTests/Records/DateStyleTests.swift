import Testing

@testable import FolioKit

@Suite struct DateStyleTests {
    static let monthFirst = DateStyle(order: .monthFirst, file: "accounts.csv")
    static let dayFirst = DateStyle(order: .dayFirst, file: "activities.csv")

    @Test(arguments: [
        ("2026-11-30", "2026-11-30"),
        ("2026-11-30T14:05:00Z", "2026-11-30"),
        ("2026-11-30T14:05:00+02:00", "2026-11-30"),
        ("2026-11-30T23:59:59-08:00", "2026-11-30"),
        ("2026-11-30T00:30:00.250+0530", "2026-11-30"),
        ("2026-11-30 14:05:00", "2026-11-30"),
        ("2026-11-30 23:55", "2026-11-30"),
        ("2026-11-30t14:05z", "2026-11-30"),
    ])
    func readsISODatesAndTimestampsAsTheDateWritten(_ text: String, _ expected: String) {
        #expect(DateStyle.iso.date(text)?.description == expected)
        #expect(Self.monthFirst.date(text)?.description == expected)
        #expect(Self.dayFirst.date(text)?.description == expected)
    }

    @Test(arguments: [
        "2026-11-30T", "2026-11-30T14", "2026-11-30T24:00", "2026-11-30T14:60",
        "2026-11-30T14:05:61", "2026-11-30T14:05:00.", "2026-11-30T14:05:00+2",
        "2026-11-30T14:05:00+02:0", "2026-11-30T14:05:00 UTC", "2026-11-30x14:05",
        "2026-11-31T14:05:00Z", "11/30/2026", "30/11/2026",
    ])
    func refusesWhatIsNotAnISODateOrTimestamp(_ text: String) {
        #expect(DateStyle.iso.date(text) == nil)
    }

    @Test(arguments: [
        ("11/30/2026", "2026-11-30"), ("3/5/2026", "2026-03-05"), ("02/29/2024", "2024-02-29"),
        ("12/01/2026", "2026-12-01"),
    ])
    func readsMonthFirstWhereDeclared(_ text: String, _ expected: String) {
        #expect(Self.monthFirst.date(text)?.description == expected)
    }

    @Test(arguments: [
        ("30/11/2026", "2026-11-30"), ("5/3/2026", "2026-03-05"), ("29/02/2024", "2024-02-29"),
        ("12/01/2026", "2026-01-12"),
    ])
    func readsDayFirstWhereDeclared(_ text: String, _ expected: String) {
        #expect(Self.dayFirst.date(text)?.description == expected)
    }

    @Test(arguments: [
        "30/11/2026", "02/29/2025", "11/30/26", "011/30/2026", "11/30/2026 14:05", "11-30-2026",
        "11/30", "/30/2026", "1a/30/2026",
    ])
    func refusesWhatIsNotMonthFirst(_ text: String) {
        #expect(Self.monthFirst.date(text) == nil)
    }

    @Test func namesTheDeclaredFormInMessages() {
        #expect(DateStyle.iso.expectation == "a date written YYYY-MM-DD, such as 2026-12-10")
        #expect(
            Self.monthFirst.expectation
                == "a date written MM/DD/YYYY as declared for accounts.csv in site.yml")
        #expect(
            Self.dayFirst.expectation
                == "a date written DD/MM/YYYY as declared for activities.csv in site.yml")
    }
}
