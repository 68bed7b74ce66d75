/// Reads the plain block YAML that front matter is nearly always written in, without Yams,
/// or declines.
///
/// Yams builds an event stream and a node tree before Folio converts it, which costs many
/// times as much as rendering the brief's Markdown. This reader handles the common
/// shapes directly: block mappings with simple keys, block sequences (also of mappings),
/// plain, single- and double-quoted scalars on one line, and one-line flow sequences of
/// scalars. It gives exactly the `DataNode`s, with the same locations, that the full reader
/// gives; anything else (flow mappings, block scalars, anchors, tags, comments after values,
/// multi-line scalars, escapes other than `\"` and `\\`, empty values, repeated keys, tabs,
/// unusual line breaks) makes it return `nil`, and the full reader takes over, with its
/// error messages for text that is not valid.
struct YAMLFastPath {
    /// One line of the text, as byte offsets.
    private struct Line {
        var start: Int
        var end: Int
        /// Spaces before the first other byte.
        var indent: Int
    }

    /// Why the fast path stops: the full reader must read this text.
    private struct Decline: Error {}

    private let text: String
    private let bytes: [UInt8]
    private let file: String
    private let firstLine: Int
    /// The lines that hold something other than spaces or a comment.
    private var lines: [Line] = []
    /// Each content line's number in the text, from 1.
    private var lineNumbers: [Int] = []
    private var depth = 0

    /// The document's root, or `nil` when the text is outside the subset this reader
    /// handles.
    static func read(_ text: String, file: String, firstLine: Int) -> DataNode? {
        var reader = YAMLFastPath(text: text, file: file, firstLine: firstLine)
        return try? reader.document()
    }

    private init(text: String, file: String, firstLine: Int) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.file = file
        self.firstLine = firstLine
    }

    private mutating func document() throws(Decline) -> DataNode {
        try splitLines()
        guard !lines.isEmpty else {
            return DataNode(.null, at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        let (root, next) = try node(at: 0)
        guard next == lines.count else { throw Decline() }
        return root
    }

    // MARK: Lines

    private mutating func splitLines() throws(Decline) {
        guard let (lines, numbers) = Self.lines(of: bytes.span) else { throw Decline() }
        self.lines = lines
        self.lineNumbers = numbers
    }

    /// The content lines of `bytes`, with their numbers; `nil` when a line holds what only
    /// the full reader reads.
    private static func lines(of bytes: Span<UInt8>) -> (lines: [Line], numbers: [Int])? {
        var lines: [Line] = []
        var lineNumbers: [Int] = []
        var start = 0
        var number = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var indent = 0
            while start + indent < end, bytes[start + indent] == UInt8(ascii: " ") {
                indent += 1
            }
            let first = start + indent < end ? bytes[start + indent] : nil
            if let first, first != UInt8(ascii: "#") {
                lines.append(Line(start: start, end: end, indent: indent))
                lineNumbers.append(number)
            }
            // Tabs, control characters and breaks other than LF are YAML's harder cases.
            for offset in start..<end {
                let byte = bytes[offset]
                if byte >= 0x20, byte < 0x7F { continue }
                if byte < 0x20 || byte == 0x7F { return nil }
                if byte == 0xC2, offset + 1 < end, bytes[offset + 1] == 0x85 { return nil }
                if byte == 0xE2, offset + 2 < end, bytes[offset + 1] == 0x80,
                    bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
                {
                    return nil
                }
                if byte == 0xEF, offset + 2 < end, bytes[offset + 1] == 0xBB,
                    bytes[offset + 2] == 0xBF
                {
                    return nil
                }
            }
            // Document markers (`---`, `...`) at the start of a line.
            if indent == 0, end - start >= 3,
                bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "."),
                bytes[start + 1] == bytes[start], bytes[start + 2] == bytes[start]
            {
                return nil
            }
            start = end + 1
            number += 1
        }
        return (lines, lineNumbers)
    }

    // MARK: Structure

    /// The block node whose first line is content line `index`, and the index after it.
    private mutating func node(at index: Int) throws(Decline) -> (DataNode, Int) {
        let line = lines[index]
        let start = line.start + line.indent
        if isSequenceEntry(at: start, end: line.end) {
            return try sequence(at: index, indent: line.indent)
        }
        if keyEnd(at: start, end: line.end) != nil {
            return try mapping(at: index, indent: line.indent, firstKey: start)
        }
        throw Decline()
    }

    /// Whether a `-` entry starts at `offset`.
    private func isSequenceEntry(at offset: Int, end: Int) -> Bool {
        bytes[offset] == UInt8(ascii: "-")
            && (offset + 1 == end || bytes[offset + 1] == UInt8(ascii: " "))
    }

    /// Where a simple key starting at `offset` ends (at its colon), or `nil`.
    ///
    /// A simple key is ASCII letters, digits, `_`, `-` and `.`, starting with a letter, digit
    /// or `_`, followed by a colon and then a space or the end of the line.
    private func keyEnd(at offset: Int, end: Int) -> Int? {
        var position = offset
        while position < end {
            let byte = bytes[position]
            let isLetterOrDigit =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
            if isLetterOrDigit || (position > offset && (byte == 0x2D || byte == 0x2E)) {
                position += 1
                continue
            }
            break
        }
        guard position > offset, position < end, bytes[position] == UInt8(ascii: ":"),
            position + 1 == end || bytes[position + 1] == UInt8(ascii: " ")
        else { return nil }
        return position
    }

    private mutating func enter() throws(Decline) {
        depth += 1
        if depth > YAMLComposer.maximumDepth { throw Decline() }
    }

    /// A block mapping whose keys sit at `indent`; the first key may start mid-line, after
    /// a sequence entry's `- `.
    private mutating func mapping(at first: Int, indent: Int, firstKey: Int) throws(Decline)
        -> (DataNode, Int)
    {
        try enter()
        defer { depth -= 1 }
        var entries: [DataEntry] = []
        // Repeated keys are found by comparing with the entries so far; a set of the keys,
        // which hashes every key, is only made for a long mapping, where comparing with each
        // entry would cost more.
        var keys: Set<String>?
        var index = first
        var keyStart = firstKey
        while true {
            let line = lines[index]
            guard let colon = keyEnd(at: keyStart, end: line.end) else { throw Decline() }
            let key = String(decoding: bytes[keyStart..<colon], as: UTF8.self)
            if entries.count < 16 {
                guard !entries.contains(where: { $0.key == key }) else { throw Decline() }
            } else {
                if keys == nil { keys = Set(entries.lazy.map(\.key)) }
                guard keys?.insert(key).inserted == true else { throw Decline() }
            }
            let keyLocation = location(line: index, offset: keyStart)
            let valueStart = skipSpaces(from: colon + 1, end: line.end)
            let value: DataNode
            if valueStart == line.end {
                // The value is the block on the lines below: more indented, or a sequence at
                // the key's own indentation.
                guard index + 1 < lines.count else { throw Decline() }
                let below = lines[index + 1]
                if below.indent > indent {
                    (value, index) = try node(at: index + 1)
                } else if below.indent == indent,
                    isSequenceEntry(at: below.start + below.indent, end: below.end)
                {
                    (value, index) = try sequence(at: index + 1, indent: indent)
                } else {
                    throw Decline()
                }
            } else {
                value = try inline(line: index, from: valueStart)
                index += 1
                // A more indented line after an inline value would continue it.
                if index < lines.count, lines[index].indent > indent { throw Decline() }
            }
            entries.append(DataEntry(key: key, keyLocation: keyLocation, value: value))
            guard index < lines.count else { break }
            let next = lines[index]
            if next.indent < indent { break }
            guard next.indent == indent else { throw Decline() }
            keyStart = next.start + next.indent
            if isSequenceEntry(at: keyStart, end: next.end) { break }
        }
        return (DataNode(.map(entries), at: location(line: first, offset: firstKey)), index)
    }

    /// A block sequence whose `-` entries sit at `indent`.
    private mutating func sequence(at first: Int, indent: Int) throws(Decline) -> (DataNode, Int) {
        try enter()
        defer { depth -= 1 }
        var items: [DataNode] = []
        var index = first
        while index < lines.count {
            let line = lines[index]
            let dash = line.start + line.indent
            guard line.indent == indent, isSequenceEntry(at: dash, end: line.end) else { break }
            let itemStart = skipSpaces(from: dash + 1, end: line.end)
            if itemStart == line.end {
                guard index + 1 < lines.count, lines[index + 1].indent > indent else {
                    throw Decline()
                }
                let item: DataNode
                (item, index) = try node(at: index + 1)
                items.append(item)
            } else if keyEnd(at: itemStart, end: line.end) != nil {
                let item: DataNode
                (item, index) = try mapping(
                    at: index, indent: itemStart - line.start, firstKey: itemStart)
                items.append(item)
            } else if isSequenceEntry(at: itemStart, end: line.end) {
                throw Decline()
            } else {
                items.append(try inline(line: index, from: itemStart))
                index += 1
                if index < lines.count, lines[index].indent > indent { throw Decline() }
            }
            if index < lines.count, lines[index].indent > indent { throw Decline() }
        }
        let line = lines[first]
        return (
            DataNode(.list(items), at: location(line: first, offset: line.start + indent)), index
        )
    }

    // MARK: Values on one line

    /// The value from `start` to the end of content line `line`.
    private mutating func inline(line: Int, from start: Int) throws(Decline) -> DataNode {
        var end = lines[line].end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let location = location(line: line, offset: start)
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let (text, after) = try quoted(from: start, end: end)
            guard after == end else { throw Decline() }
            return DataNode(.scalar(text), at: location)
        case UInt8(ascii: "["):
            try enter()
            defer { depth -= 1 }
            return try flowSequence(line: line, from: start, end: end)
        default:
            let text = try plain(from: start, end: end, inFlow: false)
            return DataNode(Self.isNull(text) ? .null : .scalar(text), at: location)
        }
    }

    /// A quoted scalar starting at `start`: its text and the offset after its closing quote.
    private func quoted(from start: Int, end: Int) throws(Decline) -> (String, Int) {
        let quote = bytes[start]
        // Most quoted scalars hold no escape and no doubled quote: their text is then the
        // bytes between the quotes, taken whole rather than a byte at a time.
        var scan = start + 1
        while scan < end {
            let byte = bytes[scan]
            if byte == quote {
                if quote == UInt8(ascii: "'"), scan + 1 < end, bytes[scan + 1] == quote { break }
                return (String(decoding: bytes[start + 1..<scan], as: UTF8.self), scan + 1)
            }
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { break }
            scan += 1
        }
        var result: [UInt8] = []
        var position = start + 1
        while position < end {
            let byte = bytes[position]
            if byte == quote {
                if quote == UInt8(ascii: "'"), position + 1 < end,
                    bytes[position + 1] == UInt8(ascii: "'")
                {
                    result.append(byte)
                    position += 2
                    continue
                }
                return (String(decoding: result, as: UTF8.self), position + 1)
            }
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                guard position + 1 < end else { throw Decline() }
                let escaped = bytes[position + 1]
                guard escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") else {
                    throw Decline()
                }
                result.append(escaped)
                position += 2
                continue
            }
            result.append(byte)
            position += 1
        }
        throw Decline()
    }

    /// A plain scalar from `start` to `end` (already without trailing spaces).
    private func plain(from start: Int, end: Int, inFlow: Bool) throws(Decline) -> String {
        guard start < end else { throw Decline() }
        let first = bytes[start]
        if Self.isIndicator(first) {
            // "-5" and "-x" are plain scalars; a lone "-" is not.
            guard first == UInt8(ascii: "-"), start + 1 < end,
                !Self.isSpaceOrFlowIndicator(bytes[start + 1])
            else { throw Decline() }
        }
        guard bytes[end - 1] != UInt8(ascii: ":") else { throw Decline() }
        for position in start..<end {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") {
                let next = bytes[position + 1]
                // " #" starts a comment.
                if next == UInt8(ascii: "#") { throw Decline() }
            } else if byte == UInt8(ascii: ":") {
                // ": " ends a key.
                if bytes[position + 1] == UInt8(ascii: " ") { throw Decline() }
                if inFlow { throw Decline() }
            } else if inFlow, Self.isSpaceOrFlowIndicator(byte) {
                throw Decline()
            }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A flow sequence of scalars that opens at `start` and closes at `end - 1`.
    private mutating func flowSequence(line: Int, from start: Int, end: Int) throws(Decline)
        -> DataNode
    {
        guard bytes[end - 1] == UInt8(ascii: "]") else { throw Decline() }
        var items: [DataNode] = []
        var position = skipSpaces(from: start + 1, end: end)
        if position == end - 1 {
            return DataNode(.list([]), at: location(line: line, offset: start))
        }
        while true {
            let itemLocation = location(line: line, offset: position)
            var itemEnd: Int
            let text: String
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                (text, itemEnd) = try quoted(from: position, end: end - 1)
                items.append(DataNode(.scalar(text), at: itemLocation))
            } else {
                itemEnd = position
                while itemEnd < end - 1, bytes[itemEnd] != UInt8(ascii: ",") { itemEnd += 1 }
                var textEnd = itemEnd
                while textEnd > position, bytes[textEnd - 1] == UInt8(ascii: " ") { textEnd -= 1 }
                text = try plain(from: position, end: textEnd, inFlow: true)
                items.append(DataNode(Self.isNull(text) ? .null : .scalar(text), at: itemLocation))
            }
            itemEnd = skipSpaces(from: itemEnd, end: end)
            if itemEnd == end - 1 { break }
            guard bytes[itemEnd] == UInt8(ascii: ",") else { throw Decline() }
            position = skipSpaces(from: itemEnd + 1, end: end)
            // No trailing comma, no empty item.
            guard position < end - 1, bytes[position] != UInt8(ascii: ",") else {
                throw Decline()
            }
        }
        return DataNode(.list(items), at: location(line: line, offset: start))
    }

    // MARK: Positions

    private func skipSpaces(from start: Int, end: Int) -> Int {
        var position = start
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position
    }

    /// The place of byte `offset` on content line `line`, its column counted in characters
    /// as every location is.
    private func location(line: Int, offset: Int) -> SourceLocation {
        let start = lines[line].start
        var column = offset - start + 1
        if bytes[start..<offset].contains(where: { $0 >= 0x80 }) {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let to = utf8.index(utf8.startIndex, offsetBy: offset)
            column = text[from..<to].count + 1
        }
        return SourceLocation(
            file: file, line: lineNumbers[line] + firstLine - 1, column: column)
    }

    /// Whether `byte` is one of ``-?:,[]{}#&*!|>'"%@` ``, which start something other than a
    /// plain scalar or need YAML's care.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default: false
        }
    }

    private static func isSpaceOrFlowIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"):
            true
        default: false
        }
    }

    /// The plain scalars that mean "no value", as the full reader reads them.
    private static func isNull(_ text: String) -> Bool {
        switch text {
        case "~", "null", "Null", "NULL": true
        default: false
        }
    }
}
