package import FolioModel

/// A list that grows with the portfolio, shown whole in numbered pages of a fixed size
/// (`accounts/index.html`, `accounts/2/index.html`, ...), so that no page grows with the
/// portfolio; other pages show its first few rows (``shortLength``) and link to it.
package struct PagedList: Hashable, Sendable {
    /// What the list holds.
    enum Kind: Hashable, Sendable {
        /// Every account, by name.
        case accounts
        /// The accounts at risk, largest ARR first.
        case atRisk
        /// The open upsell opportunities, largest first.
        case pipeline
        /// Every handoff brief, newest first.
        case handoffs
        /// The accounts without a brief, largest ARR first.
        case withoutBrief
        /// Each account manager's book of business in figures, largest ARR first.
        case books
        /// The accounts of one renewal bucket, soonest first (the longest overdue first).
        case renewals(RenewalBucket)
        /// One person's book of business, by name; the index is into the portfolio's people.
        case book(Int)
        /// The handoffs one person gave or received, newest first.
        case personHandoffs(Int)
        /// The accounts with one value of a taxonomy, by name; the index is into its terms.
        case term(Taxonomy, Int)
        /// What needs attention in the next days (``Agenda``), soonest first.
        case agenda
        /// The agenda of one person's accounts and handoffs.
        case personAgenda(Int)
        /// Everyone in the team, by role (as the team's page groups them), then by name.
        case people
    }

    /// How many rows a page of the whole list shows.
    static let pageSize = 100
    /// How many rows a page that is not the list itself shows of it.
    static let shortLength = 10

    var kind: Kind
    /// How many rows the whole list has.
    var count: Int
    /// The folder of its first page, such as `accounts`.
    var folder: String

    /// How many pages the whole list takes: at least one, so that an empty list has a page
    /// that says so.
    var pageCount: Int { max(1, (count + Self.pageSize - 1) / Self.pageSize) }

    /// The path of page `number`, from 1.
    func path(page number: Int) -> String {
        number == 1 ? "\(folder)/index.html" : "\(folder)/\(number)/index.html"
    }

    /// The rows page `number` shows.
    func rows(page number: Int) -> Range<Int> {
        let start = min(count, (number - 1) * Self.pageSize)
        return start..<min(count, start + Self.pageSize)
    }

    /// The lists of `portfolio` that have pages of their own, with their sizes.
    ///
    /// The portfolio's lists always have a page, even empty, so that links to them never
    /// break; a person's lists have one only when they are longer than the short list their
    /// page shows. A taxonomy value's page is the first page of its list.
    package static func lists(of portfolio: Portfolio, agenda: Agenda? = nil) -> [PagedList] {
        let live = portfolio.clients.filter { $0.account.status != .churned }
        let agenda = agenda ?? Agenda(portfolio)
        var lists = [
            PagedList(kind: .agenda, count: agenda.items.count, folder: "agenda"),
            PagedList(kind: .accounts, count: portfolio.clients.count, folder: "accounts"),
            PagedList(
                kind: .atRisk, count: live.count { portfolio.isAtRisk($0.account) },
                folder: "at-risk"),
            PagedList(
                kind: .pipeline, count: PortfolioMetrics.openings(of: portfolio).count,
                folder: "pipeline"),
        ]
        if portfolio.showsHandoffs {
            lists.append(
                PagedList(kind: .handoffs, count: portfolio.handoffs.count, folder: "handoffs"))
        }
        lists.append(
            PagedList(
                kind: .withoutBrief, count: portfolio.clients.count { $0.brief == nil },
                folder: "without-brief"))
        lists.append(
            PagedList(
                kind: .books, count: portfolio.managerIDsByARR.count, folder: "books"))
        lists.append(PagedList(kind: .people, count: portfolio.people.count, folder: "people"))
        var buckets: [RenewalBucket: Int] = [:]
        for client in live {
            if let bucket = portfolio.renewalBucket(of: client.account) {
                buckets[bucket, default: 0] += 1
            }
        }
        for bucket in RenewalBucket.allCases {
            lists.append(
                PagedList(
                    kind: .renewals(bucket), count: buckets[bucket] ?? 0,
                    folder: "renewals/\(bucket.rawValue)"))
        }
        var owned: [String: Int] = [:]
        for item in agenda.items {
            if let owner = item.owner { owned[owner, default: 0] += 1 }
        }
        for (index, person) in portfolio.people.enumerated() {
            lists += [book(index, in: portfolio), handoffs(index, in: portfolio)].compactMap { $0 }
            if let count = owned[person.id], count > shortLength {
                lists.append(
                    PagedList(
                        kind: .personAgenda(index), count: count,
                        folder: "team/\(person.id)/agenda"))
            }
        }
        return lists
    }

    /// The book of the person at `index`, when it is longer than a short list.
    static func book(_ index: Int, in portfolio: Portfolio) -> PagedList? {
        let person = portfolio.people[index]
        let count = portfolio.book(of: person.id).count
        guard count > shortLength else { return nil }
        return PagedList(kind: .book(index), count: count, folder: "team/\(person.id)/accounts")
    }

    /// The handoffs the person at `index` gave or received, when there are more than a
    /// short list holds and the build shows handoffs.
    static func handoffs(_ index: Int, in portfolio: Portfolio) -> PagedList? {
        let person = portfolio.people[index]
        let count = portfolio.handoffs(givenOrReceivedBy: person.id).count
        guard portfolio.showsHandoffs, count > shortLength else { return nil }
        return PagedList(
            kind: .personHandoffs(index), count: count, folder: "team/\(person.id)/handoffs")
    }

    /// The list of the accounts with one value of a taxonomy, whose first page is the
    /// value's page.
    static func term(_ taxonomy: Taxonomy, _ index: Int, _ term: Taxonomy.Term) -> PagedList {
        let href = taxonomy.href(term)
        return PagedList(
            kind: .term(taxonomy, index), count: term.clients.count,
            folder: String(href.dropLast("/index.html".count)))
    }
}

extension PagedList {
    /// The list's title, as its pages' headings and the browser show it.
    func title(in portfolio: Portfolio) -> String {
        switch kind {
        case .accounts: "Every account"
        case .atRisk: "Accounts at risk"
        case .pipeline: "Upsell pipeline"
        case .handoffs: "Handoff briefs"
        case .withoutBrief: "Accounts without a brief"
        case .books: "Books of business"
        case .people: "Everyone in the team"
        case .renewals(let bucket): "Renewals: \(bucket.label.lowercased())"
        case .book(let person): "\(portfolio.people[person].name): book of business"
        case .personHandoffs(let person): "\(portfolio.people[person].name): handoffs"
        case .term(let taxonomy, let index):
            taxonomy.title(
                of: taxonomy.terms(in: portfolio)[index], labels: portfolio.settings.labels)
        case .agenda: "Agenda"
        case .personAgenda(let person): "\(portfolio.people[person].name): agenda"
        }
    }
}

extension Portfolio {
    /// The handoffs a person gave or received, newest first as ``handoffs`` orders them,
    /// each once.
    func handoffs(givenOrReceivedBy id: String) -> [Handoff] {
        // Positions in `handoffs`, which is newest first.
        Set(indexes.handoffsByGiver[id, default: []])
            .union(indexes.handoffsByReceiver[id, default: []]).sorted().map { handoffs[$0] }
    }

    /// The people who manage at least one account, the largest book first: by their
    /// accounts' ARR in the portfolio's main currency, then by their number of accounts.
    var managerIDsByARR: [String] {
        let main = settings.currency
        return people.compactMap { person -> (String, Double, Int)? in
            let book = clients(managedBy: person.id)
            guard !book.isEmpty else { return nil }
            let arr = book.reduce(0.0) { total, client in
                let account = client.account
                guard account.status != .churned, account.currency == main else { return total }
                return total + (account.arr ?? 0)
            }
            return (person.id, arr, book.count)
        }.sorted { ($0.1, $0.2, $1.0) > ($1.1, $1.2, $0.0) }.map(\.0)
    }
}
