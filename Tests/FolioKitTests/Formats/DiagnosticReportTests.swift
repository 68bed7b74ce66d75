import Testing

@testable import FolioFormats

/// The JSON and GitHub forms of diagnostics.
@Suite struct DiagnosticReportTests {
    static let sample: [Diagnostic] = [
        .error("no folder Content"),
        .warning(
            "50% done,\r\nsee: below", at: SourceLocation(file: "C:/a,b.md", line: 3, column: 7),
            notes: [.note("first \"here\"", at: SourceLocation(file: "t.csv", line: 1))]),
    ]

    @Test func githubEscapesMessagesAndProperties() {
        #expect(
            DiagnosticReport.github(Self.sample) == """
                ::error::no folder Content
                ::warning file=C%3A/a%2Cb.md,line=3,col=7::50%25 done,%0D%0Asee: below%0Anote: t.csv:1:1: first "here"

                """)
    }

    /// A comma or colon that a combining mark follows still ends nothing in a property.
    @Test func githubEscapesAPropertysSeparatorsWhateverFollowsThem() {
        let accent = "\u{301}"
        let file = "a," + accent + "b:" + accent + ".md"
        #expect(
            DiagnosticReport.github([.error("x", at: SourceLocation(file: file, line: 1))])
                == "::error file=a%2C" + accent + "b%3A" + accent + ".md,line=1,col=1::x\n")
    }

    @Test func jsonIsAStableDocument() {
        #expect(
            DiagnosticReport.json(Self.sample) == #"""
                [
                  {
                    "severity": "error",
                    "file": null,
                    "line": null,
                    "column": null,
                    "message": "no folder Content",
                    "notes": []
                  },
                  {
                    "severity": "warning",
                    "file": "C:/a,b.md",
                    "line": 3,
                    "column": 7,
                    "message": "50% done,\r\nsee: below",
                    "notes": [
                      {
                        "severity": "note",
                        "file": "t.csv",
                        "line": 1,
                        "column": 1,
                        "message": "first \"here\"",
                        "notes": []
                      }
                    ]
                  }
                ]

                """#)
        #expect(DiagnosticReport.json([]) == "[]\n")
    }
}
