import Testing

@testable import FolioFormats

/// The one "did you mean" every message about an unknown name uses.
@Suite struct SuggestionsTests {
    @Test(arguments: [
        ("bild", ["build", "check", "init", "new", "serve"], ["build"]),
        ("hl-1001", ["HL-1001", "HL-2002"], ["HL-1001"]),
        ("EX-01", ["EX-001", "EX-002", "EX-003", "EX-100"], ["EX-001", "EX-002", "EX-003"]),
        ("outptu", ["output", "quiet", "force"], ["output"]),
        ("acme", ["ACME-001", "GLOBEX-7"], ["ACME-001"]),
        ("nme", ["name", "id", "to"], ["name"]),
        ("to", ["id", "tier"], []),
        ("ZZZZZZZZ", ["ACME-001", "GLOBEX-7"], []),
        ("build", ["build", "biuld"], ["biuld"]),
    ])
    func suggestsCloseNamesBestFirst(_ written: String, _ names: [String], _ expected: [String]) {
        #expect(Suggestions(among: names).closest(to: written) == expected)
    }

    @Test func suggestsAtMostThree() {
        let names = (1...9).map { "ACME-00\($0)" }
        #expect(
            Suggestions(among: names).closest(to: "acme-00") == [
                "ACME-001", "ACME-002", "ACME-003",
            ])
    }

    @Test func findsANameByItsOtherText() {
        let accounts = [("ACME-001", "Acme Logistics"), ("GLOBEX-7", "Globex, Inc.")]
        let suggestions = Suggestions(among: accounts, name: \.0, also: { [$0.1] })
        #expect(suggestions.didYouMean("Acme Logistics") == "did you mean 'ACME-001'?")
        #expect(suggestions.didYouMean("globex") == "did you mean 'GLOBEX-7'?")
    }

    @Test func phrasesOneTwoOrThreeNames() {
        #expect(Suggestions.didYouMean([]) == nil)
        #expect(Suggestions.didYouMean(["build"]) == "did you mean 'build'?")
        #expect(Suggestions.didYouMean(["a", "b"]) == "did you mean 'a' or 'b'?")
        #expect(Suggestions.didYouMean(["a", "b", "c"]) == "did you mean 'a', 'b' or 'c'?")
    }

    @Test func countsEditsAndSwaps() {
        #expect(Suggestions.distance("kitten", "sitting") == 3)
        #expect(Suggestions.distance("layuot", "layout") == 1)
        #expect(Suggestions.distance("", "abc") == 3)
        #expect(Suggestions.distance("same", "same") == 0)
    }
}
