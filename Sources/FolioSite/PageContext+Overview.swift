import FolioFormats
import FolioModel
import FolioTemplates

/// The overview's context: the portfolio's figures, its short lists, its breakdowns and
/// charts, and its revenue retention, NPS and pipeline.
extension PageContext {
    func overview() -> TemplateMap {
        let accounts = portfolio.clients.map(\.account)
        let live = accounts.filter { $0.status != .churned }
        let arr = portfolio.arrByCurrency(accounts)
        var health = ["red": 0, "yellow": 0, "green": 0, "unscored": 0]
        for account in live {
            health[portfolio.healthBand(of: account)?.rawValue ?? "unscored", default: 0] += 1
        }
        let managers = portfolio.managerIDsByARR.prefix(PagedList.shortLength).compactMap { id in
            portfolio.person(id).map(book)
        }
        return [
            "totals": [
                "live_accounts": .int(metrics.liveAccounts),
                "churned": .int(accounts.count - metrics.liveAccounts),
                "has_churned": .bool(accounts.count > metrics.liveAccounts),
                "accounts": .int(accounts.count),
                "arr": money(arr),
                "multiple_currencies": .bool(arr.count > 1),
                "renewals_due": .int(accounts.count(where: portfolio.isRenewalDue)),
                "renewals_overdue": .int(accounts.count(where: portfolio.isRenewalOverdue)),
                "at_risk": .int(accounts.count(where: portfolio.isAtRisk)),
                "health": .map(TemplateMap(health.lazy.map { ($0.key, .int($0.value)) }) { $1 }),
                "renewal_window_days": .int(portfolio.settings.renewalWindowDays),
                "has_arr_change": .bool(!metrics.trend.isEmpty),
                "health_rule": .string(
                    "red below \(Formatting.number(portfolio.settings.healthBands.red)), "
                        + "yellow below \(Formatting.number(portfolio.settings.healthBands.yellow))"
                ),
                // Each currency's net change of ARR over the twelve months of the trend.
                "arr_change": .list(
                    metrics.trend.map { trend in
                        let net = trend.months.reduce(0) { $0 + $1.net }
                        let text = Formatting.money(abs(net), currency: trend.currency)
                        return [
                            "currency": .string(trend.currency),
                            "net_display": .string(net < 0 ? "−" + text : "+" + text),
                        ]
                    }),
            ],
            // Every account, for themes that list them on the overview; the default theme
            // links to the list's own pages instead, so that the overview stays small.
            "accounts": .list(accountValues),
            "managers": .list(managers),
            "handoffs": .list(
                portfolio.handoffs.prefix(PagedList.shortLength).map { handoff($0, full: false) }),
            "without_brief": .list(
                withoutBrief().prefix(PagedList.shortLength).map {
                    account(portfolio.clients[$0])
                }),
            "renewal_buckets": renewalBuckets(portfolio.clients) { lists[.renewals($0)] },
            "agenda": .list(agenda.items.prefix(PagedList.shortLength).map(agendaItem)),
            "has_agenda": .bool(!agenda.items.isEmpty),
            "at_risk": atRiskSummary(portfolio.clients),
            "renewals_soonest": .list(
                RenewalBucket.allCases.filter { $0 != .overdue }
                    .flatMap { metrics.renewals[$0] ?? [] }
                    .prefix(PagedList.shortLength).map { account(id: $0) }),
            "at_risk_accounts": atRiskAccounts(in: portfolio.clients),
            "lists": .map(
                TemplateMap(
                    [
                        ("agenda", PagedList.Kind.agenda),
                        ("accounts", .accounts), ("at_risk", .atRisk),
                        ("pipeline", .pipeline), ("handoffs", .handoffs),
                        ("without_brief", .withoutBrief), ("books", .books),
                    ].map { name, kind in (name, lists[kind].map(listLink) ?? .null) }
                ) { $1 }),
            "breakdowns": .list(
                [
                    (Taxonomy.tier, metrics.byTier), (.segment, metrics.bySegment),
                    (.industry, metrics.byIndustry),
                ].map { taxonomy, list in
                    [
                        "key": .string(taxonomy.rawValue), "title": .string(taxonomy.singular),
                        "href": .string(taxonomy.href),
                        "groups": groups(list, taxonomy: taxonomy) {
                            .string(labels.label(taxonomy.vocabulary, $0))
                        },
                    ]
                }),
            "taxonomies": taxonomies(),
            "retention": retention(),
            "nps": nps(),
            "pipeline": pipeline(),
            "charts": [
                "arr_by_manager": groupedChart(
                    metrics.byManager, title: "ARR by account manager",
                    largest: PagedList.shortLength
                ) { portfolio.person($0)?.name ?? $0 },
                "arr_by_tier": groupedChart(metrics.byTier, title: "ARR by tier") {
                    labels.label(.tier, $0)
                },
                "arr_by_segment": groupedChart(metrics.bySegment, title: "ARR by segment") {
                    labels.label(.segment, $0)
                },
                "health": chart(healthChart()),
                "renewals": renewalsChart(),
                "arr_trend": arrTrend(),
                // The currencies of the ARR charts with their bars' class, for a legend.
                "currencies": .list(
                    metrics.totalARR.enumerated().map { index, money in
                        [
                            "currency": .string(money.currency),
                            "tone": .string("currency-\(min(3, index + 1))"),
                        ]
                    }),
            ],
        ]
    }

    private func groups(
        _ groups: [PortfolioMetrics.Group], taxonomy: Taxonomy, label: (String) -> TemplateValue
    ) -> TemplateValue {
        .list(
            groups.map { group in
                [
                    "key": .optional(group.key),
                    "href": termHref(taxonomy, group.key),
                    "label": group.key.map(label) ?? .string("Not set"),
                    "accounts_count": .int(group.accounts.count),
                    "arr": money(group.arr),
                ]
            })
    }

    /// Below how many accounts a figure says how many it rests on ("1 account").
    static let smallBase = 5

    private func retention() -> TemplateValue {
        [
            "start": .date(metrics.retentionStart),
            "start_display": .dateDisplay(metrics.retentionStart),
            "currencies": .list(metrics.retention.map(retentionValue)),
            "gross_rule": .string(bandRule(portfolio.settings.grossRetentionBands, unit: "%")),
            "net_rule": .string(bandRule(portfolio.settings.netRetentionBands, unit: "%")),
        ]
    }

    /// One currency's revenue retention, as the overview, the team page and a roll-up show it.
    func retentionValue(_ entry: PortfolioMetrics.Retention) -> TemplateValue {
        func amount(_ value: Double) -> TemplateValue {
            .string(Formatting.money(value, currency: entry.currency))
        }
        return [
            "currency": .string(entry.currency),
            "accounts": .int(entry.accounts),
            "accounts_display": .string(Plural.count(entry.accounts, "account")),
            "small_base": .bool(entry.accounts < Self.smallBase),
            "has_cohort": .bool(entry.gross != nil),
            "starting_display": amount(entry.starting),
            "expansion_display": amount(entry.expansion),
            "contraction_display": amount(entry.contraction),
            "churn_display": amount(entry.churn),
            "ending_display": amount(entry.ending),
            "grr": entry.gross.map(TemplateValue.double) ?? .null,
            "grr_display": .optional(entry.gross.map(Formatting.percent)),
            "nrr": entry.net.map(TemplateValue.double) ?? .null,
            "nrr_display": .optional(entry.net.map(Formatting.percent)),
            "grr_band": entry.gross.map {
                band($0 * 100, portfolio.settings.grossRetentionBands)
            } ?? .null,
            "nrr_band": entry.net.map {
                band($0 * 100, portfolio.settings.netRetentionBands)
            } ?? .null,
        ]
    }

    /// Where `value` stands against `bands`, in colour and words: `{key (red, yellow,
    /// green), label (Poor, Fair, Good)}`.
    private func band(_ value: Double, _ bands: (red: Double, yellow: Double)) -> TemplateValue {
        let (key, label) =
            value < bands.red
            ? ("red", "Poor") : value < bands.yellow ? ("yellow", "Fair") : ("green", "Good")
        return ["key": .string(key), "label": .string(label)]
    }

    /// `bands` as a sentence: `good from 30, poor below 0`, with `unit` after each number.
    private func bandRule(_ bands: (red: Double, yellow: Double), unit: String = "") -> String {
        "good from \(Formatting.number(bands.yellow))\(unit), poor below "
            + "\(Formatting.number(bands.red))\(unit)"
    }

    private func nps() -> TemplateValue {
        let nps = metrics.nps
        return [
            "score": nps.score.map(TemplateValue.double) ?? .null,
            "score_display": .optional(nps.score.map { Formatting.fixed($0, decimals: 1) }),
            "promoters": .int(nps.promoters), "passives": .int(nps.passives),
            "detractors": .int(nps.detractors), "responses": .int(nps.responses),
            "band": nps.score.map { band($0, portfolio.settings.npsBands) } ?? .null,
            "band_rule": .string(bandRule(portfolio.settings.npsBands)),
        ]
    }

    /// The pipeline's totals and its largest opportunities (``PagedList/shortLength``); the
    /// whole list has pages of its own.
    private func pipeline() -> TemplateValue {
        [
            "total": money(metrics.pipelineTotal),
            "count": .int(metrics.pipeline.count),
            "opportunities": .list(
                metrics.pipeline.prefix(PagedList.shortLength).map(opportunity)),
        ]
    }

    /// An open opportunity, with its account.
    func opportunity(_ opening: PortfolioMetrics.Opening) -> TemplateValue {
        let opportunity = opening.opportunity
        return [
            "account": account(id: opening.accountID),
            "name": .string(opportunity.name), "type": .optional(opportunity.type),
            "type_label": .optional(labels.label(.opportunityType, opportunity.type)),
            "stage": .optional(opportunity.stage),
            "stage_label": .optional(labels.label(.opportunityStage, opportunity.stage)),
            "amount": opportunity.amount.map(TemplateValue.double) ?? .null,
            "amount_display": .optional(
                opportunity.amount.map { Formatting.money($0, currency: opening.currency) }),
            "currency": .string(opening.currency),
            "close_date": .date(opportunity.closeDate),
            "close_date_display": .dateDisplay(opportunity.closeDate),
        ]
    }
}
