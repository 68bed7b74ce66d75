package import FolioFormats
package import FolioMarkdown
package import FolioModel
import FolioParallel
package import FolioTemplates
import Synchronization

/// Builds the template context of each page from the portfolio, as docs/templates.md
/// describes it.
///
/// Every documented name is always present (`null` when the content gives
/// nothing), so that strict rendering can tell a typo from a missing value.
///
/// Here is what every page shares: the values made once per build, the choice of a page's
/// context by its kind (``context(for:)``), the parts of every page, and the shapes many
/// pages show (a person, an account, money, a rendered body). Each kind of page has its own
/// file: `PageContext+Overview.swift`, `+Client`, `+Handoff`, `+Person` (with the team's
/// page), `+Renewals`, `+Search`, `+Taxonomy`, `+Guide` and `+Lists` (the pages of whole
/// lists); the charts are in `+Charts`.
package struct PageContext: Sendable {
    let portfolio: Portfolio
    let markdown: MarkdownOptions
    /// How each kind of body renders: `markdown`, with its headings placed in its page
    /// (``BodyKind/markdownOptions(_:library:)``).
    private let bodyMarkdown: [BodyKind: MarkdownOptions]
    /// How messages name the content folder (as typed after `--content`), and the folder's
    /// own name, which pages name source files from.
    let contentFolder: (display: String, name: String)?
    /// The portfolio's figures, computed once for all pages.
    let metrics: PortfolioMetrics
    /// Each taxonomy's terms, and each value's page, computed once for all pages.
    let terms: [Taxonomy: [Taxonomy.Term]]
    private let termHrefs: [Taxonomy: [String: String]]
    /// The search index, made once for the search page and `search-index.json`.
    package let searchIndex: SearchIndex
    /// The search index in the files the search page loads.
    package let searchShards: SearchShards
    /// Whether the search page's context holds the whole index as JSON (`search.index`),
    /// which only a theme that names it needs.
    let embedsSearchIndex: Bool
    /// Each client's `account` value, in the order of `portfolio.clients`.
    ///
    /// An account appears on about ten pages (its own, the overview, its people's, its
    /// terms', the renewals); made once, each page shares it instead of making it again.
    package var accountValues: [TemplateValue] = []
    /// Each live account's renewal bucket and place in it (`metrics.renewals`), and each
    /// account at risk's place in `metrics.atRisk`, by account id: a person's page orders
    /// its hundred accounts by these instead of filtering the whole portfolio's lists, which
    /// would make the person pages grow with the square of the accounts.
    let renewalPlaces: [String: (bucket: RenewalBucket, rank: Int)]
    /// Each person's value, by id: made once, as an account's, since every account names
    /// its manager and salesperson.
    private var personValues: [String: TemplateValue] = [:]
    /// Each handoff's summary (``handoff(_:full:body:)`` without `full`), by slug: made
    /// once, as a handoff is listed on its account's page, its two people's pages and the
    /// lists of handoffs.
    private(set) var handoffSummaries: [String: TemplateValue] = [:]
    /// Each account manager's revenue retention, by person id, over the accounts they
    /// manage, churned ones included: made in one pass over the movements.
    private(set) var bookRetention: [String: [PortfolioMetrics.Retention]] = [:]
    /// Each term's value (``term(_:_:)``), in the order of ``terms``: made once, as a
    /// term's figures cover all its accounts and a large term has a hundred pages.
    private(set) var termValues: [Taxonomy: [TemplateValue]] = [:]
    let atRiskPlaces: [String: Int]
    /// The parts of every page that are the same on each, made once (``Shared``).
    let shared: Shared
    /// The whole lists that have pages of their own, by what they hold.
    let lists: [PagedList.Kind: PagedList]
    /// What needs attention in the next days.
    let agenda: Agenda
    /// The pages this build's audience lacks, which links in bodies must not lead to.
    private let withheldPages: WithheldPages?
    /// A warning for each link in a body that was shown as text because it leads to one of
    /// ``withheldPages``, gathered from every thread that renders pages.
    package let withheldLinkWarnings = DiagnosticCollector()
    /// Where the links of the 404 page start, when not relative
    /// (``PlannedPage/notFoundRoot(baseURL:override:)``).
    let notFoundRoot: String?

    /// The contexts of the pages of `portfolio`; `lists` are its whole lists
    /// (``PagedList/lists(of:)``) when they are made already, and `library` the templates
    /// the pages render with, whose ids the bodies' headings leave free.
    package init(
        portfolio: Portfolio, markdown: MarkdownOptions, version: String,
        contentFolder: (display: String, name: String)? = nil, notFoundRoot: String? = nil,
        embedsSearchIndex: Bool = false, lists: [PagedList]? = nil,
        library: TemplateLibrary? = nil
    ) {
        self.portfolio = portfolio
        self.embedsSearchIndex = embedsSearchIndex
        self.markdown = markdown
        self.bodyMarkdown = Dictionary(
            uniqueKeysWithValues: BodyKind.allCases.map {
                ($0, $0.markdownOptions(markdown, library: library))
            })
        self.contentFolder = contentFolder
        self.notFoundRoot = notFoundRoot
        self.shared = Shared(
            portfolio, version: version, teamPage: library?.contains("team") ?? true)
        self.withheldPages = WithheldPages(portfolio)
        self.agenda = Agenda(portfolio)
        self.lists = Dictionary(
            (lists ?? PagedList.lists(of: portfolio)).map { ($0.kind, $0) },
            uniquingKeysWith: { a, _ in a })
        // The figures beside the terms and the search index: the figures keep one core busy
        // for a while, and the lists can use the others meanwhile.
        let (lists, figures) = ParallelLoop.both(
            { Lists(portfolio) }, { Figures(portfolio) })
        self.metrics = figures.metrics
        self.renewalPlaces = figures.renewalPlaces
        self.atRiskPlaces = figures.atRiskPlaces
        self.terms = lists.terms
        self.termHrefs = lists.termHrefs
        self.searchIndex = lists.searchIndex
        self.searchShards = lists.searchShards
        self.personValues = Dictionary(
            portfolio.people.map { ($0.id, makePerson($0)) },
            uniquingKeysWith: { first, _ in first })
        for (taxonomy, list) in terms {
            termValues[taxonomy] = list.map { term(taxonomy, $0) }
        }
        self.bookRetention = PortfolioMetrics.retention(portfolio, start: metrics.retentionStart) {
            portfolio.client(accountID: $0)?.account.accountManager?.id
        }
        let context = self
        let clients = portfolio.clients
        let values = Mutex([TemplateValue](repeating: .null, count: clients.count))
        ParallelLoop.forEach(clients.count) { index in
            let value = context.makeAccount(clients[index])
            values.withLock { $0[index] = value }
        }
        self.accountValues = values.withLock { $0 }
        let handoffs = portfolio.handoffs
        let summaries = Mutex([TemplateValue](repeating: .null, count: handoffs.count))
        ParallelLoop.forEach(handoffs.count) { [self] index in
            let value = handoffSummary(handoffs[index])
            summaries.withLock { $0[index] = value }
        }
        self.handoffSummaries = Dictionary(
            zip(handoffs.map(\.slug), summaries.withLock { $0 }),
            uniquingKeysWith: { first, _ in first })
    }

    /// The portfolio's figures, and each account's place in the lists they make.
    private struct Figures: Sendable {
        var metrics: PortfolioMetrics
        var renewalPlaces: [String: (bucket: RenewalBucket, rank: Int)] = [:]
        var atRiskPlaces: [String: Int]

        init(_ portfolio: Portfolio) {
            metrics = PortfolioMetrics(portfolio)
            for (bucket, ids) in metrics.renewals {
                for (rank, id) in ids.enumerated() { renewalPlaces[id] = (bucket, rank) }
            }
            atRiskPlaces = Dictionary(
                metrics.atRisk.enumerated().map { ($1, $0) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// Each taxonomy's terms and their pages, and the search index and its shards.
    private struct Lists: Sendable {
        var terms: [Taxonomy: [Taxonomy.Term]] = [:]
        var termHrefs: [Taxonomy: [String: String]] = [:]
        var searchIndex: SearchIndex
        var searchShards: SearchShards

        init(_ portfolio: Portfolio) {
            for taxonomy in Taxonomy.allCases {
                let list = taxonomy.terms(in: portfolio)
                terms[taxonomy] = list
                termHrefs[taxonomy] = Dictionary(
                    list.map { ($0.value, taxonomy.href($0)) },
                    uniquingKeysWith: { first, _ in first })
            }
            searchIndex = SearchIndex(portfolio)
            searchShards = SearchShards(searchIndex, portfolio: portfolio, terms: terms)
        }
    }

    /// A source file as pages show it, starting from the content folder's own name: the
    /// folder the build runs from, and how `--content` was written, change no page.
    func published(_ source: String) -> TemplateValue {
        .string(publishedPath(source))
    }

    /// A source file as pages show it (``published(_:)``), as text.
    private func publishedPath(_ source: String) -> String {
        guard let contentFolder, source.hasPrefix(contentFolder.display + "/") else {
            return source
        }
        return contentFolder.name + source.dropFirst(contentFolder.display.count)
    }

    /// The address where the team edits `source` (`edit_url` in `site.yml`); null without
    /// one, and in a client build, which is no place to edit from and whose readers should
    /// not learn where the team's sources are kept, and under which names.
    func editURL(_ source: String) -> TemplateValue {
        guard let pattern = portfolio.settings.editURL, !portfolio.audience.withholdsPrivate
        else { return .null }
        return .string(pattern.address(of: publishedPath(source)))
    }

    /// The page of `value` in `taxonomy`, or null.
    func termHref(_ taxonomy: Taxonomy, _ value: String?) -> TemplateValue {
        .optional(value.flatMap { termHrefs[taxonomy]?[$0] })
    }

    /// How pages name the values of the vocabularies (`labels:` in `site.yml`).
    var labels: ValueLabels { portfolio.settings.labels }

    /// The whole context of `page`.
    package func context(for page: PlannedPage) -> TemplateValue {
        var values = common(page)
        switch page.subject {
        case .overview: values.merge(overview())
        case .client(let index):
            values.merge(client(index))
        case .handoff(let index): values.merge(handoffPage(index))
        case .person(let index):
            values.merge(personPage(portfolio.people[index]))
        case .guide: values.merge(guidePage(chapter: nil))
        case .chapter(let index): values.merge(guidePage(chapter: index))
        case .renewals: values.merge(renewals())
        case .team: values["team"] = team()
        case .search: values["search"] = search()
        case .taxonomy(let taxonomy): values.merge(taxonomyPage(taxonomy))
        case .term(let taxonomy, let index):
            values.merge(termPage(taxonomy, index, number: 1))
        case .list(let list, let number):
            if case .term(let taxonomy, let index) = list.kind {
                values.merge(termPage(taxonomy, index, number: number))
            } else {
                values.merge(listPage(list, number: number))
            }
        case .notFound: break
        }
        return .map(values)
    }

    // MARK: Every page

    private func common(_ page: PlannedPage) -> TemplateMap {
        let current = shared.navigation.firstIndex { _, href in
            page.path == href || (href == "guide/index.html" && page.path.hasPrefix("guide/"))
        }
        return [
            "root": .string(page.linkRoot(notFoundRoot: notFoundRoot)),
            "site": shared.site,
            "page": [
                "title": .string(page.title),
                "path": .string(page.path),
                "kind": .string(page.kind),
            ],
            "nav": shared.navs[current.map { $0 + 1 } ?? 0],
            "folio": shared.folio,
            "audience": shared.audience,
        ]
    }

    /// The site's sections, as the navigation of every page lists them; the team's page
    /// when the theme has one.
    private static func navigation(teamPage: Bool) -> [(title: String, href: String)] {
        [("Overview", "index.html"), ("Renewals", "renewals/index.html")]
            + (teamPage ? [("Team", "team/index.html")] : [])
            + [("Role guide", "guide/index.html"), ("Search", "search/index.html")]
    }

    /// The parts of `common` that are the same on every page, made once per build: the
    /// `site`, `folio` and `audience` values, and the navigation with no section current
    /// (`navs[0]`) or section `i` current (`navs[i + 1]`).
    struct Shared: Sendable {
        var site: TemplateValue
        var folio: TemplateValue
        var audience: TemplateValue
        var navs: [TemplateValue]
        var navigation: [(title: String, href: String)]
        /// The twelve months up to and including `as_of`'s month: the axis of every client's
        /// activity chart.
        var activityMonths: MonthAxis

        init(_ portfolio: Portfolio, version: String, teamPage: Bool) {
            let settings = portfolio.settings
            let asOf = portfolio.asOf
            let first = CalendarDate(year: asOf.year - 1, month: asOf.month, day: 1) ?? asOf
            activityMonths = MonthAxis(
                PageContext.months(from: first, count: 13).suffix(12).map { $0 })
            site = [
                "title": .string(settings.title),
                "description": settings.description.map(TemplateValue.string) ?? .null,
                "base_url": settings.baseURL.map(TemplateValue.string) ?? .null,
                "indexable": .bool(settings.indexable),
                "currency": .string(settings.currency),
                "as_of": .string(portfolio.asOf.description),
                "as_of_display": .string(Formatting.date(portfolio.asOf)),
                "fields": settings.fields,
            ]
            folio = [
                "version": .string(version),
                "content_security_policy": .string(SitePolicy.contentSecurityPolicy),
            ]
            audience = [
                "name": .string(portfolio.audience.rawValue),
                "is_team": .bool(portfolio.audience == .team),
                "is_client": .bool(portfolio.audience == .client),
                "sees_handoffs": .bool(
                    !portfolio.audience.withholdsPrivate
                        || !settings.privateFields.pagesArePrivate(.handoffs)),
            ]
            let navigation = PageContext.navigation(teamPage: teamPage)
            self.navigation = navigation
            navs = (-1..<navigation.count).map { current in
                .list(
                    navigation.enumerated().map { index, entry in
                        [
                            "title": .string(entry.title), "href": .string(entry.href),
                            "current": .bool(index == current),
                        ]
                    })
            }
        }
    }

    // MARK: Shared shapes

    func person(_ person: Person?) -> TemplateValue {
        guard let person else { return .null }
        return personValues[person.id] ?? makePerson(person)
    }

    private func makePerson(_ person: Person) -> TemplateValue {
        [
            "id": .string(person.id),
            "name": .string(person.name),
            "title": .optional(person.title),
            "role": .optional(person.role?.rawValue),
            "role_label": .optional(labels.label(.teamRole, person.role?.rawValue)),
            "email": .optional(person.email),
            "region": .optional(person.region),
            "href": .string(person.href),
            "is_account_manager": .bool(person.role == .accountManager),
            "is_salesperson": .bool(person.role == .salesperson),
            "is_director": .bool(person.role == .director),
            "fields": person.fields,
        ]
    }

    func person(_ reference: Reference?) -> TemplateValue {
        person(portfolio.person(reference?.id))
    }

    func account(_ client: Portfolio.Client) -> TemplateValue {
        portfolio.clientIndex(accountID: client.account.id).map { accountValues[$0] } ?? .null
    }

    private func makeAccount(_ client: Portfolio.Client) -> TemplateValue {
        let account = client.account
        let band = portfolio.healthBand(of: account)
        let touchpointDays = metrics.daysSinceTouchpoint[account.id]
        let touchpoint = touchpointDays.map { portfolio.asOf.adding(days: -$0) }
        return [
            "id": .string(account.id),
            "name": .string(client.displayName),
            "crm_name": .string(account.name),
            "slug": .string(client.slug),
            "href": .string(client.href),
            "summary": .optional(client.brief?.summary),
            "has_brief": .bool(client.brief != nil),
            "draft_brief": .optional(portfolio.draftBriefs[account.id].map(publishedPath)),
            "industry": .optional(account.industry),
            "industry_label": .optional(labels.label(.industry, account.industry)),
            "industry_href": termHref(.industry, account.industry),
            "segment": .optional(account.segment),
            "segment_label": .optional(labels.label(.segment, account.segment)),
            "segment_href": termHref(.segment, account.segment),
            "tier": .optional(account.tier),
            "tier_label": .optional(labels.label(.tier, account.tier)),
            "tier_href": termHref(.tier, account.tier),
            "status": .optional(account.status?.rawValue),
            "status_label": .optional(labels.label(.status, account.status?.rawValue)),
            "arr": account.arr.map(TemplateValue.double) ?? .null,
            "arr_display": .optional(
                account.arr.map { Formatting.money($0, currency: account.currency) }),
            "currency": .string(account.currency),
            "contract_start": .date(account.contractStart),
            "contract_start_display": .dateDisplay(account.contractStart),
            "renewal_date": .date(account.renewalDate),
            "renewal_date_display": .dateDisplay(account.renewalDate),
            "days_to_renewal": portfolio.daysToRenewal(of: account).map(TemplateValue.int) ?? .null,
            "days_overdue": portfolio.isRenewalOverdue(account)
                ? .int(-(portfolio.daysToRenewal(of: account) ?? 0)) : .null,
            "renewal_overdue": .bool(portfolio.isRenewalOverdue(account)),
            "renewal_due": .bool(portfolio.isRenewalDue(account)),
            "health_score": account.healthScore.map(TemplateValue.double) ?? .null,
            "health_band": .optional(band?.rawValue),
            "health_label": .optional(band?.label),
            "is_red": .bool(band == .red),
            "is_yellow": .bool(band == .yellow),
            "is_green": .bool(band == .green),
            "nps": account.nps.map(TemplateValue.int) ?? .null,
            "products": .list(account.products.map(TemplateValue.string)),
            "last_touchpoint": .date(touchpoint),
            "last_touchpoint_display": .dateDisplay(touchpoint),
            "days_since_touchpoint": touchpointDays.map(TemplateValue.int) ?? .null,
            "renewal_bucket": bucket(portfolio.renewalBucket(of: account)),
            "at_risk": .bool(portfolio.isAtRisk(account)),
            "manager": person(account.accountManager),
            "salesperson": person(account.salesperson),
            "fields": account.fields,
        ]
    }

    func account(id: String) -> TemplateValue {
        portfolio.client(accountID: id).map(account) ?? .null
    }

    private func bucket(_ bucket: RenewalBucket?) -> TemplateValue {
        bucket.map { .map(bucketValues($0)) } ?? .null
    }

    func bucketValues(_ bucket: RenewalBucket) -> TemplateMap {
        [
            "key": .string(bucket.rawValue), "label": .string(bucket.label),
            "slug": .string(bucket.slug), "is_overdue": .bool(bucket == .overdue),
        ]
    }

    func money(_ totals: [(currency: String, amount: Double)]) -> TemplateValue {
        .list(
            totals.map {
                [
                    "currency": .string($0.currency), "amount": .double($0.amount),
                    "amount_display": .string(Formatting.money($0.amount, currency: $0.currency)),
                ]
            })
    }

    /// Rendered Markdown, or `null` when the body has no text, so that `{{#body}}` can
    /// leave out an empty section; with a document number, a ``TracedHTML`` whose place in
    /// each page the build records.
    func html(_ markdown: String, document: Int?, source: Source) -> TemplateValue {
        guard !Self.isEmptyBody(markdown) else { return .null }
        let html = render(markdown, source: source).html
        guard let document else { return .html(html) }
        return .traced(TracedHTML(tag: document, html: html))
    }

    /// Where a body comes from and where it is shown: its kind, its file, the line its body
    /// starts on, and the path of the page that shows it.
    struct Source {
        var kind: BodyKind
        var file: String
        var bodyLine: Int
        var page: String
    }

    /// A body rendered for the page `source` names.
    ///
    /// A link to a page this build's audience lacks is shown as its text, with a warning at
    /// the link.
    func render(_ markdown: String, source: Source) -> RenderedMarkdown {
        let options = bodyMarkdown[source.kind] ?? self.markdown
        guard let withheldPages else { return Markdown.render(markdown, options: options) }
        let rendered = Markdown.render(markdown, options: options) {
            withheldPages.folder(linkedBy: $0, on: source.page) != nil
        }
        guard !rendered.withheldLinks.isEmpty else { return rendered }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        for link in rendered.withheldLinks {
            let text = lines.indices.contains(link.line - 1) ? lines[link.line - 1] : ""
            let column =
                String(decoding: text.utf8.prefix(max(0, link.byteColumn - 1)), as: UTF8.self)
                .count + 1
            let folder = withheldPages.folder(linkedBy: link.address, on: source.page) ?? ""
            withheldLinkWarnings.report(
                .warning(
                    "the link '\(link.address)' leads to \(folder)/, which the "
                        + "\(portfolio.audience.rawValue) build leaves out (private: in site.yml), "
                        + "so this build shows the link's text without it; the team build keeps "
                        + "the link",
                    at: SourceLocation(
                        file: source.file, line: source.bodyLine + link.line - 1, column: column)))
        }
        return rendered
    }

    /// Whether a body shows nothing: it has no text but white space.
    package static func isEmptyBody(_ markdown: String) -> Bool {
        !markdown.contains(where: { !$0.isWhitespace })
    }

    /// A brief's or handoff's body as its page shows it, `options` being those of its kind
    /// (``BodyKind/markdownOptions(_:library:)``).
    package static func renderBody(_ markdown: String, options: MarkdownOptions) -> String {
        Markdown.render(markdown, options: options).html
    }
}

extension PlannedPage {
    /// The page kind templates see as `page.kind`.
    var kind: String {
        switch subject {
        case .overview: "overview"
        case .client: "client"
        case .handoff: "handoff"
        case .person: "person"
        case .guide: "guide"
        case .chapter: "chapter"
        case .renewals: "renewals"
        case .team: "team"
        case .search: "search"
        case .taxonomy: "taxonomy"
        case .term: "term"
        case .list(let list, _):
            if case .term = list.kind { "term" } else { "list" }
        case .notFound: "not_found"
        }
    }
}

extension TemplateValue {
    /// Text, or `null` when absent.
    static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.string) ?? .null
    }

    /// `YYYY-MM-DD`, or `null` when absent.
    static func date(_ date: CalendarDate?) -> TemplateValue {
        date.map { .string($0.description) } ?? .null
    }

    /// `30 Nov 2026`, or `null` when absent.
    static func dateDisplay(_ date: CalendarDate?) -> TemplateValue {
        date.map { .string(Formatting.date($0)) } ?? .null
    }
}
