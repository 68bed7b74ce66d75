import FolioModel
import FolioTemplates

/// A person's page: their book, agenda, handoffs, reports and, for a director or a manager
/// of others, a roll-up of the books under them.
extension PageContext {
    func personPage(_ person: Person) -> TemplateMap {
        let book = portfolio.book(of: person.id)
        let arr = portfolio.arrByCurrency(book.map(\.account))
        let index = portfolio.people.firstIndex { $0.id == person.id }
        let bookList = index.flatMap { lists[.book($0)] }
        let given = portfolio.handoffs(from: person.id)
        let received = portfolio.handoffs(to: person.id)
        let largest = book.sorted {
            ($0.account.arr ?? 0, $1.account.id) > ($1.account.arr ?? 0, $0.account.id)
        }
        let owned = agenda.items(ownedBy: person.id)
        // A director's page rolls up the books of those who report to them, or of the whole
        // team when nobody does; anyone else's, of their reports when they have some.
        let reports = reports(of: person.id)
        let rolledUp =
            !reports.isEmpty ? reports : person.role == .director ? portfolio.people : []
        return [
            "person": self.person(person),
            "has_book": .bool(!book.isEmpty),
            "rollup": rolledUp.isEmpty ? .null : rollup(rolledUp),
            "rollup_is_whole_team": .bool(reports.isEmpty && !rolledUp.isEmpty),
            "reports": .list(reports.map { self.person($0) }),
            "has_handoffs_given": .bool(!given.isEmpty),
            "has_handoffs_received": .bool(!received.isEmpty),
            "has_nothing": .bool(
                book.isEmpty && rolledUp.isEmpty && given.isEmpty && received.isEmpty),
            "agenda": .list(owned.prefix(PagedList.shortLength).map(agendaItem)),
            "agenda_count": .int(owned.count),
            "has_agenda": .bool(!owned.isEmpty),
            "agenda_list": index.flatMap { lists[.personAgenda($0)] }.map(listLink) ?? .null,
            "accounts": .list(largest.prefix(PagedList.shortLength).map(account)),
            "accounts_count": .int(book.count),
            "accounts_list": bookList.map(listLink) ?? .null,
            "arr": money(arr),
            "multiple_currencies": .bool(arr.count > 1),
            "at_risk": .int(book.count { portfolio.isAtRisk($0.account) }),
            "at_risk_accounts": atRiskAccounts(in: book),
            "at_risk_summary": atRiskSummary(book),
            "renewal_buckets": renewalBuckets(book) { _ in bookList },
            "handoffs_given": .list(
                given.prefix(PagedList.shortLength).map { handoff($0, full: false) }),
            "handoffs_given_count": .int(given.count),
            "handoffs_received": .list(
                received.prefix(PagedList.shortLength).map { handoff($0, full: false) }),
            "handoffs_received_count": .int(received.count),
            "handoffs_list": index.flatMap { lists[.personHandoffs($0)] }.map(listLink) ?? .null,
        ]
    }
}

/// The team's page and a director's roll-up: each account manager's book in figures, with
/// its revenue retention.
extension PageContext {
    /// The roles in the order the team's page lists them, with their headings.
    static let teamGroups: [(role: Person.Role?, title: String)] = [
        (.director, "Directors"), (.accountManager, "Account managers"),
        (.salesperson, "Salespeople"), (.salesEngineer, "Sales engineers"), (nil, "Others"),
    ]

    /// An account manager's book as ``book(_:)`` gives it, with `retention`: one entry per
    /// currency, over the accounts they manage, churned ones included.
    func teamBook(_ manager: Person) -> TemplateValue {
        guard case .map(var values) = book(manager) else { return .null }
        values["retention"] = .list(
            (bookRetention[manager.id] ?? []).filter { $0.gross != nil }.map(retentionValue))
        return .map(values)
    }

    /// The largest books of `people` who manage accounts (``PagedList/shortLength``), the
    /// largest ARR first, and the totals of all of them: `{books, books_count, more,
    /// books_list, accounts_count, arr, at_risk, renewals_due, renewals_overdue, retention}`;
    /// `books_list` is the list of every book, where the rest are.
    func rollup(_ people: [Person]) -> TemplateValue {
        let ids = Set(people.map(\.id))
        let managers = portfolio.managerIDsByARR.filter(ids.contains).compactMap {
            portfolio.person($0)
        }
        let clients = managers.flatMap { portfolio.clients(managedBy: $0.id) }
        let arr = portfolio.arrByCurrency(clients.map(\.account))
        let retention = PortfolioMetrics.retention(portfolio, start: metrics.retentionStart) {
            id in
            portfolio.client(accountID: id)?.account.accountManager.flatMap {
                ids.contains($0.id) ? "" : nil
            }
        }
        return [
            "books": .list(managers.prefix(PagedList.shortLength).map(teamBook)),
            "books_count": .int(managers.count),
            "more": .bool(managers.count > PagedList.shortLength),
            "books_list": lists[.books].map(listLink) ?? .null,
            "accounts_count": .int(clients.count),
            "arr": money(arr), "multiple_currencies": .bool(arr.count > 1),
            "at_risk": .int(clients.count { portfolio.isAtRisk($0.account) }),
            "renewals_due": .int(clients.count { portfolio.isRenewalDue($0.account) }),
            "renewals_overdue": .int(clients.count { portfolio.isRenewalOverdue($0.account) }),
            "retention": .list(
                (retention[""] ?? []).filter { $0.gross != nil }.map(retentionValue)),
        ]
    }

    /// Everyone who reports to the person with `id`, directly or through others.
    func reports(of id: String) -> [Person] {
        var found: [Person] = []
        var seen: Set<String> = [id]
        var next = [id]
        while let boss = next.popLast() {
            for person in portfolio.people where person.reportsTo?.id == boss {
                guard seen.insert(person.id).inserted else { continue }
                found.append(person)
                next.append(person.id)
            }
        }
        return found.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Everyone, in the order of ``teamGroups``, then by name.
    func peopleByRole() -> [Person] {
        Self.teamGroups.flatMap { role, _ in portfolio.people.filter { $0.role == role } }
    }

    /// A person as the team's lists show them: `{person, book (a team book, for an account
    /// manager; else null), reports_count, has_reports}`.
    func teamMember(_ member: Person) -> TemplateValue {
        let reports = reports(of: member.id).count
        return [
            "person": person(member),
            "book": member.role == .accountManager ? teamBook(member) : .null,
            "reports_count": .int(reports), "has_reports": .bool(reports > 0),
        ]
    }

    /// The team's page: its people by role (the first ten of each role, with how many there
    /// are and the list of everyone, so that the page stays small with any team), and the
    /// whole team's roll-up.
    func team() -> TemplateValue {
        let groups = Self.teamGroups.compactMap { role, title -> TemplateValue? in
            let people = portfolio.people.filter { $0.role == role }
            guard !people.isEmpty else { return nil }
            return [
                "title": .string(title), "role": .optional(role?.rawValue),
                "are_account_managers": .bool(role == .accountManager),
                "people": .list(people.prefix(PagedList.shortLength).map(teamMember)),
                "count": .int(people.count),
                "more": .bool(people.count > PagedList.shortLength),
            ]
        }
        return [
            "groups": .list(groups), "rollup": rollup(portfolio.people),
            "people_list": lists[.people].map(listLink) ?? .null,
        ]
    }
}
