/// A Markdown document rendered to HTML, with the headings a table of contents needs.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The document as an HTML fragment.
    public var html: String
    /// Every heading of the document, level 1 to 6, in document order.
    public var headings: [Heading]

    /// Creates a rendered document.
    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}
