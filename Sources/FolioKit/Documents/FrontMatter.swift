/// Finds the YAML front matter at the top of a Markdown file: a first line `---`, the YAML,
/// and a closing line `---` or `...`, each fence allowing trailing spaces.
enum FrontMatter {
    /// The pieces of a file, with the file lines they start on.
    struct Parts {
        /// The YAML between the fences, or `nil` when the file has no front matter.
        var yaml: Substring?
        /// The line of the file where the YAML starts.
        var yamlLine: Int
        /// Everything after the closing fence (or the whole file).
        var body: Substring
        /// The line of the file where the body starts.
        var bodyLine: Int
    }

    /// Splits `text` (with LF line endings) into front matter and body.
    static func split(_ text: String, path: String) throws(Diagnostic) -> Parts {
        // Lines are found in the UTF-8 view: a line feed is one byte, so its index is also a
        // valid index of the text, and no grapheme breaking is needed.
        let utf8 = text.utf8
        var start = utf8.startIndex
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { start = utf8.index(start, offsetBy: 3) }
        let firstEnd = lineEnd(utf8, from: start)
        guard isFence(utf8[start..<firstEnd], closing: false) else {
            return Parts(yaml: nil, yamlLine: 1, body: text[start...], bodyLine: 1)
        }
        guard firstEnd < utf8.endIndex else { throw unclosed(path) }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex {
            let end = lineEnd(utf8, from: lineStart)
            if isFence(utf8[lineStart..<end], closing: true) {
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return Parts(
                    yaml: text[yamlStart..<lineStart], yamlLine: 2, body: text[bodyStart...],
                    bodyLine: line + 1)
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
            line += 1
        }
        throw unclosed(path)
    }

    /// The index of the line feed that ends the line starting at `start`, or the end.
    private static func lineEnd(_ utf8: String.UTF8View, from start: String.Index)
        -> String.Index
    {
        utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
    }

    /// Whether `line` is `---` (or, closing, `...`) followed only by spaces or tabs.
    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        // A CR is trimmed too, for text that did not come through `SourceText`.
        var bytes = line[...]
        while let last = bytes.last,
            last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r")
        {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }

    private static func unclosed(_ path: String) -> Diagnostic {
        .error(
            "front matter opened on line 1 is never closed; add a line with --- after the last "
                + "field",
            at: SourceLocation(file: path, line: 1, column: 1))
    }
}
