import Testing

@testable import FolioFormats

/// A file with many problems shows its first ones and a count of the rest.
@Suite struct DiagnosticLimitTests {
    static func warning(_ file: String, line: Int) -> Diagnostic {
        .warning("problem on line \(line)", at: SourceLocation(file: file, line: line))
    }

    @Test func eachFileShowsItsFirstProblemsAndCountsTheRest() {
        let accounts = (2...100_001).map { Self.warning("accounts.csv", line: $0) }
        let team = (2...4).map { Self.warning("team.csv", line: $0) }
        let error = Diagnostic.error("bad cell", at: SourceLocation(file: "accounts.csv", line: 9))
        let placeless = Diagnostic.error("no place")
        let all = ([placeless, error] + accounts + team).sorted()
        let shown = DiagnosticLimit.shown(all, limit: 3)
        #expect(
            shown.map(\.message) == [
                "no place",
                "problem on line 2", "problem on line 3", "problem on line 4",
                "99,998 more problems in accounts.csv (1 error, 99,997 warnings) are not shown; "
                    + "fix those above and build again to see the rest",
                "problem on line 2", "problem on line 3", "problem on line 4",
            ])
        #expect(shown[4].severity == .note)
        #expect(shown[4].location == nil)
    }

    @Test func oneHiddenProblemIsCountedInTheSingular() {
        let all = (1...3).map { Self.warning("a.csv", line: $0) }
        #expect(
            DiagnosticLimit.shown(all, limit: 2).last?.message
                == "1 more problem in a.csv (1 warning) is not shown; fix those above and build "
                + "again to see the rest")
        #expect(DiagnosticLimit.shown(all, limit: 3) == all)
    }
}
