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
    /// The level the document's top headings take on the page, its deeper ones following
    /// them; `nil` keeps every level as written.
    ///
    /// A body shown inside a page's section sits one level below the section's heading: with
    /// 3, a document whose top headings are `#` renders them as `<h3>` and its `##` as
    /// `<h4>`, and one whose top headings are `##` renders those as `<h3>`. No heading goes
    /// below `<h6>`.
    public var topHeadingLevel: Int?
    /// Ids the page holds already (its template's), which no heading gets: a heading whose
    /// slug is one of them is numbered on as a repeated heading is (`main-1`).
    public var takenIDs: Set<String>

    /// Creates options; the defaults are safe mode with heading ids, at their levels as
    /// written.
    public init(
        allowsRawHTML: Bool = false, addsHeadingIDs: Bool = true, topHeadingLevel: Int? = nil,
        takenIDs: Set<String> = []
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.addsHeadingIDs = addsHeadingIDs
        self.topHeadingLevel = topHeadingLevel
        self.takenIDs = takenIDs
    }
}
