// The paths of the pages of clients, handoffs, people and chapters, from the site's root:
// the addresses that links, redirects and the agenda lead to.

extension Portfolio.Client {
    /// The page's path from the site's root.
    package var href: String { "clients/\(slug)/index.html" }
}

extension Handoff {
    /// The page's path from the site's root.
    package var href: String { "handoffs/\(slug)/index.html" }
}

extension Person {
    /// The page's path from the site's root.
    package var href: String { "team/\(id)/index.html" }
}

extension GuideChapter {
    /// The page's path from the site's root.
    package var href: String { "guide/\(slug)/index.html" }
}
