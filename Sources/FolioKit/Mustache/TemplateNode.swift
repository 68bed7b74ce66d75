/// One piece of a compiled template: the tree that rendering walks.
///
/// Templates are parsed once into these nodes; rendering never looks at template text again.
/// The payloads are immutable classes, so visiting a node costs one reference count rather
/// than one per field, and literal text is kept as UTF-8 bytes that rendering copies as is.
enum TemplateNode: Sendable {
    /// Literal text, written as it is, with the places where indentation goes.
    case text(TemplateText)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, body: [TemplateNode], inverted: Bool)
    /// `{{> name}}`: another template rendered in place.
    case partial(TemplateReference)
    /// `{{< name}}…{{/name}}`: another template rendered with some of its blocks replaced.
    case parent(TemplateReference, arguments: [String: [TemplateNode]])
    /// `{{$ name}}…{{/name}}`: a place a caller may fill; the nodes inside are the default.
    case block(TemplateBlock)
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
