import Testing

@testable import FolioFormats

/// Trimming a value: ASCII and Unicode whitespace at either end goes, and nothing else.
@Suite struct TrimmingWhitespaceTests {
    @Test(arguments: [
        ("Acme", "Acme"), ("  Acme\t", "Acme"), ("\n Acme Logistics \r\n", "Acme Logistics"),
        ("", ""), ("   ", ""), ("\r\n", ""), ("a", "a"), (" a", "a"), ("a ", "a"),
        ("\u{3000}全角\u{3000}", "全角"), ("\u{A0}Acme\u{A0}", "Acme"),
        ("e\u{301}", "e\u{301}"), (" e\u{301} ", "e\u{301}"), ("\u{2028}x\u{2029}", "x"),
        ("Zoë", "Zoë"), ("-5", "-5"), ("~", "~"),
        // A prepended mark and the digit after it are one character.
        ("\u{600}1", "\u{600}1"), (" \u{600}1", "\u{600}1"), ("\u{600}1\u{A0}", "\u{600}1"),
    ])
    func trims(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace == expected)
        #expect(text[...].trimmingWhitespace == expected)
        #expect(("[" + text + "]").dropFirst().dropLast().trimmingWhitespace == expected)
    }
}
