import Yams

/// The work behind `YAMLReader.read`: composes a text with Yams and converts the node tree
/// into `DataNode`s with file positions.
///
/// Yams refuses a mapping with a repeated key, naming only the first of the two. To name both
/// places, the composer marks that first key with a unique prefix and composes again, until the
/// text composes; the conversion then strips the marks and reports each repeat with the line of
/// the key it repeats.
struct YAMLComposer {
    private let text: String
    private let file: String
    private let firstLine: Int
    private let syntax: YAMLReader.Syntax
    private var lines: LineIndex
    /// Column shifts between the text given to Yams and `text`.
    private var edits = ColumnEdits()
    /// The prefixes put in front of repeated keys, each unique in the text.
    private var markers: Set<String> = []
    private var diagnostics: [Diagnostic] = []
    /// Nodes left before aliases are deemed to expand without bound ("billion laughs").
    private var nodeBudget: Int
    /// How deep the value being converted sits; see `maximumDepth`.
    private var depth = 0
    /// Lists and mappings nest at most this deep.
    ///
    /// Front matter and data never need more, and
    /// the limit keeps every recursive walk over the values (conversion, templates, hashing)
    /// well inside a thread's stack.
    static let maximumDepth = 100

    /// How many repeated keys one document may have before the composer stops looking.
    private static let markerLimit = 100

    init(text: String, file: String, firstLine: Int, syntax: YAMLReader.Syntax) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.syntax = syntax
        self.lines = LineIndex(text)
        self.nodeBudget = max(100_000, 20 * text.utf8.count)
    }

    mutating func compose() throws(DiagnosticList) -> DataNode {
        var source = text
        if syntax == .json {
            source = JSONEscapes.joiningSurrogatePairs(in: text, edits: &edits)
        }
        var root: Node?
        while true {
            do {
                let parser = try Parser(
                    yaml: source, resolver: .basic, constructor: .default, encoding: .utf8)
                root = try parser.singleRoot()
                break
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(_, let context) = error,
                    markers.count < Self.markerLimit,
                    let marked = mark(keyAt: context.mark, in: source)
                {
                    source = marked
                    continue
                }
                throw DiagnosticList([diagnostic(for: error, source: source)])
            } catch {
                throw DiagnosticList([.error("cannot read this YAML: \(error)", at: start)])
            }
        }
        guard let root else { return DataNode(.null, at: start) }
        let node = convert(root)
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return node
    }

    /// What to add to a mark's line to get the file's line.
    var firstLineOffset: Int { firstLine - 1 }

    /// The first position of the text.
    private var start: SourceLocation { SourceLocation(file: file, line: firstLine, column: 1) }

    // MARK: Positions

    /// The file position of a Yams mark in the text given to Yams.
    mutating func location(_ mark: Mark) -> SourceLocation {
        let scalarColumn = edits.originalColumn(line: mark.line, column: mark.column)
        let column = lines.column(line: mark.line, scalarColumn: scalarColumn)
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: column)
    }

    /// Up to `count` characters of the original text from a Yams mark, for error messages.
    func characters(at mark: Mark, count: Int = 1) -> String {
        let scalarColumn = edits.originalColumn(line: mark.line, column: mark.column)
        guard let offset = lines.utf8Offset(line: mark.line, scalarColumn: scalarColumn) else {
            return ""
        }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return String(text[index...].prefix(count))
    }

    /// Whether a mark lies at the end of the text, past its last character.
    func isAtEnd(_ mark: Mark) -> Bool {
        mark.line > lines.lineCount
            || (mark.line == lines.lineCount && characters(at: mark).isEmpty)
    }

    // MARK: Repeated keys

    /// `source` with a unique marker at the start of the key at `mark`, or `nil` when the key
    /// cannot take one (an alias, a tagged key, a collection as key).
    private mutating func mark(keyAt mark: Mark, in source: String) -> String? {
        let sourceLines = LineIndex(source)
        guard let offset = sourceLines.utf8Offset(line: mark.line, scalarColumn: mark.column)
        else { return nil }
        let utf8 = source.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        guard index < utf8.endIndex else { return nil }
        var insertion = index
        var column = mark.column
        switch utf8[index] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            insertion = utf8.index(after: index)
            column += 1
        case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "["),
            UInt8(ascii: "{"), UInt8(ascii: "?"), UInt8(ascii: "|"), UInt8(ascii: ">"):
            return nil
        default:
            break
        }
        let marker = "\u{E000}\(markers.count)\u{E001}"
        markers.insert(marker)
        edits.insert(line: mark.line, column: column, length: marker.unicodeScalars.count)
        return String(source[..<insertion]) + marker + String(source[insertion...])
    }

    /// A key's text without the marker that got it past Yams' check for repeats.
    private func unmarked(_ key: String) -> String {
        guard !markers.isEmpty, key.hasPrefix("\u{E000}"),
            let end = key.firstIndex(of: "\u{E001}"),
            markers.contains(String(key[...end]))
        else { return key }
        return String(key[key.index(after: end)...])
    }

    // MARK: Conversion

    private mutating func convert(_ node: Node) -> DataNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            let location = node.mark.map { self.location($0) } ?? start
            if depth == Self.maximumDepth + 1 {
                diagnostics.append(
                    .error(
                        "values are nested more than \(Self.maximumDepth) levels deep here; "
                            + "flatten the structure", at: location))
            }
            return DataNode(.null, at: location)
        }
        nodeBudget -= 1
        if nodeBudget == 0 {
            diagnostics.append(
                .error(
                    "the aliases in this file expand to far more values than it holds; write "
                        + "the values out instead of nesting aliases", at: start))
        }
        if nodeBudget <= 0 { return DataNode(.null, at: start) }
        switch node {
        case .scalar(let scalar):
            let location = scalar.mark.map { self.location($0) } ?? start
            return DataNode(isNull(scalar) ? .null : .scalar(scalar.string), at: location)
        case .sequence(let sequence):
            let location = sequence.mark.map { self.location($0) } ?? start
            var items: [DataNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(convert(item)) }
            return DataNode(.list(items), at: location)
        case .mapping(let mapping):
            let location = mapping.mark.map { self.location($0) } ?? start
            return DataNode(.map(convert(mapping)), at: location)
        case .alias(let alias):
            let location = alias.mark.map { self.location($0) } ?? start
            diagnostics.append(
                .error(
                    "the alias '*\(alias.anchor.rawValue)' could not be resolved; write the "
                        + "value out instead", at: location))
            return DataNode(.null, at: location)
        }
    }

    private func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain,
            scalar.tag.rawValue.isEmpty || scalar.tag.rawValue == Tag.Name.null.rawValue
        else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    private mutating func convert(_ mapping: Node.Mapping) -> [DataEntry] {
        var entries: [DataEntry] = []
        entries.reserveCapacity(mapping.count)
        var merges: [(index: Int, entries: [DataEntry])] = []
        var firstPlaces: [String: SourceLocation] = [:]
        for (keyNode, valueNode) in mapping {
            let keyLocation = keyNode.mark.map { self.location($0) } ?? start
            guard case .scalar(let keyScalar) = keyNode else {
                diagnostics.append(
                    .error(
                        "a name in a mapping must be text, not a list or mapping; write the "
                            + "name as plain text, such as 'title:'", at: keyLocation))
                continue
            }
            let key = unmarked(keyScalar.string)
            if keyScalar.style == .plain && key == "<<" {
                merges.append((entries.count, mergedEntries(valueNode, at: keyLocation)))
                continue
            }
            let value = convert(valueNode)
            if !markers.isEmpty {
                if let first = firstPlaces[key] {
                    diagnostics.append(repeatedKey(key, at: keyLocation, first: first))
                    continue
                }
                firstPlaces[key] = keyLocation
            }
            entries.append(DataEntry(key: key, keyLocation: keyLocation, value: value))
        }
        guard !merges.isEmpty else { return entries }
        // Keys written in the mapping win over merged ones, whatever their order.
        var taken = Set(entries.map(\.key))
        var result: [DataEntry] = []
        var position = 0
        for merge in merges {
            result += entries[position..<merge.index]
            position = merge.index
            for entry in merge.entries where !taken.contains(entry.key) {
                taken.insert(entry.key)
                result.append(entry)
            }
        }
        result += entries[position...]
        return result
    }

    private func repeatedKey(_ key: String, at location: SourceLocation, first: SourceLocation)
        -> Diagnostic
    {
        .error(
            "'\(key)' is set twice in this mapping, "
                + (first.line == location.line
                    ? "both on line \(location.line)"
                    : "on lines \(first.line) and \(location.line)")
                + "; remove one of them",
            at: location,
            notes: [.note("'\(key)' is first set here", at: first)])
    }

    /// The entries a `<<` merge key brings in: those of a mapping or of a list of mappings.
    private mutating func mergedEntries(_ node: Node, at location: SourceLocation)
        -> [DataEntry]
    {
        let value = convert(node)
        switch value.content {
        case .map(let entries):
            return entries
        case .list(let items)
        where items.allSatisfy({ if case .map = $0.content { true } else { false } }):
            return items.flatMap(\.entries)
        default:
            diagnostics.append(
                .error(
                    "'<<' merges another mapping into this one, so its value must be a mapping "
                        + "or an alias to one, such as '<<: *defaults'", at: location))
            return []
        }
    }

    // MARK: Errors

    private mutating func diagnostic(for error: YamlError, source: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let translation = YAMLSyntaxMessage(
                problem: problem, context: context?.text, problemMark: mark,
                contextMark: context?.mark, syntax: syntax)
            return translation.diagnostic(using: &self)
        case .reader(let problem, let offset, let value, _):
            let position = LineIndex(source).position(ofCharacterOffset: offset ?? 0)
            let location = SourceLocation(
                file: file, line: position.line + firstLine - 1, column: position.column)
            if problem == "control characters are not allowed" {
                var code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
                code = String(repeating: "0", count: max(0, 4 - code.count)) + code
                return .error(
                    "the control character U+\(code) is not allowed here; delete it (it is "
                        + "invisible in most editors)", at: location)
            }
            return .error("cannot read this text: \(problem); save the file as UTF-8", at: location)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            return .error(
                "'\(key)' is set twice in this mapping; remove one of them",
                at: location(context.mark))
        default:
            return .error("cannot read this YAML: \(error)", at: start)
        }
    }
}
