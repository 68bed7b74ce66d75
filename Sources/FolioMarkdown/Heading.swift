/// One heading of a rendered Markdown document, for tables of contents.
public struct Heading: Sendable, Hashable {
    /// The heading's level as rendered: 1 for `#` to 6 for `######`, unless
    /// ``MarkdownOptions/topHeadingLevel`` moved it.
    public var level: Int
    /// The heading's plain text, without markup and with whitespace collapsed.
    public var text: String
    /// The heading's slug, unique within its document: the target of `#id` links.
    public var id: String

    /// Creates a heading.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
