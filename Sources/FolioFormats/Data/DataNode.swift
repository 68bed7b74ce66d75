/// A value read from front matter or a data file, with the place it was written.
///
/// YAML front matter, CSV cells, JSON and YAML data all arrive as this one shape: scalars
/// keep the text as written (no YAML 1.1 guessing, `no` stays the word "no"), and the
/// portfolio layer types each field from the content contract with the accessors below,
/// whose errors name the field, the place and the form that was expected.
public struct DataNode: Hashable, Sendable {
    /// What a node holds.
    public enum Content: Hashable, Sendable {
        /// An empty value: an empty CSV cell, YAML `~`, `null` or nothing, JSON `null`.
        case null
        /// A scalar, as written (without quotes).
        case scalar(String)
        /// A sequence.
        case list([DataNode])
        /// A mapping, in the order written.
        case map([DataEntry])
    }

    /// The value.
    public var content: Content
    /// Where the value starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// Whether this node is `null`.
    public var isNull: Bool { content == .null }

    /// The mapping's entries, or an empty list for anything that is not a mapping.
    public var entries: [DataEntry] {
        if case .map(let entries) = content { return entries }
        return []
    }

    /// The value of `key` in a mapping, or `nil` when absent or when this is not a mapping.
    public subscript(key: String) -> DataNode? {
        entries.first { $0.key == key }?.value
    }

    /// A short description of the kind of value, for error messages.
    var kindDescription: String {
        switch content {
        case .null: "nothing"
        case .scalar(let text): "'\(text)'"
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping, with the place of the key.
public struct DataEntry: Hashable, Sendable {
    /// The key's text.
    public var key: String
    /// Where the key is written.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: DataNode

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: DataNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

extension DataNode {
    // Each accessor below takes `field`, the value's name as error messages show it, such as
    // `'next_qbr'` or `column 'arr' in row 5`.

    /// The scalar's text, without surrounding white space.
    public func text(_ field: String) throws(Diagnostic) -> String {
        guard case .scalar(let text) = content else {
            throw mismatch(field, expected: "text")
        }
        return text.trimmingWhitespace
    }

    /// A date written `YYYY-MM-DD` or as an ISO 8601 timestamp, whose calendar date it
    /// gives as written.
    public func date(_ field: String) throws(Diagnostic) -> CalendarDate {
        try date(field, style: .iso)
    }

    /// A date written in `style`: ISO dates and timestamps, and the slashed order the
    /// style declares.
    package func date(_ field: String, style: DateStyle) throws(Diagnostic) -> CalendarDate {
        guard case .scalar(let text) = content else {
            throw mismatch(field, expected: style.expectation)
        }
        let written = text.trimmingWhitespace
        if let date = style.date(written) { return date }
        if let problem = style.problem(written) {
            throw .error("\(field) is '\(written)', which \(problem)", at: location)
        }
        throw mismatch(field, expected: style.expectation)
    }

    /// A whole number, optionally within `range`.
    public func integer(_ field: String, in range: ClosedRange<Int>? = nil) throws(Diagnostic)
        -> Int
    {
        let expectation =
            range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" }
            ?? "a whole number"
        guard case .scalar(let text) = content, let value = Int(text.trimmingWhitespace) else {
            throw mismatch(field, expected: expectation)
        }
        if let range, !range.contains(value) {
            throw mismatch(field, expected: expectation)
        }
        return value
    }

    /// A number written with digits, an optional sign and an optional decimal point, without
    /// currency symbols or thousands separators.
    public func number(_ field: String) throws(Diagnostic) -> Double {
        guard case .scalar(let text) = content, let value = Self.plainNumber(text) else {
            throw mismatch(
                field,
                expected: "a number written without symbols or separators, such as 120000.50")
        }
        return value
    }

    /// `true` or `false` (any letter case); YAML 1.1 words such as `yes` are refused.
    public func boolean(_ field: String) throws(Diagnostic) -> Bool {
        if case .scalar(let text) = content {
            switch text.trimmingWhitespace.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        throw mismatch(field, expected: "true or false")
    }

    /// One of `allowed`, compared exactly.
    public func oneOf(_ allowed: [String], _ field: String) throws(Diagnostic) -> String {
        if case .scalar(let text) = content, allowed.contains(text.trimmingWhitespace) {
            return text.trimmingWhitespace
        }
        throw mismatch(field, expected: "one of " + allowed.joined(separator: ", "))
    }

    /// The items of a list.
    public func list(_ field: String) throws(Diagnostic) -> [DataNode] {
        guard case .list(let items) = content else { throw mismatch(field, expected: "a list") }
        return items
    }

    /// The entries of a mapping.
    public func map(_ field: String) throws(Diagnostic) -> [DataEntry] {
        guard case .map(let entries) = content else {
            throw mismatch(field, expected: "a mapping of names to values")
        }
        return entries
    }

    /// The error for a value of the wrong form.
    public func mismatch(_ field: String, expected: String) -> Diagnostic {
        .error("\(field) must be \(expected); found \(kindDescription)", at: location)
    }

    /// Parses `[-+]digits[.digits]` and nothing else.
    static func plainNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        var digits = 0
        var seenPoint = false
        for (index, character) in trimmed.enumerated() {
            switch character {
            case "0"..."9": digits += 1
            case "." where !seenPoint: seenPoint = true
            case "-" where index == 0, "+" where index == 0: continue
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return Double(trimmed)
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces, tabs and line breaks.
    package var trimmingWhitespace: String {
        let first: Index
        let last: Index
        // Most values start and end with a visible ASCII character: that is two bytes to look at,
        // where finding the characters by their Unicode properties means decoding them, for every
        // value read. A character that starts or ends with such a byte is not white space, even
        // when it holds more (a prepended mark before a digit is one character).
        if let head = utf8.first, let tail = utf8.last, (0x21..<0x7F).contains(head),
            (0x21..<0x7F).contains(tail)
        {
            first = startIndex
            last = index(before: endIndex)
        } else {
            guard let start = firstIndex(where: { !$0.isWhitespace }),
                let end = lastIndex(where: { !$0.isWhitespace })
            else { return "" }
            first = start
            last = end
        }
        // Text with nothing to trim is shared rather than copied: the typed portfolio and
        // the templates' `fields` then hold one copy of each value, not two.
        if let string = self as? String, first == startIndex, index(after: last) == endIndex {
            return string
        }
        return String(self[first...last])
    }
}
