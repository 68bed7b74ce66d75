import Synchronization
import Testing

@testable import FolioFormats

@Suite struct DiagnosticFormatterTests {
    private let formatter = DiagnosticFormatter { path in
        [
            "a.md": "\u{FEFF}first\r\nsecond line\r\n\tthird\n",
            "u.md": "név: Ünïcödé 😀 x\n",
            "long.csv": String(repeating: "abcdefghij", count: 30) + "\n",
        ][path]
    }

    @Test func printsPlaceMessageSourceLineAndCaret() {
        let diagnostic = Diagnostic.error(
            "something is wrong", at: SourceLocation(file: "a.md", line: 2, column: 8))
        #expect(
            formatter.format(diagnostic) == """
                a.md:2:8: error: something is wrong
                second line
                       ^

                """)
    }

    @Test func colorsPlaceSeverityMessageAndCaretOnlyWhenAsked() {
        let colored = DiagnosticFormatter(colored: true) { _ in "second\n" }
        let diagnostic = Diagnostic.warning(
            "w", at: SourceLocation(file: "a.md", line: 1, column: 3),
            notes: [.note("n", at: nil)])
        #expect(
            colored.format(diagnostic)
                == "\u{1B}[1ma.md:1:3:\u{1B}[0m \u{1B}[1;35mwarning:\u{1B}[0m \u{1B}[1mw\u{1B}[0m\n"
                + "second\n  \u{1B}[1;32m^\u{1B}[0m\n"
                + "\u{1B}[1;36mnote:\u{1B}[0m \u{1B}[1mn\u{1B}[0m\n")
        let error = Diagnostic.error("e")
        #expect(colored.format(error) == "\u{1B}[1;31merror:\u{1B}[0m \u{1B}[1me\u{1B}[0m\n")
        #expect(!formatter.format(diagnostic).contains("\u{1B}"))
    }

    @Test func keepsTabsSoTheCaretLinesUp() {
        let diagnostic = Diagnostic.warning(
            "w", at: SourceLocation(file: "a.md", line: 3, column: 2))
        #expect(formatter.format(diagnostic) == "a.md:3:2: warning: w\n\tthird\n\t^\n")
    }

    @Test func countsColumnsInCharacters() {
        let diagnostic = Diagnostic.error(
            "e", at: SourceLocation(file: "u.md", line: 1, column: 16))
        #expect(
            formatter.format(diagnostic)
                == "u.md:1:16: error: e\nnév: Ünïcödé 😀 x\n               ^\n")
    }

    @Test func dropsTheByteOrderMarkFromTheFirstLine() {
        let diagnostic = Diagnostic.error("e", at: SourceLocation(file: "a.md", line: 1))
        #expect(formatter.format(diagnostic) == "a.md:1:1: error: e\nfirst\n^\n")
    }

    @Test func printsNotesAfterTheirDiagnostic() {
        let diagnostic = Diagnostic.error(
            "duplicate", at: SourceLocation(file: "a.md", line: 2),
            notes: [.note("first here", at: SourceLocation(file: "a.md", line: 1))])
        #expect(
            formatter.format(diagnostic)
                == "a.md:2:1: error: duplicate\nsecond line\n^\na.md:1:1: note: first here\nfirst\n^\n"
        )
    }

    @Test func omitsTheSourceWhenTheFileOrLineIsMissing() {
        #expect(formatter.format(.error("no place")) == "error: no place\n")
        #expect(
            formatter.format(.error("e", at: SourceLocation(file: "gone.md", line: 1)))
                == "gone.md:1:1: error: e\n")
        #expect(
            formatter.format(.error("e", at: SourceLocation(file: "a.md", line: 9)))
                == "a.md:9:1: error: e\n")
    }

    @Test func formatsManyDiagnosticsReadingEachFileOnce() {
        let reads = Mutex<[String]>([])
        let counting = DiagnosticFormatter { path in
            reads.withLock { $0.append(path) }
            return path == "a.md" ? "one\ntwo\nthree\n" : nil
        }
        let diagnostics = [
            Diagnostic.error("e", at: SourceLocation(file: "a.md", line: 3, column: 2)),
            .warning("w", at: SourceLocation(file: "a.md", line: 1, column: 1)),
            .warning("gone", at: SourceLocation(file: "b.md", line: 1, column: 1)),
            .warning("past the end", at: SourceLocation(file: "a.md", line: 4, column: 1)),
            .warning("b again", at: SourceLocation(file: "b.md", line: 2, column: 1)),
        ]
        #expect(
            counting.format(diagnostics) == [
                "a.md:3:2: error: e\nthree\n ^\n", "a.md:1:1: warning: w\none\n^\n",
                "b.md:1:1: warning: gone\n", "a.md:4:1: warning: past the end\n",
                "b.md:2:1: warning: b again\n",
            ])
        #expect(reads.withLock { $0 } == ["a.md", "b.md"])
    }

    @Test func sortsWithoutPlaceFirstThenByFileLineAndColumn() {
        let a = Diagnostic.error("a", at: SourceLocation(file: "b.md", line: 1))
        let b = Diagnostic.error("b", at: SourceLocation(file: "a.md", line: 2))
        let c = Diagnostic.warning("c", at: SourceLocation(file: "a.md", line: 2))
        let d = Diagnostic.error("d")
        #expect([a, b, c, d].sorted() == [d, b, c, a])
    }

    @Test func showsAWindowOfAVeryLongLine() {
        let start = Diagnostic.error("e", at: SourceLocation(file: "long.csv", line: 1, column: 3))
        let ten = "abcdefghij"
        #expect(
            formatter.format(start)
                == "long.csv:1:3: error: e\n\(String(repeating: ten, count: 20))…\n  ^\n")
        let middle = Diagnostic.error(
            "e", at: SourceLocation(file: "long.csv", line: 1, column: 151))
        #expect(
            formatter.format(middle)
                == "long.csv:1:151: error: e\n…\(String(repeating: ten, count: 20))…\n"
                + String(repeating: " ", count: 101) + "^\n")
        let end = Diagnostic.error("e", at: SourceLocation(file: "long.csv", line: 1, column: 300))
        #expect(
            formatter.format(end)
                == "long.csv:1:300: error: e\n…\(String(repeating: ten, count: 20))\n"
                + String(repeating: " ", count: 200) + "^\n")
    }

    @Test func aLineIsFoundByItsNumberAsTheReadersCountLines() {
        #expect(DiagnosticFormatter.line(1, of: "a\nb\n") == "a")
        #expect(DiagnosticFormatter.line(2, of: "a\nb\n") == "b")
        #expect(DiagnosticFormatter.line(3, of: "a\nb\n") == nil)
        #expect(DiagnosticFormatter.line(2, of: "a\r\nb") == "b")
        #expect(DiagnosticFormatter.line(1, of: "a\r\nb") == "a")
        #expect(DiagnosticFormatter.line(2, of: "a\n\nc") == "")
        #expect(DiagnosticFormatter.line(1, of: "\u{FEFF}x\n") == "x")
        #expect(DiagnosticFormatter.line(1, of: "") == "")
        #expect(DiagnosticFormatter.line(2, of: "") == nil)
        #expect(DiagnosticFormatter.line(0, of: "a") == nil)
    }

    @Test func controlCharactersAreShownAsVisibleSigns() {
        #expect(DiagnosticFormatter.visible("a\tb") == "a\tb")
        #expect(
            DiagnosticFormatter.visible("a\r\nb\u{1B}[2J\u{0}\u{7F}\u{85}") == "a␍␊b␛[2J␀␡\u{FFFD}")
        let formatter = DiagnosticFormatter { _ in "x,\u{1B}[31mred\n" }
        #expect(
            formatter.format(
                .error(
                    "found '\u{1B}[31mred'", at: SourceLocation(file: "a.csv", line: 1, column: 3)))
                == "a.csv:1:3: error: found '␛[31mred'\nx,␛[31mred\n  ^\n")
    }
}
