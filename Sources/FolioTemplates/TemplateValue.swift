import FolioFormats

/// A value that a template can show: the typed context every page is rendered from.
///
/// Templates never see `Any`: the site planner builds each page's context from these cases,
/// so rendering is a walk over plain values and every name a template uses can be checked.
public enum TemplateValue: Hashable, Sendable {
    /// Present but empty: falsey in sections, renders as nothing.
    case null
    /// A boolean: `true` opens a section once, `false` skips it.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// Text; escaped when rendered with `{{name}}`.
    case string(String)
    /// Markup that is already safe HTML (rendered Markdown); never escaped again.
    case html(String)
    /// Markup shown as ``html(_:)`` is, whose place in the output the renderer reports
    /// (``HTMLPlacement``), so that a caller knows where its bytes landed.
    indirect case traced(TracedHTML)
    /// A list: a section repeats once per item; an empty list is falsey.
    case list([TemplateValue])
    /// Named values; a section over a map pushes it onto the context stack.
    case map(TemplateMap)
}

extension TemplateValue {
    /// Whether a section over this value is skipped (and an inverted section shown).
    public var isFalsey: Bool {
        switch self {
        case .null: true
        case .bool(let value): !value
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The text an interpolation writes, before any escaping.
    public var renderedText: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): Formatting.number(value)
        case .string(let value), .html(let value): value
        case .traced(let traced): traced.html
        case .list, .map: ""
        }
    }

    /// The named member of a map, or `nil` when this is not a map or has no such key.
    public subscript(key: String) -> TemplateValue? {
        if case .map(let members) = self { return members[key] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    /// Text.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A number with a fraction.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
    /// A map; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(TemplateMap(elements, uniquingNamesWith: { _, last in last }))
    }
}

/// Safe HTML with a caller's tag, for a renderer to report where it wrote it.
public struct TracedHTML: Hashable, Sendable {
    /// What the caller knows the HTML by; the renderer only passes it on.
    public var tag: Int
    /// The HTML.
    public var html: String

    /// `html`, known by `tag`.
    public init(tag: Int, html: String) {
        self.tag = tag
        self.html = html
    }
}

/// Where a render wrote a ``TracedHTML``: bytes `offset..<offset + length` of its output.
public struct HTMLPlacement: Hashable, Sendable {
    /// The traced HTML's tag (``TracedHTML/tag``).
    public var tag: Int
    /// The first byte of the HTML in the output.
    public var offset: Int
    /// How many bytes the HTML takes.
    public var length: Int

    /// Makes a value from its parts.
    public init(tag: Int, offset: Int, length: Int) {
        self.tag = tag
        self.offset = offset
        self.length = length
    }
}
