import Foundation

/// How search reads text: in words, folded so that case and accents do not matter
/// (`Müller` is `muller`, `Société` is `societe`, `STRASSE` and `Straße` are `strasse`).
///
/// The search page's script folds what a reader types the same way (`foldedWords` in
/// `assets/folio.js`), so both sides must keep to these steps:
/// 1. lower case (Unicode's default mapping, no locale);
/// 2. compatibility decomposition (NFKD): `é` becomes `e` and a combining accent, `ﬁ`
///    becomes `fi`, a full-width `Ａ` becomes `A`;
/// 3. every combining mark (general categories Mn, Mc, Me) is dropped;
/// 4. the letters of ``replacements``, which no decomposition splits, are spelled out;
/// 5. a word is a run of letters and digits (general categories L and N); everything else
///    separates words.
enum SearchText {
    /// Letters without a decomposition that readers type without their stroke or ligature,
    /// and the final sigma, which JavaScript's lower case writes at a word's end.
    static let replacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ς": "σ",
    ]

    /// The folded words of `text`, in order, repeats included.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// `text` folded, its words joined by single spaces.
    static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Calls `body` with each folded word of `text`, in order.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            forEachASCIIWord(in: text, body)
            return
        }
        var word = String.UnicodeScalarView()
        func end() {
            if !word.isEmpty {
                body(String(word))
                word = String.UnicodeScalarView()
            }
        }
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
                if let replacement = replacements[scalar] {
                    word.append(contentsOf: replacement.unicodeScalars)
                } else {
                    word.append(scalar)
                }
            default:
                end()
            }
        }
        end()
    }

    /// The words of ASCII text: runs of letters and digits, lower-cased byte by byte, which
    /// is what the steps give for ASCII and the common case of a portfolio's text.
    private static func forEachASCIIWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            default:
                if !word.isEmpty {
                    body(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { body(String(decoding: word, as: UTF8.self)) }
    }
}
