import Testing

@testable import FolioFormats

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

    @Test(arguments: [
        ("2027-02-30", "is not a day: February 2027 has 28 days"),
        ("2028-02-30", "is not a day: February 2028 has 29 days"),
        ("2026-13-01", "is not a day: a year has 12 months, so there is no month 13"),
        ("2026-00-10", "is not a day: a year has 12 months, so there is no month 0"),
        ("2026-01-00", "is not a day: the days of a month are numbered from 1"),
        ("0000-01-01", "is not a day: years are numbered from 1 to 9999"),
        ("2026-06-31T09:00:00Z", "is not a day: June 2026 has 30 days"),
        ("01/15/2027", "is written with slashes; write it YYYY-MM-DD, as 2027-01-15"),
        (
            "03/04/2026",
            "is written with slashes; write it YYYY-MM-DD, as 2026-03-04 or 2026-04-03, "
                + "whichever is meant"
        ),
    ])
    func saysWhyADateIsNotOne(_ text: String, _ expected: String) {
        #expect(DateStyle.iso.date(text) == nil)
        #expect(DateStyle.iso.problem(text) == expected)
    }

    @Test(arguments: ["tomorrow", "2026-1-5", "11/30/26", ""])
    func saysNothingMoreOfWhatIsNoDateAtAll(_ text: String) {
        #expect(DateStyle.iso.problem(text) == nil)
    }

    @Test func asksADataFileToDeclareTheOrderOfItsSlashedDates() {
        var style = DateStyle(order: nil, file: "accounts.csv", settingsFile: "Content/site.yml")
        #expect(
            style.problem("01/15/2027")
                == "is written month first (MM/DD/YYYY), an order Folio reads only where site.yml "
                + "declares it; add the line 'dates: {accounts.csv: MM/DD/YYYY}' to "
                + "Content/site.yml")
        #expect(
            style.problem("15/01/2027")
                == "is written day first (DD/MM/YYYY), an order Folio reads only where site.yml "
                + "declares it; add the line 'dates: {accounts.csv: DD/MM/YYYY}' to "
                + "Content/site.yml")
        style.settingsHaveDates = true
        #expect(
            style.problem("03/04/2026")
                == "is written with slashes, in an order Folio reads only where site.yml "
                + "declares it; add the line '  accounts.csv: MM/DD/YYYY' under 'dates:' in "
                + "Content/site.yml if accounts.csv writes the month first, or "
                + "'  accounts.csv: DD/MM/YYYY' under 'dates:' in Content/site.yml if it writes "
                + "the day first")
    }

    @Test func aDayThatDoesNotExistInTheDeclaredOrderSaysWhy() {
        var style = Self.monthFirst
        style.settingsFile = "Content/site.yml"
        #expect(style.problem("02/30/2027") == "is not a day: February 2027 has 28 days")
        #expect(
            style.problem("15/01/2027")
                == "is not a day: a year has 12 months, so there is no month 15 (accounts.csv is "
                + "declared MM/DD/YYYY in Content/site.yml; if it writes the day first, declare "
                + "DD/MM/YYYY instead)")
    }
}
