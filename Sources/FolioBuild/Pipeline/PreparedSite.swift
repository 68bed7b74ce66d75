import FolioModel
import FolioSite
import FolioTemplates

/// A site read, merged and planned, ready to render: what `folio build` and `folio check`
/// share.
struct PreparedSite: Sendable {
    /// The files the portfolio was merged from, with their positions.
    var sources: PortfolioSources
    /// The merged portfolio.
    var portfolio: Portfolio
    /// The parsed templates.
    var library: TemplateLibrary
    /// Every page, in a fixed order.
    var pages: [PlannedPage]
    /// The whole lists with pages of their own (``PagedList/lists(of:)``), which the pages
    /// and their contexts share.
    var lists: [PagedList]
    /// The digest of each brief's, handoff's and chapter's front matter, by the file's path
    /// as messages show it (``FrontMatterDigests``).
    var frontMatterDigests: [String: UInt64] = [:]
}
