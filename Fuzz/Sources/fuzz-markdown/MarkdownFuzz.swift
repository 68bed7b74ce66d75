import FolioMarkdown
import FuzzHarness

/// The fuzz target: the input is a Markdown body's bytes.
///
/// Besides not crashing, in safe mode no raw HTML, `javascript:`, `vbscript:` or `file:`
/// address, or empty image source, reaches the HTML; each heading's id is unique, made only
/// of letters, marks, digits, `_` and `-`, and set on one element (in safe mode, where raw
/// HTML cannot add another); and the plain text has no runs of whitespace and none at either
/// end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // Folio hands the wrapper Swift strings, which are valid UTF-8; malformed input is
    // repaired on the way in, as String(decoding:) does.
    let source = String(decoding: bytes(data, size), as: UTF8.self)
    for allowsRawHTML in [false, true] {
        let rendered = Markdown.render(
            source, options: MarkdownOptions(allowsRawHTML: allowsRawHTML))
        checkUTF8(rendered.html)
        checkHeadings(rendered, safe: !allowsRawHTML)
        if !allowsRawHTML { checkSafe(rendered.html) }
    }
    checkPlainText(Markdown.plainText(source))
    return 0
}

/// The string's bytes are valid UTF-8 without a NUL: cmark's output was read up to its end.
private func checkUTF8(_ html: String) {
    var copy = html
    let valid = copy.withUTF8 { String(validating: $0, as: UTF8.self) != nil }
    guard valid, !html.utf8.contains(0) else { fatalError("the HTML is not clean UTF-8") }
}

private func checkHeadings(_ rendered: RenderedMarkdown, safe: Bool) {
    let ids = rendered.headings.map(\.id)
    guard Set(ids).count == ids.count else { fatalError("repeated heading ids: \(ids)") }
    for heading in rendered.headings {
        let allowed = heading.id.unicodeScalars.allSatisfy { scalar in
            if scalar.isASCII {
                return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "_" || scalar == "-"
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
        guard allowed, !heading.id.isEmpty, !heading.id.hasPrefix("-"), !heading.id.hasSuffix("-")
        else { fatalError("heading id '\(heading.id)' has characters a URL fragment escapes") }
        let tag = "<h\(heading.level) id=\"\(heading.id)\">"
        // Compared as bytes: as characters, a heading text that starts with a combining
        // mark would join the tag's closing '>' and hide the tag.
        guard !safe || rendered.html.utf8.ranges(of: tag.utf8).count == 1 else {
            fatalError("the tag \(tag) is not in the HTML exactly once")
        }
    }
}

/// In safe mode raw HTML is omitted, and a link or image with a dangerous address, or an
/// image without one, is shown as text: no element has such an address or an empty `src`.
private func checkSafe(_ html: String) {
    let lowered = html.lowercased()
    for bad in [
        "<script", "<iframe", "href=\"javascript:", "src=\"javascript:", "href=\"vbscript:",
        "src=\"vbscript:", "href=\"file:", "src=\"file:", "src=\"\"",
    ] {
        guard !lowered.contains(bad) else { fatalError("safe mode let '\(bad)' through") }
    }
}

private func checkPlainText(_ text: String) {
    guard !text.hasPrefix(" "), !text.hasSuffix(" "), !text.contains("  "),
        !text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" })
    else { fatalError("the plain text has stray whitespace: '\(text)'") }
}

@main
enum FuzzMarkdownTarget {
    static func main() {
        runFuzzer { data, size in fuzzMarkdown(data, size) }
    }
}
