import FolioFormats
import FolioModel
import FolioTemplates

/// The contexts of the pages of whole lists (``PagedList``), and the short lists and links
/// other pages show of them.
extension PageContext {
    /// The rows of `list`, in its order, as templates see them: accounts, opportunities or
    /// handoffs.
    func rows(of list: PagedList, _ range: Range<Int>) -> [TemplateValue] {
        switch list.kind {
        case .accounts:
            return accountValues[range].map { $0 }
        case .atRisk:
            return metrics.atRisk[range].map { account(id: $0) }
        case .pipeline:
            return metrics.pipeline[range].map(opportunity)
        case .handoffs:
            return portfolio.handoffs[range].map { handoff($0, full: false) }
        case .withoutBrief:
            return withoutBrief()[range].map { account(portfolio.clients[$0]) }
        case .books:
            return portfolio.managerIDsByARR[range].compactMap { id in
                portfolio.person(id).map(teamBook)
            }
        case .renewals(let bucket):
            return (metrics.renewals[bucket] ?? [])[range].map { account(id: $0) }
        case .book(let person):
            return portfolio.book(of: portfolio.people[person].id)[range].map(account)
        case .personHandoffs(let person):
            return portfolio.handoffs(givenOrReceivedBy: portfolio.people[person].id)[range].map {
                handoff($0, full: false)
            }
        case .term(let taxonomy, let index):
            return (terms[taxonomy] ?? [])[index].clients[range].map { accountValues[$0] }
        case .agenda:
            return agenda.items[range].map(agendaItem)
        case .people:
            return peopleByRole()[range].map(teamMember)
        case .personAgenda(let person):
            return agenda.items(ownedBy: portfolio.people[person].id)[range].map(agendaItem)
        }
    }

    /// An item of the agenda as templates see it.
    func agendaItem(_ item: Agenda.Item) -> TemplateValue {
        [
            "date": .date(item.date), "date_display": .dateDisplay(item.date),
            "overdue": .bool(item.date < portfolio.asOf),
            "reason": .string(item.reason.rawValue),
            "reason_label": .string(Self.agendaLabels[item.reason] ?? item.reason.rawValue),
            "why": .string(item.why), "href": .string(item.href),
            "account": accountValues[item.client],
            "owner": person(portfolio.person(item.owner)),
        ]
    }

    /// What each reason of the agenda is called in its lists.
    static let agendaLabels: [Agenda.Reason: String] = [
        .renewalOverdue: "Renewal", .renewal: "Renewal", .qbrOverdue: "QBR", .qbr: "QBR",
        .touchpoint: "Touchpoint", .staleBrief: "Brief", .handoff: "Handoff",
    ]

    /// The clients without a brief, by their index, largest ARR first.
    func withoutBrief() -> [Int] {
        portfolio.clients.indices.filter { portfolio.clients[$0].brief == nil }.sorted {
            let (left, right) = (portfolio.clients[$0].account, portfolio.clients[$1].account)
            return (left.arr ?? 0, right.id) > (right.arr ?? 0, left.id)
        }
    }

    /// The context of page `number` of `list`: the list, its rows and the pagination.
    func listPage(_ list: PagedList, number: Int) -> TemplateMap {
        let kind: String =
            switch list.kind {
            case .pipeline: "opportunities"
            case .books: "books"
            case .handoffs, .personHandoffs: "handoffs"
            case .agenda, .personAgenda: "agenda"
            case .people: "people"
            default: "accounts"
            }
        let (description, person) = describe(list)
        return [
            "list": [
                "title": .string(list.title(in: portfolio)),
                "description": .string(description),
                "person": person,
                "href": .string(list.path(page: 1)),
                "count": .int(list.count),
                "count_display": .string(Formatting.grouped(list.count)),
                "rows_are_accounts": .bool(kind == "accounts"),
                "rows_are_opportunities": .bool(kind == "opportunities"),
                "rows_are_handoffs": .bool(kind == "handoffs"),
                "rows_are_books": .bool(kind == "books"),
                "rows_are_agenda": .bool(kind == "agenda"),
                "rows_are_people": .bool(kind == "people"),
                "rows": .list(rows(of: list, list.rows(page: number))),
                "data_script": list.kind == .accounts
                    ? .string(AccountRows.path) : .null,
            ],
            "pagination": pagination(list, number: number),
        ]
    }

    /// What a list holds, in a sentence, and the person whose list it is.
    private func describe(_ list: PagedList) -> (String, TemplateValue) {
        switch list.kind {
        case .accounts: ("Every account of the portfolio, by name.", .null)
        case .atRisk:
            (
                "Accounts with status at risk, a red health band, or a renewal within "
                    + "\(portfolio.settings.renewalWindowDays) days (or overdue) without a "
                    + "green band; largest ARR first.", .null
            )
        case .pipeline:
            ("Open opportunities from the briefs that are not renewals, largest first.", .null)
        case .handoffs:
            (
                "Salesperson-to-account-manager handoffs, newest first, with how complete "
                    + "each brief is.", .null
            )
        case .withoutBrief:
            ("Accounts that have no brief yet, largest ARR first.", .null)
        case .books:
            (
                "Each account manager’s accounts, ARR per currency, accounts at risk, renewals "
                    + "due and overdue, and revenue retention; the largest book first.", .null
            )
        case .renewals(let bucket):
            (
                bucket == .overdue
                    ? "Renewal date passed, account not churned; longest overdue first."
                    : "\(bucket.label), soonest first; churned accounts left out.", .null
            )
        case .book(let index):
            ("Every account this person manages or sold, by name.", person(portfolio.people[index]))
        case .personHandoffs(let index):
            (
                "Every handoff this person gave or received, newest first.",
                person(portfolio.people[index])
            )
        case .people:
            ("Everyone in team.csv, by role, then by name.", .null)
        case .agenda:
            (
                "What needs attention from \(Formatting.date(portfolio.asOf)) to "
                    + "\(Agenda.days) days later, overdue first: renewals, QBRs, touchpoints "
                    + "and briefs coming due, and handoff briefs of the last "
                    + "\(Agenda.handoffDays) days left incomplete.", .null
            )
        case .personAgenda(let index):
            (
                "What needs this person’s attention in the next \(Agenda.days) days, "
                    + "overdue first.", person(portfolio.people[index])
            )
        case .term(let taxonomy, let index):
            (
                "Every account with \(taxonomy.rawValue) “\(labels.label(taxonomy.vocabulary, (terms[taxonomy] ?? [])[index].value))”, by name.",
                .null
            )
        }
    }

    /// Where page `number` of `list` stands, with links to the first and last pages, the
    /// pages around it, and the pages before and after it: `null` for a list of one page.
    func pagination(_ list: PagedList, number: Int) -> TemplateValue {
        let count = list.pageCount
        guard count > 1 else { return .null }
        let rows = list.rows(page: number)
        var shown = Set([1, count])
        for near in (number - 2)...(number + 2) where (1...count).contains(near) {
            shown.insert(near)
        }
        var pages: [TemplateValue] = []
        var previous = 0
        for page in shown.sorted() {
            if page > previous + 1 { pages.append(["gap": .bool(true)]) }
            pages.append(
                [
                    "gap": .bool(false), "number": .int(page),
                    "href": .string(list.path(page: page)), "current": .bool(page == number),
                ])
            previous = page
        }
        func link(_ page: Int) -> TemplateValue {
            (1...count).contains(page) ? ["href": .string(list.path(page: page))] : .null
        }
        return [
            "number": .int(number), "count": .int(count),
            "first_row": .int(rows.lowerBound + 1), "last_row": .int(rows.upperBound),
            "rows_count": .int(list.count),
            "first_row_display": .string(Formatting.grouped(rows.lowerBound + 1)),
            "last_row_display": .string(Formatting.grouped(rows.upperBound)),
            "rows_count_display": .string(Formatting.grouped(list.count)),
            "previous": link(number - 1), "next": link(number + 1),
            "pages": .list(pages),
        ]
    }

    /// An account manager's book of business in figures, as a row of the books' list.
    func book(_ manager: Person) -> TemplateValue {
        let book = portfolio.clients(managedBy: manager.id)
        let arr = portfolio.arrByCurrency(book.map(\.account))
        return [
            "person": person(manager),
            "accounts_count": .int(book.count),
            "arr": money(arr),
            "multiple_currencies": .bool(arr.count > 1),
            "at_risk": .int(book.count { portfolio.isAtRisk($0.account) }),
            "renewals_due": .int(book.count { portfolio.isRenewalDue($0.account) }),
            "renewals_overdue": .int(book.count { portfolio.isRenewalOverdue($0.account) }),
        ]
    }

    /// The link and size of a whole list, for the short lists that lead to it.
    func listLink(_ list: PagedList) -> TemplateValue {
        [
            "href": .string(list.path(page: 1)), "count": .int(list.count),
            "title": .string(list.title(in: portfolio)),
            "more": .bool(list.count > PagedList.shortLength),
        ]
    }
}

/// The data script of the list of every account: each account's row as the list's pages
/// show it, for `assets/folio.js` to sort and filter the whole list once a reader sorts or
/// types, from disk as well as served (a script file, where `fetch` of a local file fails).
package enum AccountRows {
    /// Where it is written.
    package static let path = "accounts/rows.js"

    /// The script: one call of `folioRows` with the table's id and every row's HTML.
    package static func script(rows: [String]) -> String {
        var text = "folioRows(\"accounts-table\", [\n"
        for (index, row) in rows.enumerated() {
            text += JSONString.quoted(row)
            text += index + 1 < rows.count ? ",\n" : "\n"
        }
        return text + "]);\n"
    }
}
