/// The named values of a ``TemplateValue/map(_:)``, each name once.
///
/// A list of names, each with its hash, made once when it is added, rather than a
/// `Dictionary`: a template looks each name up through several maps, and a `Dictionary`
/// would hash the name again in each of them. Here a lookup compares the hash its name was
/// given when the template was parsed (``TemplateName``) with each entry's, and compares
/// text only when they match. A map with more than ``indexedCount`` names, which only data
/// can make, also keeps a dictionary of positions, so that no map costs more than a
/// `Dictionary` would.
///
/// Names are Swift strings, compared as `Dictionary` compares them: `é` composed and
/// decomposed are one name, and so are the Kelvin sign and `K`.
///
/// Two maps are equal when they hold the same names with equal values, in any order.
public struct TemplateMap: Sendable {
    fileprivate struct Entry: Sendable {
        var hash: Int
        var name: String
        var value: TemplateValue
    }

    /// The entries in the order their names were first added.
    fileprivate private(set) var entries: [Entry] = []
    /// Each name's position in `entries`, once there are more than ``indexedCount``.
    private var positions: [String: Int]?

    /// How many names a map holds before it keeps a dictionary of positions.
    static let indexedCount = 128

    /// An empty map.
    public init() {}

    /// A map of `pairs`; for a name given more than once, `combine` gets the value it has and
    /// the new one, and returns the one to keep.
    public init(
        _ pairs: some Sequence<(String, TemplateValue)>,
        uniquingNamesWith combine: (TemplateValue, TemplateValue) -> TemplateValue
    ) {
        entries.reserveCapacity(pairs.underestimatedCount)
        for (name, value) in pairs {
            let hash = Self.hash(name)
            if let position = position(of: name, hash: hash) {
                entries[position].value = combine(entries[position].value, value)
            } else {
                append(Entry(hash: hash, name: name, value: value))
            }
        }
    }

    /// How many names the map holds.
    public var count: Int { entries.count }

    /// Whether the map holds no names.
    public var isEmpty: Bool { entries.isEmpty }

    /// The names, in the order they were first added.
    public var names: [String] { entries.map(\.name) }

    /// The value named `name`, if any; setting `nil` removes it.
    public subscript(name: String) -> TemplateValue? {
        get { self[name, hash: Self.hash(name)] }
        set {
            let hash = Self.hash(name)
            switch (position(of: name, hash: hash), newValue) {
            case (let position?, let value?): entries[position].value = value
            case (let position?, nil): remove(at: position)
            case (nil, let value?): append(Entry(hash: hash, name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value named `name`, whose ``hash(_:)`` is `hash`, if any.
    subscript(name: String, hash hash: Int) -> TemplateValue? {
        position(of: name, hash: hash).map { entries[$0].value }
    }

    /// Adds every value of `other`, replacing the value of any name both hold.
    public mutating func merge(_ other: TemplateMap) {
        for entry in other.entries {
            if let position = position(of: entry.name, hash: entry.hash) {
                entries[position].value = entry.value
            } else {
                append(entry)
            }
        }
    }

    /// The map with `transform` applied to each value.
    public func mapValues<Result>(_ transform: (TemplateValue) throws -> Result) rethrows
        -> [String: Result]
    {
        var result: [String: Result] = [:]
        for entry in entries { result[entry.name] = try transform(entry.value) }
        return result
    }

    /// The name's hash as `Hasher` makes it for this run of the program, which is the same
    /// for names that are equal as strings, whatever their Unicode form.
    static func hash(_ name: String) -> Int {
        var hasher = Hasher()
        hasher.combine(name)
        return hasher.finalize()
    }

    private func position(of name: String, hash: Int) -> Int? {
        if let positions { return positions[name] }
        let entries = self.entries.span
        for position in entries.indices
        where entries[position].hash == hash && entries[position].name == name {
            return position
        }
        return nil
    }

    private mutating func append(_ entry: Entry) {
        entries.append(entry)
        if positions != nil {
            positions?[entry.name] = entries.count - 1
        } else if entries.count > Self.indexedCount {
            positions = Dictionary(
                entries.indices.map { (entries[$0].name, $0) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    private mutating func remove(at position: Int) {
        entries.remove(at: position)
        if positions != nil {
            positions = Dictionary(
                entries.indices.map { (entries[$0].name, $0) },
                uniquingKeysWith: { first, _ in first })
        }
    }
}

extension TemplateMap: Sequence {
    /// Each name with its value, in the order the names were first added.
    public func makeIterator() -> some IteratorProtocol<(name: String, value: TemplateValue)> {
        entries.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }
}

extension TemplateMap: Hashable {
    /// Whether the two maps hold the same names with equal values, in any order.
    public static func == (lhs: TemplateMap, rhs: TemplateMap) -> Bool {
        lhs.count == rhs.count
            && lhs.entries.allSatisfy { rhs[$0.name, hash: $0.hash] == $0.value }
    }

    /// Hashes the entries so that any order of the same ones hashes alike.
    public func hash(into hasher: inout Hasher) {
        var entriesHash = 0
        for entry in entries {
            var entryHasher = Hasher()
            entryHasher.combine(entry.name)
            entryHasher.combine(entry.value)
            entriesHash ^= entryHasher.finalize()
        }
        hasher.combine(count)
        hasher.combine(entriesHash)
    }
}

extension TemplateMap: ExpressibleByDictionaryLiteral {
    /// A map; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements, uniquingNamesWith: { _, last in last })
    }
}
