import FolioFormats

/// How one field is typed from its `DataNode`: `.text`, `.date`, `.number`, ...
///
/// Each case names the contract's form for a value, so that readers say what a field is
/// (`reader.optional("next_qbr", .date)`) and its error says what form was expected.
struct FieldType<Value>: Sendable {
    /// Types a node; takes the node, its name for messages and the file's date style.
    let parse: @Sendable (DataNode, String, DateStyle) throws(Diagnostic) -> Value

    /// A type whose values do not depend on how the file writes dates.
    init(_ parse: @escaping @Sendable (DataNode, String) throws(Diagnostic) -> Value) {
        self.parse = { (node, field, _) throws(Diagnostic) in try parse(node, field) }
    }

    /// A type read according to the file's date style.
    init(dated parse: @escaping @Sendable (DataNode, String, DateStyle) throws(Diagnostic) -> Value)
    {
        self.parse = parse
    }
}

extension FieldType where Value == String {
    static var text: Self { Self { (node, field) throws(Diagnostic) in try node.text(field) } }
    static var identifier: Self {
        Self { (node, field) throws(Diagnostic) in try node.identifier(field) }
    }
    static var currency: Self {
        Self { (node, field) throws(Diagnostic) in try node.currencyCode(field) }
    }
    static func oneOf(_ allowed: [String]) -> Self {
        Self { (node, field) throws(Diagnostic) in try node.oneOf(allowed, field) }
    }
}

extension FieldType where Value == CalendarDate {
    static var date: Self {
        Self(dated: { (node, field, style) throws(Diagnostic) in
            try node.date(field, style: style)
        })
    }
}

extension FieldType where Value == Double {
    static var number: Self { Self { (node, field) throws(Diagnostic) in try node.number(field) } }
    static func number(in range: ClosedRange<Double>) -> Self {
        Self { (node, field) throws(Diagnostic) in
            let value = try node.number(field)
            guard range.contains(value) else {
                throw node.mismatch(
                    field,
                    expected: "a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
            }
            return value
        }
    }
}

extension FieldType where Value == Int {
    static func integer(in range: ClosedRange<Int>? = nil) -> Self {
        Self { (node, field) throws(Diagnostic) in try node.integer(field, in: range) }
    }
}

extension FieldType where Value == Bool {
    static var boolean: Self {
        Self { (node, field) throws(Diagnostic) in try node.boolean(field) }
    }
}

extension FieldType where Value == DataNode {
    /// The node itself, checked to be a mapping.
    static var mapping: Self {
        Self { (node, field) throws(Diagnostic) in
            _ = try node.map(field)
            return node
        }
    }
}

extension FieldType where Value == (red: Double, yellow: Double) {
    static var healthBands: Self {
        Self { (node, field) throws(Diagnostic) in try node.healthBands(field) }
    }

    /// Two ascending numbers from `lowest` to `highest`: the bounds of a red and a yellow band.
    static func bands(from lowest: Double, to highest: Double, example: String) -> Self {
        Self { (node, field) throws(Diagnostic) in
            try node.bands(field, from: lowest, to: highest, example: example)
        }
    }
}
