import Testing

@testable import FolioFormats

/// Counts in messages take the singular for one and the plural for any other number.
@Suite struct PluralTests {
    @Test(arguments: [
        (0, "page", "0 pages"), (1, "page", "1 page"), (2, "page", "2 pages"),
        (1, "error", "1 error"), (21, "warning", "21 warnings"),
    ])
    func countsWithTheNounThatFits(_ number: Int, _ noun: String, _ expected: String) {
        #expect(Plural.count(number, noun) == expected)
    }

    @Test func groupsThousandsWhenAsked() {
        #expect(Plural.count(1_000_000, "warning", grouped: true) == "1,000,000 warnings")
        #expect(Plural.count(1_000_000, "warning") == "1000000 warnings")
    }

    @Test func takesAnIrregularPlural() {
        #expect(Plural.count(1, "person", plural: "people") == "1 person")
        #expect(Plural.count(3, "person", plural: "people") == "3 people")
    }

    @Test func countsProblemsAsTheSummaryLinesDo() {
        #expect(Plural.problems(errors: 1, warnings: 1) == "1 error, 1 warning")
        #expect(Plural.problems(errors: 0, warnings: 2) == "0 errors, 2 warnings")
    }
}
