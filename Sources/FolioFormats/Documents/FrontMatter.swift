/// Finds the YAML front matter at the top of a Markdown file: a first line `---`, the YAML,
/// and a closing line `---` or `...`, each fence allowing trailing spaces.
package enum FrontMatter {
    /// The pieces of a file, with the file lines they start on.
    package struct Parts {
        /// The YAML between the fences, or `nil` when the file has no front matter.
        var yaml: Substring?
        /// The line of the file where the YAML starts.
        var yamlLine: Int
        /// Everything after the closing fence (or the whole file).
        package var body: Substring
        /// The line of the file where the body starts.
        var bodyLine: Int
    }

    /// Splits `text` (with LF line endings) into front matter and body.
    package static func split(_ text: String, path: String) throws(Diagnostic) -> Parts {
        // Lines are found in the UTF-8 bytes: a line feed is one byte, so its offset is also
        // a valid place in the text, and no grapheme breaking is needed. They are looked for
        // in the span of the bytes rather than by stepping the UTF-8 view's indices, each
        // step of which is checked.
        let layout = Self.layout(of: text.utf8Span.span)
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index {
            utf8.index(utf8.startIndex, offsetBy: offset)
        }
        switch layout {
        case .plain(let start):
            return Parts(yaml: nil, yamlLine: 1, body: text[index(start)...], bodyLine: 1)
        case .unclosed:
            throw unclosed(path)
        case .frontMatter(let yamlStart, let yamlEnd, let bodyStart, let bodyLine):
            return Parts(
                yaml: text[index(yamlStart)..<index(yamlEnd)], yamlLine: 2,
                body: text[index(bodyStart)...], bodyLine: bodyLine)
        }
    }

    /// Where the parts of a file lie, as offsets in its UTF-8 bytes.
    private enum Layout {
        /// No front matter: the body starts at `start` (after a byte order mark, if any).
        case plain(start: Int)
        /// A first fence with no closing one.
        case unclosed
        /// The YAML from `yamlStart` to `yamlEnd`, and the body from `bodyStart`, which is
        /// on line `bodyLine`.
        case frontMatter(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyLine: Int)
    }

    private static func layout(of bytes: Span<UInt8>) -> Layout {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let firstEnd = lineEnd(bytes, from: start)
        guard isFence(bytes.extracting(start..<firstEnd), closing: false) else {
            return .plain(start: start)
        }
        guard firstEnd < bytes.count else { return .unclosed }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.count {
            let end = lineEnd(bytes, from: lineStart)
            if isFence(bytes.extracting(lineStart..<end), closing: true) {
                return .frontMatter(
                    yamlStart: yamlStart, yamlEnd: lineStart,
                    bodyStart: end < bytes.count ? end + 1 : end, bodyLine: line + 1)
            }
            guard end < bytes.count else { break }
            lineStart = end + 1
            line += 1
        }
        return .unclosed
    }

    /// The offset of the line feed that ends the line starting at `start`, or the end.
    private static func lineEnd(_ bytes: Span<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// Whether `line` is `---` (or, closing, `...`) followed only by spaces or tabs.
    private static func isFence(_ line: Span<UInt8>, closing: Bool) -> Bool {
        // A CR is trimmed too, for text that did not come through `SourceText`.
        var end = line.count
        while end > 0,
            line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t")
                || line[end - 1] == UInt8(ascii: "\r")
        {
            end -= 1
        }
        guard end == 3 else { return false }
        let mark = line[0]
        return (mark == UInt8(ascii: "-") || (closing && mark == UInt8(ascii: ".")))
            && line[1] == mark && line[2] == mark
    }

    private static func unclosed(_ path: String) -> Diagnostic {
        .error(
            "front matter opened on line 1 is never closed; add a line with --- after the last "
                + "field",
            at: SourceLocation(file: path, line: 1, column: 1))
    }
}
