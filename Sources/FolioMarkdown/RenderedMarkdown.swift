/// A Markdown document rendered to HTML, with the headings a table of contents needs.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The document as an HTML fragment.
    public var html: String
    /// Every heading of the document, in document order, at the level the HTML gives it
    /// (``MarkdownOptions/topHeadingLevel``).
    public var headings: [Heading]
    /// The links rendered as their text because the page's audience lacks where they lead,
    /// in document order.
    public var withheldLinks: [WithheldLink]

    /// Creates a rendered document.
    public init(html: String, headings: [Heading], withheldLinks: [WithheldLink] = []) {
        self.html = html
        self.headings = headings
        self.withheldLinks = withheldLinks
    }
}

/// A link of a Markdown document that was rendered as its text (``Markdown/render(_:options:withholding:)``).
public struct WithheldLink: Sendable, Hashable {
    /// The link's address, as the document gives it.
    public var address: String
    /// The line the link starts on, from 1.
    public var line: Int
    /// The column the link starts at, from 1, counted in UTF-8 bytes.
    public var byteColumn: Int
}
