package import FolioModel

/// One page of the site: where it goes, which template renders it, and what it shows.
package struct PlannedPage: Hashable, Sendable {
    /// What a page is about; the index points into the portfolio's lists.
    package enum Subject: Hashable, Sendable {
        case overview
        case client(Int)
        case handoff(Int)
        case person(Int)
        case guide
        case chapter(Int)
        case renewals
        /// The team's page: its people by role, with each account manager's book.
        case team
        case search
        /// A taxonomy's index page.
        case taxonomy(Taxonomy)
        /// One value's page; the index points into the taxonomy's terms. It is the first
        /// page of the value's list of accounts (``PagedList/term(_:_:_:)``).
        case term(Taxonomy, Int)
        /// Page `number` (from 1) of a whole list; a value's later pages are such pages.
        case list(PagedList, number: Int)
        case notFound
    }

    /// The path in the output folder, such as `clients/acme/index.html`.
    package var path: String
    /// The template's name, such as `client`.
    package var template: String
    package var subject: Subject
    var title: String

    /// Whether the page shows one client or one handoff, rather than a list or the guide.
    package var showsOneRecord: Bool {
        switch subject {
        case .client, .handoff: true
        default: false
        }
    }

    /// The relative way from this page back to the site's root: `""`, `../`, `../../`.
    var root: String { Self.root(of: path) }

    /// The relative way from the file at `path` back to the site's root.
    package static func root(of path: String) -> String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }

    /// Where this page's links start: ``root``, or `notFoundRoot` on the 404 page when one
    /// is given (``notFoundRoot(baseURL:override:)``).
    package func linkRoot(notFoundRoot: String?) -> String {
        subject == .notFound ? notFoundRoot ?? root : root
    }

    /// Where the links of `404.html` start: `override` when given (`folio serve` serves the
    /// site at `/`), else `base_url` ending with `/`, else `nil`, for links relative like
    /// every other page's.
    ///
    /// A server shows `404.html` for a missing address at any depth (`/clients/old/`), and the
    /// browser resolves relative links from that address, not from the file's place; an
    /// address under `base_url` leads to the same file from every depth.
    package static func notFoundRoot(baseURL: String?, override: String?) -> String? {
        override ?? baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Every page of `portfolio`, in a fixed order; `lists` are its whole lists
    /// (``PagedList/lists(of:)``) when they are made already.
    package static func pages(
        of portfolio: Portfolio, lists: [PagedList]? = nil
    ) -> [PlannedPage] {
        var pages = [
            PlannedPage(
                path: "index.html", template: "overview", subject: .overview,
                title: portfolio.settings.title)
        ]
        pages.append(
            PlannedPage(
                path: "renewals/index.html", template: "renewals", subject: .renewals,
                title: "Renewals"))
        for (index, client) in portfolio.clients.enumerated() {
            pages.append(
                PlannedPage(
                    path: client.href, template: "client", subject: .client(index),
                    title: client.displayName))
        }
        // By position, not `enumerated()`, which copies every handoff, field by field.
        for index in portfolio.handoffs.indices {
            let account = portfolio.handoffs[index].account.id
            let name =
                portfolio.client(accountID: account)?.displayName ?? portfolio.handoffs[index].slug
            pages.append(
                PlannedPage(
                    path: portfolio.handoffs[index].href, template: "handoff",
                    subject: .handoff(index), title: "Handoff: \(name)"))
        }
        pages.append(
            PlannedPage(path: "team/index.html", template: "team", subject: .team, title: "Team"))
        for (index, person) in portfolio.people.enumerated() {
            pages.append(
                PlannedPage(
                    path: person.href, template: "person", subject: .person(index),
                    title: person.name))
        }
        pages.append(
            PlannedPage(
                path: "search/index.html", template: "search", subject: .search, title: "Search"))
        for list in lists ?? PagedList.lists(of: portfolio) {
            pages += listPages(list, title: list.title(in: portfolio))
        }
        for taxonomy in Taxonomy.allCases {
            pages.append(
                PlannedPage(
                    path: taxonomy.href, template: "taxonomy", subject: .taxonomy(taxonomy),
                    title: taxonomy.title))
            for (index, term) in taxonomy.terms(in: portfolio).enumerated() {
                let title = taxonomy.title(of: term, labels: portfolio.settings.labels)
                pages.append(
                    PlannedPage(
                        path: taxonomy.href(term), template: "term",
                        subject: .term(taxonomy, index), title: title))
                pages += listPages(PagedList.term(taxonomy, index, term), title: title).dropFirst()
            }
        }
        pages.append(
            PlannedPage(
                path: "guide/index.html", template: "guide", subject: .guide,
                title: "Role guide"))
        for (index, chapter) in portfolio.chapters.enumerated() {
            pages.append(
                PlannedPage(
                    path: chapter.href, template: "chapter", subject: .chapter(index),
                    title: chapter.title))
        }
        pages.append(
            PlannedPage(
                path: "404.html", template: "404", subject: .notFound,
                title: "Page not found"))
        return pages
    }
}

extension PlannedPage {
    /// Every page of `list`; a page after the first says its number in its title.
    static func listPages(_ list: PagedList, title: String) -> [PlannedPage] {
        let template = if case .term = list.kind { "term" } else { "list" }
        return (1...list.pageCount).map { number in
            PlannedPage(
                path: list.path(page: number), template: template,
                subject: .list(list, number: number),
                title: number == 1 ? title : "\(title), page \(number) of \(list.pageCount)")
        }
    }
}
