import Testing

@testable import FolioMarkdown

/// Slugs are readable, keep every script's letters and digits, and are unique per document.
@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Why they bought", "why-they-bought"),
        ("Über uns", "über-uns"),
        ("客户 概况", "客户-概况"),
        ("Привет мир", "привет-мир"),
        ("नमस्ते दुनिया", "नमस्ते-दुनिया"),
        ("Risks & mitigations", "risks-mitigations"),
        ("Q&A: what's next?", "qa-whats-next"),
        ("Follow-up plan", "follow-up-plan"),
        ("  -- Spaced  out --  ", "spaced-out"),
        ("snake_case name", "snake_case-name"),
        ("2026 renewals (Q1)", "2026-renewals-q1"),
        ("Version 1.5", "version-15"),
        ("🚀 Launch", "launch"),
        ("Ⅻ chapters", "ⅻ-chapters"),
        ("!!!", "section"),
        ("", "section"),
    ])
    func slug(text: String, expected: String) {
        #expect(HeadingSlugger.slug(text) == expected)
    }

    @Test func decomposedAndPrecomposedTextGiveTheSameBytes() {
        let decomposed = HeadingSlugger.slug("Cafe\u{301} U\u{308}ber")
        let precomposed = HeadingSlugger.slug("Caf\u{E9} \u{DC}ber")
        #expect(Array(decomposed.utf8) == Array(precomposed.utf8))
        #expect(Array(decomposed.utf8) == Array("caf\u{E9}-\u{FC}ber".utf8))
    }

    @Test func repeatsGetNumberedSuffixes() {
        var slugger = HeadingSlugger()
        let ids = ["A", "A", "A-1", "A", "", "Section", "!!"].map { slugger.id(for: $0) }
        #expect(ids == ["a", "a-1", "a-1-1", "a-2", "section", "section-1", "section-2"])
    }
}
