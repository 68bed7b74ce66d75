import FolioFormats
import FolioModel
import FolioTemplates

/// A handoff as its page shows it, whole, and as lists show it, in summary.
extension PageContext {
    /// A handoff's own page: the handoff, whole.
    func handoffPage(_ index: Int) -> TemplateMap {
        [
            "handoff": handoff(
                portfolio.handoffs[index], full: true, body: portfolio.bodyNumber(handoff: index))
        ]
    }

    /// A handoff's value: its summary, and with `full` all it holds; `body` is its
    /// document number, for the full value only.
    func handoff(_ handoff: Handoff, full: Bool, body: Int? = nil) -> TemplateValue {
        guard full else { return handoffSummaries[handoff.slug] ?? handoffSummary(handoff) }
        guard case .map(var values) = handoffSummary(handoff) else { return .null }
        let currency =
            portfolio.client(accountID: handoff.account.id)?.account.currency
            ?? portfolio.settings.currency
        values["deal"] =
            handoff.deal.map { deal in
                [
                    "closed": .date(deal.closed), "closed_display": .dateDisplay(deal.closed),
                    "value": deal.value.map(TemplateValue.double) ?? .null,
                    "value_display": .optional(
                        deal.value.map { Formatting.money($0, currency: currency) }),
                    "term_months": deal.termMonths.map(TemplateValue.int) ?? .null,
                    "start": .date(deal.start), "start_display": .dateDisplay(deal.start),
                    "pricing_notes": .optional(deal.pricingNotes),
                ]
            } ?? .null
        values["products"] = .list(handoff.products.map(TemplateValue.string))
        values["why_they_bought"] = .optional(handoff.whyTheyBought)
        values["success_criteria"] = .list(
            handoff.successCriteria.map {
                [
                    "outcome": .string($0.outcome), "metric": .optional($0.metric),
                    "baseline": .optional($0.baseline), "target": .optional($0.target),
                    "by": .date($0.by), "by_display": .dateDisplay($0.by),
                ]
            })
        values["stakeholders"] = .list(
            handoff.stakeholders.map {
                [
                    "name": .string($0.name), "title": .optional($0.title),
                    "role": .optional($0.role),
                    "role_label": .optional(labels.label(.stakeholderRole, $0.role)),
                    "is_champion": .bool($0.role == "champion"),
                    "comms_preference": .optional($0.commsPreference),
                    "personal_notes": .optional($0.personalNotes),
                ]
            })
        values["commitments"] = .list(
            handoff.commitments.map {
                [
                    "promise": .string($0.promise), "made_by": person($0.madeBy),
                    "due": .date($0.due), "due_display": .dateDisplay($0.due),
                    "in_contract": $0.inContract.map(TemplateValue.bool) ?? .null,
                ]
            })
        values["objections"] = .list(
            handoff.objections.map {
                ["objection": .string($0.objection), "resolution": .optional($0.resolution)]
            })
        values["risks"] = .list(handoff.risks.map(TemplateValue.string))
        values["technical"] =
            handoff.technical.map {
                [
                    "integrations": .list($0.integrations.map(TemplateValue.string)),
                    "notes": .optional($0.notes),
                ]
            } ?? .null
        values["open_questions"] = .list(handoff.openQuestions.map(TemplateValue.string))
        values["next_steps"] = .list(
            handoff.nextSteps.map {
                [
                    "action": .string($0.action), "owner": person($0.owner),
                    "due": .date($0.due), "due_display": .dateDisplay($0.due),
                ]
            })
        values["body"] = html(
            handoff.body, document: body,
            source: Source(
                kind: .handoff, file: handoff.source, bodyLine: handoff.bodyLine,
                page: handoff.href))
        values["source"] = published(handoff.source)
        values["edit_url"] = editURL(handoff.source)
        values["fields"] = handoff.fields
        return .map(values)
    }

    /// A handoff as lists show it: who, when, for which account, and how complete.
    func handoffSummary(_ handoff: Handoff) -> TemplateValue {
        let (filled, missing) = handoff.completeness
        let total = filled.count + missing.count
        let name =
            portfolio.client(accountID: handoff.account.id)?.displayName ?? handoff.account.id
        return [
            "slug": .string(handoff.slug),
            "href": .string(handoff.href),
            "title": .string("Handoff: \(name)"),
            "date": .date(handoff.date),
            "date_display": .dateDisplay(handoff.date),
            "from": person(handoff.from),
            "to": person(handoff.to),
            "account": account(id: handoff.account.id),
            "completeness": [
                "percent": .int(total == 0 ? 100 : filled.count * 100 / total),
                "filled": .int(filled.count),
                "total": .int(total),
                "complete": .bool(missing.isEmpty),
                "missing": .list(missing.map(TemplateValue.string)),
            ],
        ]
    }
}
