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
    /// The rendered body of a brief or handoff: shown as ``html(_:)`` is, and traced, so
    /// that a build knows where each body's bytes landed in each page (``BodyPlacement``).
    indirect case body(DocumentBody)
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
        case .double(let value):
            if value.rounded() == value, abs(value) < 1e15 {
                String(Int(value))
            } else {
                "\(value)"
            }
        case .string(let value), .html(let value): value
        case .body(let body): body.html
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

/// A document's body rendered to HTML, and which document it is.
///
/// Made only for a body with text (one with none is ``TemplateValue/null``), so a page
/// depends on a body only through whether it has text and the bytes it writes where it is
/// shown.
public struct DocumentBody: Hashable, Sendable {
    /// The document's number in the build (``Portfolio/bodyNumber(client:)``).
    public var document: Int
    /// The HTML.
    public var html: String

    /// The body of document number `document`, rendered as `html`.
    public init(document: Int, html: String) {
        self.document = document
        self.html = html
    }
}

/// Where a page wrote a document's body: its bytes `offset..<offset + length` of the page.
public struct BodyPlacement: Hashable, Sendable {
    /// The document's number (``DocumentBody/document``).
    public var document: Int
    /// The first byte of the body in the page.
    public var offset: Int
    /// How many bytes the body takes.
    public var length: Int
}
