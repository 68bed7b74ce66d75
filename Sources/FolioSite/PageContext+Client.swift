import FolioFormats
import FolioModel
import FolioTemplates

/// A client's page: its account, its brief, its touchpoints and their chart, and its
/// handoffs.
extension PageContext {
    func client(_ index: Int) -> TemplateMap {
        let client = portfolio.clients[index]
        let id = client.account.id
        let activities = portfolio.activities(ofAccount: id)
        return [
            "activity_chart": activities.isEmpty ? .null : chart(activityChart(activities)),
            "account": account(client),
            "brief": client.brief.map { brief($0, body: portfolio.bodyNumber(client: index)) }
                ?? .null,
            "activities": .list(
                activities.map { activity in
                    [
                        "date": .string(activity.date.description),
                        "date_display": .string(Formatting.date(activity.date)),
                        "type": .optional(activity.type),
                        "type_label": .optional(labels.label(.activityType, activity.type)),
                        "summary": .optional(activity.summary),
                        "owner": person(activity.owner),
                    ]
                }),
            "handoffs": .list(
                portfolio.handoffs(ofAccount: id).map { handoff($0, full: false) }),
        ]
    }

    private func brief(_ brief: ClientBrief, body: Int) -> TemplateValue {
        let currency =
            portfolio.client(accountID: brief.account.id)?.account.currency
            ?? portfolio.settings.currency
        return [
            "title": .optional(brief.title),
            "summary": .optional(brief.summary),
            "goals": .list(brief.goals.map(TemplateValue.string)),
            "needs": .list(brief.needs.map(TemplateValue.string)),
            "competitors": .list(brief.competitors.map(TemplateValue.string)),
            "tags": .list(brief.tags.map(TemplateValue.string)),
            "tag_links": .list(
                brief.tags.map {
                    [
                        "value": .string($0), "label": .string(labels.label(.tag, $0)),
                        "href": termHref(.tag, $0),
                    ]
                }),
            "stakeholders": .list(
                Self.byRole(brief.stakeholders).map {
                    [
                        "name": .string($0.name), "title": .optional($0.title),
                        "role": .optional($0.role),
                        "role_label": .optional(labels.label(.stakeholderRole, $0.role)),
                        "sentiment": .optional($0.sentiment),
                        "sentiment_label": .optional(labels.label(.sentiment, $0.sentiment)),
                        "notes": .optional($0.notes),
                        "fields": $0.fields,
                    ]
                }),
            "opportunities": .list(
                brief.opportunities.map {
                    [
                        "name": .string($0.name), "type": .optional($0.type),
                        "type_label": .optional(labels.label(.opportunityType, $0.type)),
                        "stage": .optional($0.stage),
                        "stage_label": .optional(labels.label(.opportunityStage, $0.stage)),
                        "is_open": .bool(!PortfolioMetrics.closedStages.contains($0.stage ?? "")),
                        "amount": $0.amount.map(TemplateValue.double) ?? .null,
                        "amount_display": .optional(
                            $0.amount.map { Formatting.money($0, currency: currency) }),
                        "close_date": .date($0.closeDate),
                        "close_date_display": .dateDisplay($0.closeDate),
                        "fields": $0.fields,
                    ]
                }),
            "risks": .list(
                brief.risks.map {
                    [
                        "text": .string($0.text), "severity": .optional($0.severity),
                        "severity_label": .optional(labels.label(.severity, $0.severity)),
                        "mitigation": .optional($0.mitigation), "owner": person($0.owner),
                        "fields": $0.fields,
                    ]
                }),
            "next_qbr": .date(brief.nextQBR),
            "next_qbr_display": .dateDisplay(brief.nextQBR),
            "next_qbr_overdue": .bool(brief.nextQBR.map { $0 < portfolio.asOf } ?? false),
            "next_qbr_overdue_display": .optional(
                brief.nextQBR.flatMap { day in
                    let late = day.days(until: portfolio.asOf)
                    return late > 0 ? "Overdue by \(Plural.count(late, "day"))" : nil
                }),
            "updated": .date(brief.updated),
            "updated_display": .dateDisplay(brief.updated),
            "body": html(
                brief.body, document: body,
                source: Source(
                    kind: .brief, file: brief.source, bodyLine: brief.bodyLine,
                    page: portfolio.client(accountID: brief.account.id)?.href
                        ?? "clients/\(brief.slug)/index.html")),
            "source": published(brief.source),
            "edit_url": editURL(brief.source),
            "fields": brief.fields,
        ]
    }

    /// Stakeholders in the order of the contract's roles (champion first), those without a
    /// role last, each role's people as written.
    static func byRole(_ stakeholders: [ClientBrief.Stakeholder]) -> [ClientBrief.Stakeholder] {
        let rank = { (role: String?) in
            role.flatMap(ClientBrief.stakeholderRoles.firstIndex(of:))
                ?? ClientBrief.stakeholderRoles.count
        }
        return stakeholders.enumerated().sorted {
            (rank($0.element.role), $0.offset) < (rank($1.element.role), $1.offset)
        }.map(\.element)
    }
}
