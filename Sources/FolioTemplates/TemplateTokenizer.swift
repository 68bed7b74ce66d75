import FolioFormats

/// Splits a template into text, line endings and tags, following set-delimiter tags.
///
/// Malformed tags (never closed, empty, with an invalid name) are reported and left out, so
/// that one mistake yields one message and the rest of the template is still checked.
struct TemplateTokenizer {
    private let source: TemplateSource
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private(set) var tokens: [TemplateToken] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The line, byte offset and column of the last tag located.
    private var lastLocation: (line: Int, offset: Int, column: Int)?

    init(_ source: TemplateSource) {
        self.source = source
        self.bytes = source.bytes
        var starts = [0]
        for (offset, byte) in source.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// Tokenizes the whole template.
    mutating func run() {
        var delimiters = TemplateDelimiters.standard
        var index = 0
        var textStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                let newlineStart =
                    index > textStart && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                appendText(textStart..<newlineStart)
                tokens.append(TemplateToken(kind: .newline, range: newlineStart..<(index + 1)))
                index += 1
                textStart = index
            } else if byte == delimiters.open[0], matches(delimiters.open, at: index) {
                switch readTag(at: index, delimiters: &delimiters) {
                case .tag(let token):
                    appendText(textStart..<index)
                    tokens.append(token)
                    index = token.range.upperBound
                    textStart = index
                case .skip(let end):
                    appendText(textStart..<index)
                    index = end
                    textStart = end
                case .text(let resume):
                    index = resume
                case .endOfTemplate:
                    appendText(textStart..<index)
                    return
                }
            } else {
                index += 1
            }
        }
        appendText(textStart..<bytes.count)
    }

    private enum TagResult {
        /// A well-formed tag.
        case tag(TemplateToken)
        /// A malformed tag that was reported; scanning goes on at this offset.
        case skip(Int)
        /// Not a tag after all (reported); the delimiter stays text and scanning goes on here.
        case text(Int)
        /// A comment that never ends: nothing after it is a template any more.
        case endOfTemplate
    }

    private mutating func readTag(at start: Int, delimiters: inout TemplateDelimiters)
        -> TagResult
    {
        let location = self.location(ofByte: start)
        let afterOpen = start + delimiters.open.count
        let sigil = afterOpen < bytes.count ? bytes[afterOpen] : 0
        var kind = TemplateToken.TagKind.variable
        var contentStart = afterOpen + 1
        var closing = delimiters.close
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .unescapedVariable
            closing = [UInt8(ascii: "}")] + delimiters.close
        case UInt8(ascii: "&"): kind = .unescapedVariable
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .setDelimiters
        default: contentStart = afterOpen
        }

        if kind == .comment {
            guard let end = find(delimiters.close, from: contentStart, withinLine: false) else {
                report(
                    "comment opened here is never closed; end it with "
                        + "'\(String(decoding: delimiters.close, as: UTF8.self))'",
                    at: location)
                return .endOfTemplate
            }
            return .tag(
                TemplateToken(
                    kind: .tag(.comment), range: start..<(end + delimiters.close.count),
                    delimiters: delimiters, location: location))
        }

        if kind == .setDelimiters {
            return readSetDelimiters(
                at: start, contentStart: contentStart, location: location, delimiters: &delimiters)
        }

        guard let end = find(closing, from: contentStart, withinLine: true),
            find(delimiters.open, from: contentStart, in: contentStart..<end) == nil
        else {
            let open = String(decoding: delimiters.open, as: UTF8.self)
            report(
                "tag '\(unclosedTag(at: start, delimiters: delimiters))' is not closed on its "
                    + "line; close it with "
                    + "'\(String(decoding: closing, as: UTF8.self))', or if '\(open)' is meant "
                    + "as text, change the delimiters first (for example {{=<% %>=}})",
                at: location)
            return .text(afterOpen)
        }
        let tagEnd = end + closing.count
        let name = Self.trimmed(bytes[contentStart..<end])
        let written = String(decoding: bytes[start..<tagEnd], as: UTF8.self)
        if let problem = Self.problem(withName: name, kind: kind, written: written) {
            report(problem, at: location)
            return .skip(tagEnd)
        }
        return .tag(
            TemplateToken(
                kind: .tag(kind), range: start..<tagEnd, name: name, delimiters: delimiters,
                location: location))
    }

    private mutating func readSetDelimiters(
        at start: Int, contentStart: Int, location: SourceLocation,
        delimiters: inout TemplateDelimiters
    ) -> TagResult {
        let example = "{{=<% %>=}}"
        guard let end = find(delimiters.close, from: contentStart, withinLine: true) else {
            report(
                "set-delimiter tag '\(unclosedTag(at: start, delimiters: delimiters))' is not "
                    + "closed on its line; write it as in \(example)",
                at: location)
            return .text(contentStart)
        }
        let tagEnd = end + delimiters.close.count
        let written = String(decoding: bytes[start..<tagEnd], as: UTF8.self)
        guard end > contentStart, bytes[end - 1] == UInt8(ascii: "=") else {
            report(
                "set-delimiter tag '\(written)' must end with '=' before its closing "
                    + "delimiter, as in \(example)",
                at: location)
            return .skip(tagEnd)
        }
        let parts = bytes[contentStart..<(end - 1)]
            .split(whereSeparator: { Self.isWhitespace($0) })
            .map { Array($0) }
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            report(
                "set-delimiter tag '\(written)' must hold exactly two delimiters without '=' in "
                    + "them, separated by a space, as in \(example)",
                at: location)
            return .skip(tagEnd)
        }
        let token = TemplateToken(
            kind: .tag(.setDelimiters), range: start..<tagEnd, delimiters: delimiters,
            location: location)
        delimiters = TemplateDelimiters(open: parts[0], close: parts[1])
        return .tag(token)
    }

    /// Why `name` cannot be the name of a tag of `kind`, or `nil` when it can.
    private static func problem(
        withName name: String, kind: TemplateToken.TagKind, written: String
    ) -> String? {
        if name.isEmpty {
            let example =
                switch kind {
                case .partial: "{{> partials/nav}}"
                case .parent: "{{< layout}}"
                case .block: "{{$ main}}"
                case .section: "{{#clients}}"
                case .invertedSection: "{{^clients}}"
                case .close: "{{/clients}}"
                default: "{{title}}"
                }
            return "tag '\(written)' has no name; write the name inside it, as in \(example)"
        }
        if name.utf8.contains(where: { isWhitespace($0) }) {
            return "tag '\(written)' has a name with a space in it; a name is one word, such "
                + "as 'first_name' (dots reach into maps, as in 'account.name')"
        }
        switch kind {
        case .variable, .unescapedVariable, .section, .invertedSection, .close:
            if name != ".",
                name.split(separator: ".", omittingEmptySubsequences: false)
                    .contains(where: \.isEmpty)
            {
                return "tag '\(written)' has a name with an empty part between dots; write "
                    + "dotted names as in 'account.name'"
            }
        default: break
        }
        return nil
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = tokens.last, last.kind == .text, last.range.upperBound == range.lowerBound {
            tokens[tokens.count - 1].range = last.range.lowerBound..<range.upperBound
        } else {
            tokens.append(TemplateToken(kind: .text, range: range))
        }
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (index, byte) in pattern.enumerated() where bytes[offset + index] != byte {
            return false
        }
        return true
    }

    /// The offset of the first `pattern` from `start`, stopping at the line's end if asked.
    private func find(_ pattern: [UInt8], from start: Int, withinLine: Bool) -> Int? {
        var offset = start
        while offset + pattern.count <= bytes.count {
            if withinLine, bytes[offset] == UInt8(ascii: "\n") { return nil }
            if bytes[offset] == pattern[0], matches(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// The offset of the first `pattern` that lies wholly inside `range`.
    private func find(_ pattern: [UInt8], from start: Int, in range: Range<Int>) -> Int? {
        var offset = start
        while offset + pattern.count <= range.upperBound {
            if matches(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// How an unclosed tag starts: up to the line's end or the next opening delimiter, and
    /// at most 40 characters.
    private func unclosedTag(at start: Int, delimiters: TemplateDelimiters) -> String {
        var end = start + delimiters.open.count
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r"),
            !matches(delimiters.open, at: end)
        {
            end += 1
        }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    private mutating func location(ofByte offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        // Tags come in order, so count on from the previous tag when it is on the same line:
        // a long minified line then costs one pass, not one pass per tag.
        var from = lineStarts[low]
        var column = 1
        if let last = lastLocation, last.line == low + 1, last.offset <= offset {
            from = last.offset
            column = last.column
        }
        let prefix = bytes[from..<offset]
        column +=
            prefix.allSatisfy { $0 < 0x80 }
            ? prefix.count : String(decoding: prefix, as: UTF8.self).count
        lastLocation = (low + 1, offset, column)
        return SourceLocation(file: source.path, line: low + 1, column: column)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    private static func trimmed(_ content: ArraySlice<UInt8>) -> String {
        var slice = content
        while let first = slice.first, isWhitespace(first) { slice.removeFirst() }
        while let last = slice.last, isWhitespace(last) { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
