public import Foundation

/// A Markdown file with optional YAML front matter: a client brief, a handoff brief or a
/// guide chapter, as read, before the portfolio layer types its fields.
public struct Document: Hashable, Sendable {
    /// The file's path as shown to the user.
    public var path: String
    /// The front matter: always a mapping (empty when the file has none), with file positions.
    public var frontMatter: DataNode
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file where `body` starts, so Markdown positions can be file positions.
    public var bodyLine: Int

    /// Creates a document from its parts.
    public init(path: String, frontMatter: DataNode, body: String, bodyLine: Int) {
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
    }

    /// Splits `text` (decoded by `SourceText`) into front matter and body.
    ///
    /// A file whose first line is not `---` has no front matter: the whole file is the body
    /// and the front matter is an empty mapping.
    public static func parse(text: String, path: String) throws(DiagnosticList) -> Document {
        let parts: FrontMatter.Parts
        do {
            parts = try FrontMatter.split(text, path: path)
        } catch {
            throw DiagnosticList([error])
        }
        let top = SourceLocation(file: path, line: 1, column: 1)
        guard let yaml = parts.yaml else {
            return Document(
                path: path, frontMatter: DataNode(.map([]), at: top), body: String(parts.body),
                bodyLine: parts.bodyLine)
        }
        var frontMatter = try YAMLReader.read(String(yaml), file: path, firstLine: parts.yamlLine)
        switch frontMatter.content {
        case .map:
            break
        case .null:
            frontMatter = DataNode(.map([]), at: top)
        case .scalar, .list:
            throw DiagnosticList([
                .error(
                    "the front matter must be a mapping of names to values, such as "
                        + "'title: Acme Logistics'; found \(frontMatter.kindDescription)",
                    at: frontMatter.location)
            ])
        }
        return Document(
            path: path, frontMatter: frontMatter, body: String(parts.body),
            bodyLine: parts.bodyLine)
    }

    /// Reads, decodes and parses the file at `url`; `path` is its path as shown to the user.
    public static func read(_ url: URL, path: String) throws(DiagnosticList) -> Document {
        let text: String
        do {
            text = try SourceText.read(url, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        return try parse(text: text, path: path)
    }
}
