/// How ``Markdown`` turns a document into HTML.
///
/// The defaults are the safe ones: a site opts in to raw HTML in `site.yml`.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML and links with any scheme reach the page.
    ///
    /// When `false` (the default), raw HTML blocks and inline tags become
    /// `<!-- raw HTML omitted -->`, and a link to a `javascript:`, `vbscript:`, `file:` or
    /// non-image `data:` address is shown as its text, an image from one as its description.
    public var allowsRawHTML: Bool
    /// Whether every heading element carries an `id` for links into the page.
    ///
    /// ``RenderedMarkdown/headings`` lists the ids either way; without them in the HTML,
    /// links to them lead nowhere.
    public var addsHeadingIDs: Bool

    /// Creates options; the defaults are safe mode with heading ids.
    public init(allowsRawHTML: Bool = false, addsHeadingIDs: Bool = true) {
        self.allowsRawHTML = allowsRawHTML
        self.addsHeadingIDs = addsHeadingIDs
    }
}
