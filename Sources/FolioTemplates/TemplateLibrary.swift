public import FolioFormats
public import Foundation

/// A site's Mustache templates, each parsed once and then rendered any number of times.
///
/// The library is immutable, so threads rendering pages in parallel share one. Rendering
/// follows the Mustache spec (with its inheritance module; lambdas and dynamic names are not
/// supported) over `TemplateValue` contexts. In strict mode, a partial or parent that no
/// template provides is an error when loading, and a name the context cannot resolve is an
/// error when rendering; otherwise both render as nothing, as the spec says.
public struct TemplateLibrary: Sendable {
    /// The templates, by name (read by ``literalIDs(of:)`` too).
    let templates: [String: CompiledTemplate]
    private let displayPath: String
    private let strict: Bool
    /// Every part of every name a tag of any template looks up (`account` and `name` for
    /// `{{account.name}}`).
    private let nameParts: Set<String>

    /// Parses every `*.mustache` file below `folder` (recursively, skipping a top-level
    /// `assets/` folder).
    ///
    /// A template's name is its path relative to `folder` without `.mustache` (such as
    /// `layout` or `partials/nav`). Messages show paths as `displayPath/relative path` (such
    /// as `Templates/client.mustache`). Throws every problem of every file at once.
    public init(folder: URL, displayPath: String, strict: Bool) throws(DiagnosticList) {
        let contents = TemplateFolder.read(folder, displayPath: displayPath)
        try self.init(
            sources: contents.sources, unreadable: contents.unreadable,
            problems: contents.diagnostics, displayPath: displayPath, strict: strict)
    }

    /// Parses templates given as text, by name (`layout`, `partials/nav`); messages show
    /// their paths as `displayPath/name.mustache`.
    public init(templates: [String: String], displayPath: String, strict: Bool)
        throws(DiagnosticList)
    {
        let sources = templates.sorted { $0.key < $1.key }.map { name, text in
            TemplateSource(name: name, path: "\(displayPath)/\(name).mustache", text: text)
        }
        try self.init(
            sources: sources, unreadable: [], problems: [], displayPath: displayPath,
            strict: strict)
    }

    /// Parses `sources`; `unreadable` names templates that exist but could not be read (and
    /// were reported in `problems`), so references to them are no further error.
    private init(
        sources: [TemplateSource], unreadable: Set<String>, problems: [Diagnostic],
        displayPath: String, strict: Bool
    ) throws(DiagnosticList) {
        var diagnostics = problems
        var templates: [String: CompiledTemplate] = [:]
        var references: [(reference: TemplateReference, noun: String)] = []
        for source in sources {
            var parser = TemplateParser(source, strict: strict)
            let nodes = parser.parse()
            diagnostics += parser.diagnostics
            references += parser.partials.map { ($0, "partial") }
            references += parser.parents.map { ($0, "parent") }
            templates[source.name] = CompiledTemplate(
                name: source.name, path: source.path, nodes: nodes, storage: parser.storage,
                sourceSize: source.bytes.count)
        }
        if strict {
            let names = templates.keys.sorted()
            for (reference, noun) in references
            where templates[reference.name] == nil && !unreadable.contains(reference.name) {
                diagnostics.append(
                    .error(
                        Self.missingTemplateMessage(
                            noun: noun, name: reference.name, displayPath: displayPath,
                            names: names),
                        at: reference.location))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics.sorted()) }
        self.templates = templates
        self.displayPath = displayPath
        self.strict = strict
        var parts: Set<String> = []
        for template in templates.values { Self.collectNameParts(template.nodes, into: &parts) }
        nameParts = parts
    }

    /// Whether some tag of some template looks up `name`, alone or as a part of a dotted
    /// name: when none does, no page can show a value of that name, since a template reaches
    /// a map's members only by naming them.
    public func mentions(_ name: String) -> Bool {
        nameParts.contains(name)
    }

    private static func collectNameParts(_ nodes: [TemplateNode], into parts: inout Set<String>) {
        for node in nodes {
            switch node {
            case .text, .partial:
                break
            case .variable(let name, _):
                parts.formUnion(name.object.parts)
            case .section(let section):
                let section = section.object
                parts.formUnion(section.name.parts)
                collectNameParts(section.body, into: &parts)
            case .parent(let parent):
                for content in parent.object.arguments.values {
                    collectNameParts(content, into: &parts)
                }
            case .block(let block):
                collectNameParts(block.object.defaultContent, into: &parts)
            }
        }
    }

    /// Whether a template called `name` exists.
    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// The names of all templates, sorted.
    public var names: [String] {
        templates.keys.sorted()
    }

    /// Renders template `name` with `context` as the bottom of the context stack.
    ///
    /// In strict mode every name that cannot be resolved (absent from every frame of the
    /// context stack, or a dotted part absent from a map) is an error at its tag; `.null` is
    /// a known value and is no error. All such errors of one render are thrown together,
    /// without repeats, after the render.
    public func render(_ name: String, context: TemplateValue) throws(DiagnosticList) -> String {
        try renderer(name, context: context).text
    }

    /// Renders template `name` as ``render(_:context:)`` does, into UTF-8 bytes: what a build
    /// writes, without turning a large page into a `String` and back; and where in those
    /// bytes each ``TracedHTML`` of the context was written.
    package func renderData(_ name: String, context: TemplateValue) throws(DiagnosticList) -> (
        Data, [HTMLPlacement]
    ) {
        try renderer(name, context: context).data()
    }

    /// The renderer that has rendered template `name` with `context`.
    private func renderer(_ name: String, context: TemplateValue) throws(DiagnosticList)
        -> TemplateRenderer
    {
        guard let template = templates[name] else {
            throw DiagnosticList([
                .error(
                    "there is no template '\(name)'; create \(displayPath)/\(name).mustache")
            ])
        }
        var renderer = TemplateRenderer(
            templates: templates, strict: strict, context: context,
            expectedSize: max(4096, template.sourceSize * 2))
        renderer.render(template.nodes)
        guard renderer.problems.isEmpty else {
            throw DiagnosticList(renderer.problems.sorted())
        }
        return renderer
    }

    private static func missingTemplateMessage(
        noun: String, name: String, displayPath: String, names: [String]
    ) -> String {
        var message =
            "\(noun) '\(name)' is not a template: there is no \(displayPath)/\(name).mustache; "
            + "create it or fix the name"
        if let suggestion = suggestion(for: name, among: names) {
            message += " (\(suggestion))"
        }
        return message
    }

    /// The "did you mean" for a template name: the name without `.mustache`, the names a
    /// few typing mistakes away, or the same file in another folder.
    private static func suggestion(for name: String, among names: [String]) -> String? {
        let written = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
        if written != name, names.contains(written) { return Suggestions.didYouMean([written]) }
        func lastPart(_ path: String) -> String {
            path.split(separator: "/").last.map(String.init) ?? path
        }
        let suggestions = Suggestions(among: names, name: { $0 }, also: { [lastPart($0)] })
        return suggestions.didYouMean(written) ?? suggestions.didYouMean(lastPart(written))
    }
}
