/// A step of a build or check, reported as it starts so that the command line can time it.
public enum BuildPhase: String, Sendable, CaseIterable {
    /// Fingerprinting the content and templates to see whether anything changed since the
    /// last build.
    case comparing = "compare inputs"
    /// Writing the new bodies of the briefs and handoffs whose text alone changed into the
    /// pages that show them, in place (``BodyPatch``); a build that does this does nothing
    /// else.
    case patching = "update pages"
    /// Reading `site.yml`, the data files and the Markdown.
    case reading = "read content"
    /// Parsing the templates.
    case parsingTemplates = "parse templates"
    /// Typing and joining the portfolio.
    case merging = "merge portfolio"
    /// Listing and hashing the files of the output folder that the build will replace.
    case scanningOutput = "scan output"
    /// Rendering every page.
    case rendering = "render pages"
    /// Copying the assets, and swapping the output in (the sitemap, calendar and search
    /// index are written while the pages render).
    case writing = "write output"
    /// Searching a client build's output for private values (`--audience client` only).
    case scanning = "privacy scan"
    /// Checking links, staleness and handoffs (`folio check` only).
    case checking = "check links"
}
