package import FolioFormats

/// What needs attention from `as_of` to ``days`` days later, by date: renewals, QBRs,
/// touchpoints and briefs coming due or overdue, and handoff briefs left incomplete.
///
/// Each item names its account, its owner (the account manager; for a handoff, the person
/// who received it) and why it is there. Churned accounts have none.
package struct Agenda: Sendable {
    /// Why an item is on the agenda.
    package enum Reason: String, Sendable, CaseIterable {
        case renewalOverdue = "renewal_overdue"
        case renewal
        case qbrOverdue = "qbr_overdue"
        case qbr
        case touchpoint
        case staleBrief = "stale_brief"
        case handoff
    }

    package struct Item: Sendable {
        /// When it falls due; a day before `as_of` for what is overdue.
        package var date: CalendarDate
        package var reason: Reason
        /// The account's place in `portfolio.clients`.
        package var client: Int
        /// The owner's person id, when the account or handoff names one.
        package var owner: String?
        /// Why it is there, as a sentence's start: "Renewal 15 days overdue".
        package var why: String
        /// The page that shows it: the account's, or the handoff's.
        package var href: String
    }

    /// How far ahead the agenda looks, in days.
    package static let days = 30
    /// How long after its date a handoff brief is still the receiver's to complete.
    package static let handoffDays = 90

    /// Every item, soonest first (overdue first), then by account name.
    package let items: [Item]
    /// The positions in ``items`` of each owner's items, by person id, so that a person's
    /// page finds theirs without going through everyone's.
    private let byOwner: [String: [Int]]

    package init(_ portfolio: Portfolio) {
        let today = portfolio.asOf
        let horizon = today.adding(days: Self.days)
        let latestTouchpoints = PortfolioMetrics.latestTouchpoints(portfolio)
        let touchpointLimit = portfolio.settings.touchpointOverdueDays
        let staleLimit = portfolio.settings.staleAfterDays
        var items: [Item] = []
        for (index, client) in portfolio.clients.enumerated()
        where client.account.status != .churned {
            let account = client.account
            func add(_ date: CalendarDate, _ reason: Reason, _ why: String) {
                items.append(
                    Item(
                        date: date, reason: reason, client: index,
                        owner: account.accountManager?.id, why: why, href: client.href))
            }
            if let renewal = account.renewalDate, renewal <= horizon {
                let days = today.days(until: renewal)
                if days < 0 {
                    add(renewal, .renewalOverdue, "Renewal \(Plural.count(-days, "day")) overdue")
                } else {
                    add(renewal, .renewal, "Renewal \(Self.when(days))")
                }
            }
            if let qbr = client.brief?.nextQBR, qbr <= horizon {
                let days = today.days(until: qbr)
                if days < 0 {
                    add(
                        qbr, .qbrOverdue,
                        "QBR \(Plural.count(-days, "day")) overdue; schedule the next one")
                } else {
                    add(qbr, .qbr, "QBR \(Self.when(days))")
                }
            }
            if let last = latestTouchpoints[account.id] {
                let due = last.adding(days: touchpointLimit)
                if due <= horizon {
                    let since = last.days(until: today)
                    add(
                        due, .touchpoint,
                        due < today
                            ? "No touchpoint in \(Plural.count(since, "day"))"
                            : "Touchpoint due \(Self.when(today.days(until: due)))")
                }
            }
            if let updated = client.brief?.updated {
                let due = updated.adding(days: staleLimit)
                if due <= horizon {
                    add(
                        due, .staleBrief,
                        due < today
                            ? "Brief not updated in \(Plural.count(updated.days(until: today), "day"))"
                            : "Brief to review \(Self.when(today.days(until: due)))")
                }
            }
        }
        let earliestHandoff = today.adding(days: -Self.handoffDays)
        // A build that leaves handoffs out (a client build, as `private:` says) lists none.
        for handoff in portfolio.handoffs
        where portfolio.showsHandoffs && !handoff.completeness.missing.isEmpty {
            guard let date = handoff.date, date >= earliestHandoff, date <= today,
                let index = portfolio.clientIndex(accountID: handoff.account.id),
                portfolio.clients[index].account.status != .churned
            else { continue }
            let (filled, missing) = handoff.completeness
            items.append(
                Item(
                    date: date, reason: .handoff, client: index, owner: handoff.to?.id,
                    why: "Handoff brief incomplete: \(missing.count) of "
                        + "\(filled.count + missing.count) sections missing",
                    href: handoff.href))
        }
        let names = portfolio.clients.map(\.displayName)
        let sorted = items.sorted {
            ($0.date, names[$0.client], $0.reason.rawValue)
                < ($1.date, names[$1.client], $1.reason.rawValue)
        }
        var byOwner: [String: [Int]] = [:]
        for (position, item) in sorted.enumerated() {
            if let owner = item.owner { byOwner[owner, default: []].append(position) }
        }
        self.items = sorted
        self.byOwner = byOwner
    }

    /// "today", "tomorrow" or "in 12 days".
    private static func when(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        default: "in \(days) days"
        }
    }

    /// The items whose owner is the person with `id`.
    package func items(ownedBy id: String) -> [Item] {
        (byOwner[id] ?? []).map { items[$0] }
    }
}
