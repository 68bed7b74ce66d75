import Foundation

/// Gives the headings of one document readable ids that are unique within it.
///
/// A slug keeps the letters, marks and digits of any script, lower-cased, and `_`; spaces
/// and hyphens become single hyphens; all other punctuation and symbols are dropped. This is
/// GitHub's rule, except that runs of separators collapse to one hyphen and none is left at
/// either end, so `Risks & mitigations` gives `risks-mitigations` rather than
/// `risks--mitigations`. A repeated slug gets `-1`, `-2`, ... in document order, and a
/// heading with no such characters is a `section`.
struct HeadingSlugger {
    /// The slug given to a heading whose text has no letters or digits.
    static let emptySlug = "section"

    /// Every id handed out so far, and those the page holds already.
    private var taken: Set<String>
    /// The next suffix to try per base slug, so many equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]

    /// A slugger for a document shown on a page that holds the ids `taken` already, which
    /// it never hands out: a heading whose slug is one of them is numbered on (`main-1`).
    init(taken: Set<String> = []) {
        self.taken = taken
    }

    /// The id for the next heading with this plain text.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var suffix = nextSuffix[base, default: 1]
        // A suffixed slug can collide with a heading's own text ("A", "A-1", "A"), so keep
        // counting until the candidate is free.
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        taken.insert(candidate)
        return candidate
    }

    /// The base slug of a heading's plain text, before it is made unique.
    static func slug(_ text: String) -> String {
        // Normalized first, so that the same heading typed with precomposed or combining
        // characters gets the same bytes in its URL. ASCII is normalized already, so it
        // skips Foundation's normalization, which costs as much as the rest of the slug.
        var lowered = text.lowercased()
        if !lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            lowered = lowered.precomposedStringWithCanonicalMapping
        }
        var slug = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in lowered.unicodeScalars {
            if keeps(scalar) {
                if pendingSeparator, !slug.isEmpty {
                    slug.append("-")
                }
                pendingSeparator = false
                slug.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar.properties.isWhitespace {
                pendingSeparator = true
            }
        }
        return slug.isEmpty ? emptySlug : String(slug)
    }

    /// Whether a slug keeps this character: a letter, mark or digit of any script, or `_`.
    ///
    /// None of these needs escaping in an HTML attribute.
    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // Most headings are ASCII, which needs no Unicode table.
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "_"
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
            .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
