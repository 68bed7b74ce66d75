import FolioFormats
import FolioTemplates

/// Reads the typed fields of one mapping (a front matter or a data row) and keeps every
/// problem it meets, so that one pass reports all of a file's mistakes.
struct FieldReader {
    /// The mapping being read.
    let node: DataNode
    /// How a field is named in messages: `'next_qbr'` in front matter, `column 'arr' in row 5`
    /// in a CSV file.
    let label: @Sendable (String) -> String
    /// How the file writes dates: ISO only, unless `site.yml` declares an order for it.
    var dates = DateStyle.iso
    /// Problems met so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// The mapping as templates see it, when made already: by
    /// ``init(_:convertingFields:makingFields:)``, or, for a nested reader, taken from the
    /// enclosing one's.
    private var converted: TemplateValue?
    /// Whether ``fields`` is made at all: not when no template names `fields`, since no page
    /// could show it, and the maps would be a large share of a build's memory.
    private let makesFields: Bool
    /// The keys asked for so far, for ``reportMisspelledKeys(notA:)``; `nil` for a data row,
    /// whose columns are checked once for the whole file instead.
    private var keysRead: [String]?
    /// Keys a "required but missing" error already suggested renaming.
    private var keysSuggested: Set<String> = []

    /// A reader for front matter or a YAML mapping: fields are named `'key'`.
    ///
    /// With `convertingFields`, the mapping is made a template value at once, and the nested
    /// readers of ``records(_:scalar:_:)`` share their parts of it as their ``fields``, so
    /// that a brief's stakeholders do not hold a second copy of what its `fields` holds.
    ///
    /// Without `makingFields`, ``fields`` is `null`, and so is each nested reader's.
    init(_ node: DataNode, convertingFields: Bool = false, makingFields: Bool = true) {
        self.node = node
        self.label = { "'\($0)'" }
        makesFields = makingFields
        keysRead = []
        if convertingFields, makingFields { converted = node.templateValue }
    }

    /// Every key of the mapping, as written, as templates see it under `fields`; `null`
    /// when the reader makes no fields.
    var fields: TemplateValue {
        guard makesFields else { return .null }
        return converted ?? node.templateValue
    }

    /// A reader for a data row, whose fields are named after the row's place in the file.
    ///
    /// `headers` gives the header as written in the file for each field `site.yml` renamed,
    /// so that messages name the column the user sees as well as the field it stands for.
    init(
        row node: DataNode, rowLabel: String, headers: [String: String] = [:],
        dates: DateStyle = .iso, makingFields: Bool = true
    ) {
        self.node = node
        self.dates = dates
        makesFields = makingFields
        self.label = { key in
            if let header = headers[key] { return "column '\(header)' (\(key)) in \(rowLabel)" }
            return "column '\(key)' in \(rowLabel)"
        }
    }

    /// The value of `key`, typed by `type`; a missing or empty value is an error that says
    /// how to add it.
    mutating func required<Value>(
        _ key: String,
        example: String,
        _ type: FieldType<Value>
    ) -> Value? {
        keysRead?.append(key)
        guard let value = node[key], !value.isNull else {
            // A key written in its place by mistake ('acount') is named with the fix. A data
            // row's columns are checked once for the whole file instead.
            if keysRead != nil, node[key] == nil,
                let written = Suggestions(among: node.entries.map(\.key)).closest(
                    to: key, limit: 1
                ).first,
                let entry = node.entries.first(where: { $0.key == written })
            {
                keysSuggested.insert(written)
                diagnostics.append(
                    .error(
                        "\(label(key)) is required but missing, and '\(written)' is written "
                            + "instead: did you mean '\(key)'?", at: entry.keyLocation))
                return nil
            }
            diagnostics.append(
                .error(
                    "\(label(key)) is required but missing; add it, for example \(example)",
                    at: node.location))
            return nil
        }
        return typed(value, key, type)
    }

    /// The value of `key`, typed by `parse`, or `nil` when missing or empty.
    package mutating func optional<Value>(
        _ key: String,
        _ type: FieldType<Value>
    ) -> Value? {
        keysRead?.append(key)
        guard let value = node[key], !value.isNull else { return nil }
        return typed(value, key, type)
    }

    /// The items of the list under `key`, each typed by `type`; missing means empty, and a
    /// single value stands for a list of one.
    package mutating func list<Item>(_ key: String, _ type: FieldType<Item>) -> [Item] {
        keysRead?.append(key)
        guard let value = node[key], !value.isNull else { return [] }
        let items: [DataNode]
        switch value.content {
        case .list(let list): items = list
        case .scalar, .map: items = [value]
        case .null: items = []
        }
        return items.enumerated().compactMap { index, item in
            item.isNull ? nil : typed(item, "\(key)[\(index + 1)]", type)
        }
    }

    /// The items of the list under `key`, each mapping read by `read`.
    ///
    /// Each item gets a reader of its own whose problems join this one's. Where `scalar` is
    /// given, an item written as plain text is read by it instead (a risk may be one sentence).
    mutating func records<Item>(
        _ key: String,
        scalar: ((String) -> Item)? = nil,
        _ read: (inout FieldReader) -> Item?
    ) -> [Item] {
        keysRead?.append(key)
        guard let value = node[key], !value.isNull else { return [] }
        let items: [DataNode]
        if case .list(let list) = value.content { items = list } else { items = [value] }
        // The items' template values, in the same order, when this mapping's is made.
        let convertedItems: [TemplateValue]? = converted?[key].map { value in
            if case .list(let list) = value { return list }
            return [value]
        }
        return items.enumerated().compactMap { index, item -> Item? in
            let path = "\(key)[\(index + 1)]"
            switch item.content {
            case .null:
                return nil
            case .scalar(let text) where scalar != nil:
                return scalar?(text.trimmingWhitespace)
            case .map:
                var reader = FieldReader(
                    nested: item, label: label, path: path, dates: dates, makesFields: makesFields)
                reader.converted = convertedItems?[index]
                if keysRead != nil { reader.keysRead = [] }
                let result = read(&reader)
                reader.reportMisspelledKeys()
                diagnostics += reader.diagnostics
                return result
            case .scalar, .list:
                diagnostics.append(item.mismatch(label(path), expected: "a mapping of fields"))
                return nil
            }
        }
    }

    /// The mapping under `key` read by `read`, or `nil` when missing.
    mutating func record<Item>(_ key: String, _ read: (inout FieldReader) -> Item?) -> Item? {
        guard let value = optional(key, .mapping) else { return nil }
        var reader = FieldReader(
            nested: value, label: label, path: key, dates: dates, makesFields: makesFields)
        if keysRead != nil { reader.keysRead = [] }
        let result = read(&reader)
        reader.reportMisspelledKeys()
        diagnostics += reader.diagnostics
        return result
    }

    /// Notes that `key` is read straight from ``node``, so that it is not taken for a
    /// misspelling.
    mutating func noteRead(_ key: String) {
        keysRead?.append(key)
    }

    /// Warns of each key written that Folio does not read but that is a few typing mistakes
    /// from one it reads and that is not written (`next_qbrr` for `next_qbr`), at the key.
    ///
    /// Other keys are fields of the author's own, which reach templates under `fields`, so
    /// they are left alone. Call it after every field is read; a data row does nothing, as
    /// its columns are checked once for the whole file.
    mutating func reportMisspelledKeys(notA what: String = "a field Folio reads") {
        guard let keysRead else { return }
        let known = Set(keysRead)
        let unknown = node.entries.filter {
            !known.contains($0.key) && !keysSuggested.contains($0.key)
        }
        // Most records hold only fields Folio reads: the suggestions are made only for
        // those that do not.
        guard !unknown.isEmpty else { return }
        let suggestions = Suggestions(among: known.sorted())
        for entry in unknown {
            let close = suggestions.closest(to: entry.key).filter { node[$0] == nil }
            guard let hint = Suggestions.didYouMean(close) else { continue }
            diagnostics.append(
                .warning(
                    "\(label(entry.key)) is not \(what), so it is ignored (templates still see "
                        + "it under fields); \(hint)", at: entry.keyLocation))
        }
    }

    /// Records a problem found while reading.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    private init(
        nested node: DataNode, label: @escaping @Sendable (String) -> String, path: String,
        dates: DateStyle, makesFields: Bool
    ) {
        self.node = node
        self.label = { label("\(path).\($0)") }
        self.dates = dates
        self.makesFields = makesFields
    }

    /// `value` typed by `type`, or `nil` with the problem kept.
    ///
    /// The field's name for messages ("column 'arr' in row 5") is only made for a value
    /// that does not fit: typing is pure, so the value is typed again with it. Making the
    /// name for every field of every row would be work for a message that is almost never
    /// shown.
    private mutating func typed<Value>(
        _ value: DataNode, _ key: String, _ type: FieldType<Value>
    ) -> Value? {
        if let typed = try? type.parse(value, key, dates) { return typed }
        do {
            return try type.parse(value, label(key), dates)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }
}

extension DataNode {
    /// Text naming another record: trimmed, and never empty.
    func identifier(_ field: String) throws(Diagnostic) -> String {
        let value = try text(field)
        guard !value.isEmpty else { throw mismatch(field, expected: "an id") }
        return value
    }
}
