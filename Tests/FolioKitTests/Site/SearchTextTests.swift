import Testing

@testable import FolioSite

/// How search folds text into words, which the search page's script does the same way.
@Suite struct SearchTextTests {
    @Test(arguments: [
        ("Müller Kälte GmbH", ["muller", "kalte", "gmbh"]),
        ("Tomás Herrera", ["tomas", "herrera"]),
        ("Société Portuaire de l'Estuaire", ["societe", "portuaire", "de", "l", "estuaire"]),
        // A combining accent written after its letter, as some systems store names.
        ("Cafe\u{301} Ole\u{301}", ["cafe", "ole"]),
        ("Straße", ["strasse"]),
        ("STRASSE", ["strasse"]),
        ("Ørsted Æble Œuvre", ["orsted", "aeble", "oeuvre"]),
        ("Łódź", ["lodz"]),
        ("İstanbul", ["istanbul"]),
        // The final sigma is the sigma, whichever form the lower case gives.
        ("ΟΔΟΣ", ["οδοσ"]),
        ("οδος", ["οδοσ"]),
        // Compatibility forms: a ligature, full-width letters, a superscript digit.
        ("ﬁne ＡＢＣ x²", ["fine", "abc", "x2"]),
        (
            "Q4 review: on-time pickups, renewal-2027.",
            ["q4", "review", "on", "time", "pickups", "renewal", "2027"]
        ),
        ("🚚 fleet\u{200D}tracker", ["fleet", "tracker"]),
        // Other scripts fold the same way: the breve of й goes as an accent does.
        ("東京 Лейпциг", ["東京", "леипциг"]),
        ("", []),
        (" -- ", []),
    ])
    func foldsCaseAndAccentsIntoWords(text: String, words: [String]) {
        #expect(SearchText.words(text) == words)
    }

    @Test func asciiTextIsFoldedAsTheUnicodeStepsFoldIt() {
        // Every ASCII character, once on the fast path and once beside a letter that
        // sends the text down the Unicode path.
        let ascii = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        let slow = SearchText.words(ascii + " é")
        #expect(SearchText.words(ascii) + ["e"] == slow)
        #expect(
            SearchText.words(ascii).joined()
                == "0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
    }

    @Test func foldJoinsTheWords() {
        #expect(SearchText.fold("  Müller,  Kälte ") == "muller kalte")
    }
}
