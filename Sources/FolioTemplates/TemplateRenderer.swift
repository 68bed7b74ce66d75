import FolioFormats
import Foundation

/// Renders compiled templates into one UTF-8 buffer: a walk over the node tree with a
/// context stack, no `Any` and no template text in sight.
///
/// One renderer serves one call of `TemplateLibrary.render`, so it needs no locking; the
/// library it reads from is immutable and shared.
package struct TemplateRenderer: ~Copyable {
    /// How deep partials, parents and replaced blocks may nest before rendering stops, so a
    /// template that includes itself without end is reported instead of crashing.
    static let maximumDepth = 100

    private let templates: [String: CompiledTemplate]
    private let strict: Bool
    private var output: TemplateOutput
    private var stack: [TemplateValue]
    /// Written at each line start: the indentation of the standalone partials around.
    private var indentation: [UInt8] = []
    /// Set when replacement content starts in the middle of a line: its first line start
    /// then writes no indentation.
    private var skipsNextLineStart = false
    /// The blocks replaced by the parent tags being rendered; the outermost caller wins.
    private var overrides: [String: [TemplateNode]] = [:]
    private var depth = 0
    /// Set once nesting went too deep: everything else is skipped, so that a template that
    /// includes itself inside a loop cannot keep rendering for an exponential time.
    private var stopped = false
    /// The problems found, without repeats (a loop would report the same tag many times).
    private(set) var problems: Set<Diagnostic> = []
    /// Where each ``TracedHTML`` was written, in the order written.
    private(set) var placements: [HTMLPlacement] = []

    init(
        templates: [String: CompiledTemplate], strict: Bool, context: TemplateValue,
        expectedSize: Int
    ) {
        self.templates = templates
        self.strict = strict
        self.stack = [context]
        output = TemplateOutput(capacity: expectedSize)
    }

    /// Renders `nodes` against the current context stack.
    ///
    /// Each node's object is lent for the call that uses it (``NodeObject``).
    mutating func render(_ nodes: [TemplateNode]) {
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                text.withObject { write($0) }
            case .variable(let name, let escaped):
                name.withObject { name in
                    if let value = resolve(name) { write(value, escaped: escaped, name: name) }
                }
            case .section(let section):
                section.withObject { render($0) }
            case .partial(let reference):
                reference.withObject { include($0, arguments: [:]) }
            case .parent(let parent):
                parent.withObject { include($0.reference, arguments: $0.arguments) }
            case .block(let block):
                block.withObject { render($0) }
            }
        }
    }

    private mutating func render(_ section: TemplateSection) {
        let value = resolve(section.name) ?? .null
        if section.inverted {
            if value.isFalsey { render(section.body) }
            return
        }
        switch value {
        case .list(let items):
            for item in items {
                stack.append(item)
                render(section.body)
                stack.removeLast()
            }
        case .null, .bool(false):
            break
        default:
            stack.append(value)
            render(section.body)
            stack.removeLast()
        }
    }

    // MARK: - Templates and blocks

    private mutating func include(
        _ reference: TemplateReference, arguments: [String: [TemplateNode]]
    ) {
        // Strict libraries checked every name when loading; otherwise a missing one is empty.
        guard let template = templates[reference.name] else { return }
        guard enter(reference.name, at: reference.location) else { return }
        let savedIndentation = indentation
        let savedOverrides = overrides
        if let extra = reference.indentation {
            if !extra.isEmpty { indentation += extra }
        } else {
            indentation = []
        }
        if !arguments.isEmpty {
            overrides =
                overrides.isEmpty
                ? arguments : arguments.merging(overrides) { _, outer in outer }
        }
        render(template.nodes)
        indentation = savedIndentation
        overrides = savedOverrides
        depth -= 1
    }

    private mutating func render(_ block: TemplateBlock) {
        let savedIndentation = indentation
        indentation += block.indentation
        if let content = overrides[block.name] {
            if enter(block.name, at: block.location) {
                skipsNextLineStart = !block.startsLine
                render(content)
                skipsNextLineStart = false
                depth -= 1
            }
        } else {
            render(block.defaultContent)
        }
        indentation = savedIndentation
    }

    /// Counts one level of nesting; false (and reported) when there are too many.
    private mutating func enter(_ name: String, at location: SourceLocation) -> Bool {
        guard !stopped else { return false }
        guard depth < Self.maximumDepth else {
            stopped = true
            problems.insert(
                .error(
                    "'\(name)' is nested more than \(Self.maximumDepth) levels deep, so "
                        + "rendering stopped there; a template probably includes itself "
                        + "without a section that ends the repetition",
                    at: location))
            return false
        }
        depth += 1
        return true
    }

    // MARK: - Names

    /// The value `name` stands for; `nil` (reported in strict mode) when nothing answers.
    private mutating func resolve(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack[stack.count - 1] }
        guard var value = Self.find(first, hash: name.hashes[0], in: stack.span) else {
            if strict { reportUnknown(name, failedAt: 0, in: nil) }
            return nil
        }
        var part = 1
        while part < name.parts.count {
            switch value {
            case .map(let members):
                guard let member = members[name.parts[part], hash: name.hashes[part]] else {
                    if strict { reportUnknown(name, failedAt: part, in: value) }
                    return nil
                }
                value = member
            case .null:
                // Absent optional data: the whole name is absent too, which is no mistake.
                return .null
            default:
                if strict { reportUnknown(name, failedAt: part, in: value) }
                return nil
            }
            part += 1
        }
        return value
    }

    /// The value of `name`, whose ``TemplateMap/hash(_:)`` is `hash`, in the innermost of
    /// `frames` whose map holds it.
    ///
    /// Always inlined into ``resolve(_:)``, which runs for every name a page shows: the
    /// compiler otherwise leaves it a call of its own.
    @inline(__always)
    private static func find(_ name: String, hash: Int, in frames: Span<TemplateValue>)
        -> TemplateValue?
    {
        var frame = frames.count - 1
        while frame >= 0 {
            if case .map(let members) = frames[frame], let value = members[name, hash: hash] {
                return value
            }
            frame -= 1
        }
        return nil
    }

    private mutating func reportUnknown(
        _ name: TemplateName, failedAt part: Int, in parent: TemplateValue?
    ) {
        let help = "see docs/templates.md for the names each page offers"
        let message: String
        let prefix = name.parts[..<part].joined(separator: ".")
        /// What to do: take the suggested name, or check the spelling.
        func advice(_ names: [String]) -> String {
            Self.suggestion(name, failedAt: part, among: names).map { "; \($0) (\(help))" }
                ?? " (check the spelling, or \(help))"
        }
        switch parent {
        case nil:
            let names = stack.flatMap { frame -> [String] in
                if case .map(let members) = frame { return members.names }
                return []
            }
            message =
                "unknown name '\(name.text)'; the context of this page has no such value"
                + advice(names)
        case .map(let members):
            message =
                "unknown name '\(name.text)'; '\(prefix)' has no member '\(name.parts[part])'"
                + advice(members.names)
        case let value?:
            message =
                "unknown name '\(name.text)'; '\(prefix)' is \(Self.describe(value)), which has "
                + "no members (\(help))"
        }
        problems.insert(.error(message, at: name.location))
    }

    /// "did you mean 'account.name'?" for `account.nme`: the names close to the part that
    /// failed, among those its context has, each with the parts before and after it.
    private static func suggestion(
        _ name: TemplateName, failedAt part: Int, among names: [String]
    ) -> String? {
        let before = name.parts[..<part]
        let after = name.parts[(part + 1)...]
        let close = Suggestions(among: Set(names).sorted()).closest(to: name.parts[part])
        return Suggestions.didYouMean(
            close.map { (before + [$0] + after).joined(separator: ".") })
    }

    private static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .null: "empty"
        case .bool: "true or false"
        case .int, .double: "a number"
        case .string: "text"
        case .html, .traced: "HTML"
        case .list: "a list"
        case .map: "a map"
        }
    }

    // MARK: - Output

    private mutating func write(_ text: TemplateText) {
        if text.lineStarts.isEmpty || (indentation.isEmpty && !skipsNextLineStart) {
            output.append(text.bytes)
            return
        }
        var from = 0
        for start in text.lineStarts {
            output.append(text.bytes, from..<start)
            if skipsNextLineStart {
                skipsNextLineStart = false
            } else {
                output.append(indentation)
            }
            from = start
        }
        output.append(text.bytes, from..<text.bytes.count)
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool, name: TemplateName) {
        switch value {
        case .string(let string):
            if escaped { writeEscaped(string) } else { output.append(string) }
        case .html(let html):
            output.append(html)
        case .traced(let traced):
            let offset = output.count
            output.append(traced.html)
            placements.append(
                HTMLPlacement(
                    tag: traced.tag, offset: offset, length: output.count - offset))
        case .int, .double, .bool:
            output.append(value.renderedText)
        case .null:
            break
        case .list:
            if strict {
                problems.insert(
                    .error(
                        "'\(name.text)' is a list, which {{\(name.text)}} cannot show; use "
                            + "{{#\(name.text)}}…{{/\(name.text)}} to show each item",
                        at: name.location))
            }
        case .map:
            if strict {
                problems.insert(
                    .error(
                        "'\(name.text)' is a map, which {{\(name.text)}} cannot show; show one "
                            + "of its members instead, as in {{\(name.text).name}}",
                        at: name.location))
            }
        }
    }

    /// Writes `string` with ``needsEscaping(_:)``'s bytes replaced by their entities,
    /// copying the runs between them whole.
    private mutating func writeEscaped(_ string: String) {
        let bytes = string.utf8Span.span
        var start = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte <= 0x3E, Self.needsEscaping(byte) else { continue }
            output.append(bytes.extracting(start..<index))
            output.append(Self.entity(for: byte))
            start = index + 1
        }
        output.append(bytes.extracting(start..<bytes.count))
    }

    /// The output as a `String`.
    var text: String { output.text }

    /// The output's bytes, handed over without a copy, and where each body landed in them.
    consuming func data() -> (Data, [HTMLPlacement]) {
        let placements = self.placements
        return (output.data(), placements)
    }

    /// Whether `byte` is one of `& < > " '`, which `{{name}}` and ``XMLText`` escape.
    ///
    /// Every one of them sorts at or below `>` (0x3E), which the renderer checks first.
    /// Inlinable, so that ``XMLText`` checks each byte without a call across the targets.
    @inlinable package static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// The character reference that stands for `byte`, one of ``needsEscaping(_:)``'s.
    package static func entity(for byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        default: apostrophe
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
