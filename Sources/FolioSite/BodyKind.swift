package import FolioMarkdown
package import FolioTemplates

/// The Markdown bodies pages show, and where their headings sit on those pages.
///
/// A body is shown inside a section of its page, so its headings sit one level below that
/// section's heading, whatever level the author started at, and none takes an id the
/// page's template writes (``TemplateLibrary/literalIDs(of:)``).
package enum BodyKind: Sendable, CaseIterable {
    /// A client brief's relationship notes, on the client page.
    case brief
    /// A handoff's story of the sale, on the handoff page.
    case handoff
    /// A guide chapter, on its own page.
    case chapter

    /// The template of the page that shows the body.
    var template: String {
        switch self {
        case .brief: "client"
        case .handoff: "handoff"
        case .chapter: "chapter"
        }
    }

    /// The level the body's top headings take: a brief's and a handoff's body sit in a
    /// section of the page with an `<h2>` ("Relationship notes", "The story of the sale"),
    /// so theirs are `<h3>`; a chapter is the page's own text, below its `<h1>`.
    var topHeadingLevel: Int {
        switch self {
        case .brief, .handoff: 3
        case .chapter: 2
        }
    }

    /// The kind of the body of the content file at `path`, relative to the content folder
    /// (`clients/emea/acme.md`), or `nil` for a file that has no body pages show.
    package init?(contentPath path: some StringProtocol) {
        switch path.split(separator: "/").first {
        case "clients": self = .brief
        case "handoffs": self = .handoff
        case "guide": self = .chapter
        default: return nil
        }
    }

    /// How a body of this kind renders, from the site's `options`, on pages of `library`.
    package func markdownOptions(_ options: MarkdownOptions, library: TemplateLibrary?)
        -> MarkdownOptions
    {
        var options = options
        options.topHeadingLevel = topHeadingLevel
        options.takenIDs = library?.literalIDs(of: template) ?? []
        return options
    }
}
