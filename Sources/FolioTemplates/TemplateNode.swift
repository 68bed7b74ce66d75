import FolioFormats

/// One piece of a compiled template: the tree that rendering walks.
///
/// Templates are parsed once into these nodes; rendering never looks at template text again.
/// Each payload is an immutable object of the template's ``NodeStorage``, which a node points
/// at without retaining it (``NodeObject``). Literal text is kept as UTF-8 bytes that
/// rendering copies as is.
enum TemplateNode: Sendable {
    /// Literal text, written as it is, with the places where indentation goes.
    case text(NodeObject<TemplateText>)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(NodeObject<TemplateName>, escaped: Bool)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case section(NodeObject<TemplateSection>)
    /// `{{> name}}`: another template rendered in place.
    case partial(NodeObject<TemplateReference>)
    /// `{{< name}}…{{/name}}`: another template rendered with some of its blocks replaced.
    case parent(NodeObject<TemplateParent>)
    /// `{{$ name}}…{{/name}}`: a place a caller may fill; the nodes inside are the default.
    case block(NodeObject<TemplateBlock>)
}

/// The objects that the nodes of one template point at, kept alive for as long as the
/// template: the one place where nodes are made to point at objects.
///
/// The invariant of node storage: a ``NodeObject`` is made only by ``keep(_:)``, which adds
/// its object to this storage; the storage goes into the ``CompiledTemplate`` that holds
/// the nodes, and nodes are read only through a library that holds its templates (a
/// renderer holds them for the whole render). So every object outlives the nodes that point
/// at it, and reading one without retaining it is sound.
struct NodeStorage: Sendable {
    private var objects: [any AnyObject & Sendable] = []

    /// A node's reference to `object`, which the storage keeps alive.
    mutating func keep<Object: AnyObject & Sendable>(_ object: Object) -> NodeObject<Object> {
        objects.append(object)
        return NodeObject(object)
    }

    /// Keeps alive every object that `other` keeps.
    mutating func adopt(_ other: NodeStorage) {
        objects += other.objects
    }
}

/// A node's reference to an object of its template's ``NodeStorage``, which does not retain
/// it.
///
/// So a node is plain bits: walking the tree copies no reference, where a strong payload
/// would cost a retain and a release at every node visited, on objects that every rendering
/// thread shares.
struct NodeObject<Object: AnyObject & Sendable>: Sendable {
    private let reference: Unmanaged<Object>

    fileprivate init(_ object: Object) {
        reference = .passUnretained(object)
    }

    /// Calls `body` with the object, lent to it without a retain.
    func withObject<Result>(_ body: (Object) throws -> Result) rethrows -> Result {
        try reference._withUnsafeGuaranteedRef(body)
    }

    /// The object, retained: for walks of the tree that are not rendering.
    var object: Object { reference.takeUnretainedValue() }
}

/// Literal text of a template, with the places where an indented partial adds indentation.
///
/// A line that starts with a tag is marked by text that ends with a line start (possibly
/// text with nothing else in it), so indentation needs no node of its own. Blank lines are
/// not marked, so indentation never leaves trailing spaces.
final class TemplateText: Sendable {
    /// The text as UTF-8.
    let bytes: [UInt8]
    /// Offsets into `bytes` where a source line starts; the current indentation is written
    /// there.
    let lineStarts: [Int]

    init(bytes: [UInt8], lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts
    }
}

/// A name a tag looks up in the context: `.`, `name` or a dotted `account.name`.
final class TemplateName: Sendable {
    /// The name as written in the tag, for messages.
    let text: String
    /// The parts between the dots; empty for the implicit iterator `.`.
    let parts: [String]
    /// Each part's ``TemplateMap/hash(_:)``, made once here for every lookup.
    let hashes: [Int]
    /// Where the tag starts.
    let location: SourceLocation

    init(text: String, parts: [String], location: SourceLocation) {
        self.text = text
        self.parts = parts
        self.hashes = parts.map(TemplateMap.hash)
        self.location = location
    }
}

/// A section, `{{#name}}…{{/name}}`, or an inverted one, `{{^name}}…{{/name}}`.
final class TemplateSection: Sendable {
    /// The name whose value decides how often the body shows.
    let name: TemplateName
    /// What the section shows.
    let body: [TemplateNode]
    /// Whether the body shows only for a falsey value.
    let inverted: Bool

    init(name: TemplateName, body: [TemplateNode], inverted: Bool) {
        self.name = name
        self.body = body
        self.inverted = inverted
    }
}

/// A parent tag: the template it renders, and the blocks it replaces in it, by name.
final class TemplateParent: Sendable {
    /// The template to render, and how it is indented.
    let reference: TemplateReference
    /// The content of each block the tag gives.
    let arguments: [String: [TemplateNode]]

    init(reference: TemplateReference, arguments: [String: [TemplateNode]]) {
        self.reference = reference
        self.arguments = arguments
    }
}

/// A partial or parent tag: the template it names and how it is indented.
final class TemplateReference: Sendable {
    /// The name of the template to render.
    let name: String
    /// The whitespace before a standalone tag, prepended to every line of the template;
    /// `nil` when the tag shares its line with other content (then nothing is indented).
    let indentation: [UInt8]?
    /// Where the tag starts.
    let location: SourceLocation

    init(name: String, indentation: [UInt8]?, location: SourceLocation) {
        self.name = name
        self.indentation = indentation
        self.location = location
    }
}

/// A block tag outside any parent tag: a parameter of its template.
final class TemplateBlock: Sendable {
    /// The block's name, matched against the arguments of parent tags.
    let name: String
    /// What the block shows when no caller replaces it.
    let defaultContent: [TemplateNode]
    /// Whether the block starts its own output line, so that replacement content starts with
    /// indentation; when false, replacement content continues the line the block is on.
    let startsLine: Bool
    /// Prepended to every line of the content, whether the default or a replacement.
    let indentation: [UInt8]
    /// Where the tag starts.
    let location: SourceLocation

    init(
        name: String, defaultContent: [TemplateNode], startsLine: Bool, indentation: [UInt8],
        location: SourceLocation
    ) {
        self.name = name
        self.defaultContent = defaultContent
        self.startsLine = startsLine
        self.indentation = indentation
        self.location = location
    }
}
