package import FolioFormats

/// The portfolio's figures as of `asOf`, computed once per build from the merged portfolio.
///
/// Amounts are kept per currency and never summed across currencies. Churned accounts are
/// left out of every figure about the live book (ARR, breakdowns, health, renewals, risk,
/// pipeline, NPS); they count only in retention, where losing them is the point.
package struct PortfolioMetrics: Sendable {
    /// An amount in one currency.
    package typealias Money = (currency: String, amount: Double)

    /// Accounts and ARR sharing one value of a dimension (a tier, a manager).
    package struct Group: Sendable {
        /// The value, such as `Enterprise` or a manager's id; `nil` when the column is empty.
        package var key: String?
        package var accounts: [String]
        package var arr: [Money]
    }

    /// Revenue retention in one currency over the last twelve months.
    package struct Retention: Sendable {
        package var currency: String
        /// The cohort: accounts with ARR at the period's start.
        package var accounts: Int
        package var starting: Double
        package var expansion: Double
        package var contraction: Double
        package var churn: Double
        /// The cohort's ARR at the period's end.
        package var ending: Double
        /// What the cohort kept of its starting ARR, no account counting above its start.
        var retained: Double
        /// Gross revenue retention, 0 to 1; `nil` without a cohort.
        package var gross: Double? { starting > 0 ? retained / starting : nil }
        /// Net revenue retention; `nil` without a cohort.
        package var net: Double? { starting > 0 ? ending / starting : nil }
    }

    /// Net Promoter Score over each account's latest answer.
    package struct NetPromoterScore: Sendable {
        package var promoters = 0
        package var passives = 0
        package var detractors = 0
        package var responses: Int { promoters + passives + detractors }
        /// Percent promoters minus percent detractors, -100 to 100; `nil` without answers.
        package var score: Double? {
            responses == 0 ? nil : Double(promoters - detractors) * 100 / Double(responses)
        }
    }

    /// ARR movements in one currency, per calendar month, over the twelve months up to and
    /// including the month of `as_of`.
    package struct Trend: Sendable {
        /// The movements of one month, each a positive amount.
        package struct Month: Sendable {
            package var year: Int
            package var month: Int
            package var new: Double = 0
            package var expansion: Double = 0
            package var contraction: Double = 0
            package var churn: Double = 0
            /// What the month added to ARR: new and expansion less contraction and churn.
            package var net: Double { new + expansion - contraction - churn }

            /// The month's amount of one kind of movement.
            package func amount(_ kind: ARRMovement.Kind) -> Double {
                switch kind {
                case .new: new
                case .expansion: expansion
                case .contraction: contraction
                case .churn: churn
                }
            }
        }

        package var currency: String
        /// Twelve consecutive months, oldest first.
        package var months: [Month]
    }

    /// An opportunity to sell more, with its account.
    package struct Opening: Sendable {
        package var accountID: String
        package var opportunity: ClientBrief.Opportunity
        package var currency: String
    }

    /// ARR per currency of every account that has not churned, largest first.
    package var totalARR: [Money]
    /// How many accounts have not churned.
    package var liveAccounts: Int
    package var byTier: [Group]
    package var bySegment: [Group]
    package var byIndustry: [Group]
    /// One group per account manager, keyed by the person's id, in the team's order.
    package var byManager: [Group]
    /// Live accounts per band; `nil` counts those without a score.
    package var health: [HealthBand?: Int]
    /// Account ids per bucket, soonest renewal first.
    package var renewals: [RenewalBucket: [String]]
    /// Ids of the accounts at risk, largest ARR first.
    package var atRisk: [String]
    /// The twelve months retention looks at: after `retentionStart`, up to `as_of`.
    package var retentionStart: CalendarDate
    /// One entry per currency that has ARR movements, by currency code.
    package var retention: [Retention]
    /// ARR movements per month and currency, largest total ARR's currency first; a
    /// currency without a movement in the twelve months has no entry.
    package var trend: [Trend]
    package var nps: NetPromoterScore
    /// Days since each account's latest touchpoint, from `last_touchpoint` or
    /// `activities.csv`, whichever is later; accounts with neither are absent.
    package var daysSinceTouchpoint: [String: Int]
    /// Open opportunities that are not renewals, largest first.
    package var pipeline: [Opening]
    /// The pipeline's amounts per currency, largest first.
    package var pipelineTotal: [Money]

    /// Opportunity stages that mean the opportunity is no longer open.
    package static let closedStages: Set<String> = [
        "closed_won", "closed_lost", "won", "lost", "closed",
    ]

    package init(_ portfolio: Portfolio) {
        let live = portfolio.clients.map(\.account).filter { $0.status != .churned }
        totalARR = Self.sum(live)
        liveAccounts = live.count
        byTier = Self.groups(live, by: \.tier)
        bySegment = Self.groups(live, by: \.segment)
        byIndustry = Self.groups(live, by: \.industry)
        let managed = Self.groups(live, by: \.accountManager?.id)
        let order = Dictionary(
            portfolio.people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        byManager = managed.filter { $0.key != nil }.sorted {
            (order[$0.key ?? ""] ?? .max, $0.key ?? "") < (
                order[$1.key ?? ""] ?? .max, $1.key ?? ""
            )
        }

        health = [:]
        renewals = [:]
        for account in live {
            health[portfolio.healthBand(of: account), default: 0] += 1
        }
        let byRenewal = live.sorted {
            ($0.renewalDate?.daysSinceEpoch ?? .max, $0.id)
                < ($1.renewalDate?.daysSinceEpoch ?? .max, $1.id)
        }
        for account in byRenewal {
            if let bucket = portfolio.renewalBucket(of: account) {
                renewals[bucket, default: []].append(account.id)
            }
        }
        atRisk = live.filter(portfolio.isAtRisk).sorted {
            ($0.arr ?? 0, $1.id) > ($1.arr ?? 0, $0.id)
        }.map(\.id)

        retentionStart = Self.yearBefore(portfolio.asOf)
        retention = Self.retention(portfolio, start: retentionStart)
        trend = Self.trend(portfolio, currencies: totalARR.map(\.currency))
        nps = NetPromoterScore()
        for account in live {
            guard let answer = account.nps else { continue }
            switch answer {
            case 9...: nps.promoters += 1
            case 7...8: nps.passives += 1
            default: nps.detractors += 1
            }
        }

        daysSinceTouchpoint = Self.latestTouchpoints(portfolio).mapValues {
            $0.days(until: portfolio.asOf)
        }

        let pipeline = Self.openings(of: portfolio)
        self.pipeline = pipeline
        var pipelineTotals: [String: Double] = [:]
        for opening in pipeline {
            pipelineTotals[opening.currency, default: 0] += opening.opportunity.amount ?? 0
        }
        pipelineTotal = Self.sorted(pipelineTotals)
    }

    /// Each account's latest touchpoint up to `as_of`, from `last_touchpoint` or
    /// `activities.csv`, whichever is later; accounts with neither are absent.
    static func latestTouchpoints(_ portfolio: Portfolio) -> [String: CalendarDate] {
        var latest: [String: CalendarDate] = [:]
        for account in portfolio.clients.map(\.account) {
            latest[account.id] = account.lastTouchpoint
        }
        for activity in portfolio.activities where activity.date <= portfolio.asOf {
            let id = activity.account.id
            if latest[id].map({ $0 < activity.date }) ?? true { latest[id] = activity.date }
        }
        return latest
    }

    /// The open upsell opportunities of the accounts that have not churned: not renewals,
    /// not closed; largest first.
    package static func openings(of portfolio: Portfolio) -> [Opening] {
        var pipeline: [Opening] = []
        for client in portfolio.clients where client.account.status != .churned {
            for opportunity in client.brief?.opportunities ?? []
            where opportunity.type != "renewal"
                && !Self.closedStages.contains(opportunity.stage ?? "")
            {
                pipeline.append(
                    Opening(
                        accountID: client.account.id, opportunity: opportunity,
                        currency: client.account.currency))
            }
        }
        return pipeline.sorted {
            ($0.opportunity.amount ?? 0, $1.accountID, $1.opportunity.name) > (
                $1.opportunity.amount ?? 0, $0.accountID, $0.opportunity.name
            )
        }
    }

    /// ARR movements per month in each currency, over the twelve months up to and including
    /// the month of `as_of`, counting movements up to `as_of`.
    ///
    /// Churned accounts count here: their churn is what the figure shows. A movement's
    /// currency is its account's. Currencies follow `currencies`, then the rest by code.
    static func trend(_ portfolio: Portfolio, currencies: [String]) -> [Trend] {
        let asOf = portfolio.asOf
        let firstIndex = asOf.year * 12 + asOf.month - 1 - 11
        func emptyMonths() -> [Trend.Month] {
            (0..<12).map { offset in
                let index = firstIndex + offset
                return Trend.Month(year: index / 12, month: index % 12 + 1)
            }
        }
        var byCurrency: [String: [Trend.Month]] = [:]
        for movement in portfolio.arrMovements where movement.date <= asOf {
            let offset = movement.date.year * 12 + movement.date.month - 1 - firstIndex
            guard (0..<12).contains(offset),
                let currency = portfolio.client(accountID: movement.account.id)?.account.currency
            else { continue }
            var months = byCurrency[currency] ?? emptyMonths()
            switch movement.kind {
            case .new: months[offset].new += movement.amount
            case .expansion: months[offset].expansion += movement.amount
            case .contraction: months[offset].contraction += movement.amount
            case .churn: months[offset].churn += movement.amount
            }
            byCurrency[currency] = months
        }
        let order = Dictionary(
            currencies.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return byCurrency.keys.sorted {
            (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1)
        }.map { Trend(currency: $0, months: byCurrency[$0] ?? []) }
    }

    /// The same day a year earlier; 29 February falls back to the 28th.
    static func yearBefore(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year - 1, month: date.month, day: date.day)
            ?? CalendarDate(year: date.year - 1, month: date.month, day: date.day - 1)
            ?? date.adding(days: -365)
    }

    /// Retention per currency over the months after `start`, up to `as_of`.
    ///
    /// The cohort is fixed at `start`: accounts whose movements up to and including that day
    /// add up to more than zero. Accounts that start later are new and left out. Each
    /// account's end is its start plus the period's expansion, less its contraction and
    /// churn, never below zero; gross retention counts at most its start, so it never
    /// exceeds 100%. A currency whose movements hold no cohort (every account in it is new)
    /// has a retention entry whose `gross` and `net` are `nil`, and pages say so.
    static func retention(_ portfolio: Portfolio, start: CalendarDate) -> [Retention] {
        retention(portfolio, start: start) { _ in "" }[""] ?? []
    }

    /// Retention as ``retention(_:start:)`` computes it, for each group of accounts that
    /// `group` makes of account ids (a manager's book, say), in one pass over the movements;
    /// an account in no group (`nil`) counts in none.
    package static func retention(
        _ portfolio: Portfolio, start: CalendarDate, groupedBy group: (String) -> String?
    ) -> [String: [Retention]] {
        var starting: [String: Double] = [:]
        var expansion: [String: Double] = [:]
        var losses: [String: (contraction: Double, churn: Double)] = [:]
        var currencies: [String: Set<String>] = [:]
        for movement in portfolio.arrMovements where movement.date <= portfolio.asOf {
            let id = movement.account.id
            guard let key = group(id) else { continue }
            if let account = portfolio.client(accountID: id)?.account {
                currencies[key, default: []].insert(account.currency)
            }
            let signed = movement.kind == .new || movement.kind == .expansion
            if movement.date <= start {
                starting[id, default: 0] += signed ? movement.amount : -movement.amount
                continue
            }
            switch movement.kind {
            case .expansion: expansion[id, default: 0] += movement.amount
            case .contraction: losses[id, default: (0, 0)].contraction += movement.amount
            case .churn: losses[id, default: (0, 0)].churn += movement.amount
            case .new: break
            }
        }
        var results: [String: [String: Retention]] = [:]
        for (key, codes) in currencies {
            for currency in codes {
                results[key, default: [:]][currency] = Retention(
                    currency: currency, accounts: 0, starting: 0, expansion: 0, contraction: 0,
                    churn: 0, ending: 0, retained: 0)
            }
        }
        for (id, start) in starting.sorted(by: { $0.key < $1.key }) where start > 0 {
            guard let account = portfolio.client(accountID: id)?.account, let key = group(id)
            else { continue }
            let gained = expansion[id] ?? 0
            let lost = losses[id] ?? (0, 0)
            let end = max(0, start + gained - lost.contraction - lost.churn)
            results[key]?[account.currency]?.accounts += 1
            results[key]?[account.currency]?.starting += start
            results[key]?[account.currency]?.expansion += gained
            results[key]?[account.currency]?.contraction += lost.contraction
            results[key]?[account.currency]?.churn += lost.churn
            results[key]?[account.currency]?.ending += end
            results[key]?[account.currency]?.retained += min(start, end)
        }
        return results.mapValues { $0.values.sorted { $0.currency < $1.currency } }
    }

    private static func sum(_ accounts: [Account]) -> [Money] {
        var totals: [String: Double] = [:]
        for account in accounts { totals[account.currency, default: 0] += account.arr ?? 0 }
        return sorted(totals)
    }

    private static func sorted(_ totals: [String: Double]) -> [Money] {
        totals.map { (currency: $0.key, amount: $0.value) }
            .sorted { ($0.amount, $1.currency) > ($1.amount, $0.currency) }
    }

    /// Groups by `key`, by the key's value with empty keys last.
    private static func groups(_ accounts: [Account], by key: (Account) -> String?) -> [Group] {
        var members: [String?: [Account]] = [:]
        for account in accounts { members[key(account), default: []].append(account) }
        return members.map { Group(key: $0.key, accounts: $0.value.map(\.id), arr: sum($0.value)) }
            .sorted {
                ($0.key == nil ? 1 : 0, $0.key ?? "") < ($1.key == nil ? 1 : 0, $1.key ?? "")
            }
    }
}
