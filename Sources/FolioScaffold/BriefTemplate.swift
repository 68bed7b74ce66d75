import FolioMarkdown
import FolioModel

/// The text of a new client or handoff brief: every field of the content contract, each
/// with a YAML comment saying what it holds, filled from the account's CRM record.
enum BriefTemplate {
    /// A client brief for `account`, updated as of the portfolio's `as_of`.
    static func client(_ account: Account, portfolio: Portfolio) -> String {
        let manager = oneLine(describe(account.accountManager, portfolio))
        let salesperson = oneLine(describe(account.salesperson, portfolio))
        let products = oneLine(
            account.products.isEmpty ? "none" : account.products.joined(separator: ", "))
        return """
            ---
            # Client brief for \(oneLine(account.name)) (\(oneLine(account.id))), from its CRM record:
            #   account manager: \(manager)
            #   salesperson:     \(salesperson)
            #   products:        \(products)
            # Those come from Content/data/accounts.csv and show on the page without being
            # repeated here. Every field of the contract is below (docs/content-format.md);
            # leave a field empty until you have something to say.

            # Required: the account_id of the client's row in Content/data/accounts.csv.
            account: \(quoted(account.id))
            # The page's title; the CRM name when empty.
            title: \(quoted(account.name))
            # One line for lists and the top of the page.
            summary:
            # What the client wants to achieve, one line each.
            goals: []
            # What the client needs from us, one line each.
            needs: []
            # People at the client: name (required), title, role, sentiment, notes. role is one
            # of champion, economic_buyer, decision_maker, executive_sponsor, technical_buyer,
            # influencer, user, detractor; sentiment is positive, neutral or negative.
            #   - {name: Ana Ruiz, title: VP Operations, role: champion, sentiment: positive}
            stakeholders: []
            # Chances to sell more: name (required), type, stage, amount (a number),
            # close_date (YYYY-MM-DD).
            #   - {name: EU rollout, type: expansion, stage: discovery, amount: 40000}
            opportunities: []
            # What could cost the account: text (required), severity (low, medium or high),
            # mitigation, owner (an id of Content/data/team.csv); or plain sentences.
            #   - {text: Champion leaving, severity: high, mitigation: Meet the CFO}
            risks: []
            # Who else the client looks at, one name each.
            competitors: []
            # Free words to group clients by.
            tags: []
            # The next quarterly business review, YYYY-MM-DD.
            next_qbr:
            # The day this brief was last reviewed; folio check warns once it is older than
            # stale_after_days (site.yml, 180 by default).
            updated: \(portfolio.asOf)
            # true keeps the brief off the site unless built with --drafts.
            draft: false
            # Old names of this page, once the file is renamed: each folder of clients/ gets a
            # redirect here, so that links to the old address still work.\(idNote(account))
            aliases: []
            # Below the closing line: the relationship in Markdown, with ## headings.
            ---

            """
    }

    /// The comment's words on the redirect at the account's id, where there is one.
    private static func idNote(_ account: Account) -> String {
        let folder = account.id.lowercased()
        guard PageName.problem(folder) == nil else { return "" }
        return "\n# clients/\(folder)/, the account's id, leads here already."
    }

    /// A handoff brief for `account`, dated the portfolio's `as_of`.
    static func handoff(_ account: Account, portfolio: Portfolio) -> String {
        let products =
            account.products.isEmpty
            ? "products: []"
            : "products:\n" + account.products.map { "  - \(quoted($0))" }.joined(separator: "\n")
        return """
            ---
            # Handoff brief for \(oneLine(account.name)) (\(oneLine(account.id))), from the salesperson to the
            # account manager. Every field of the contract is below (docs/content-format.md);
            # the handoff is complete when deal, products, why_they_bought, success_criteria,
            # stakeholders (with a champion), commitments, risks and next_steps are filled.

            # Required: the account_id of the client's row in Content/data/accounts.csv.
            account: \(quoted(account.id))
            # The day of the handoff, YYYY-MM-DD.
            date: \(portfolio.asOf)
            # The salesperson handing over\(personComment(account.salesperson, portfolio)).
            from: \(account.salesperson.map { quoted($0.id) } ?? "")
            # The account manager taking over\(personComment(account.accountManager, portfolio)).
            to: \(account.accountManager.map { quoted($0.id) } ?? "")
            # The deal as it closed: closed and start (YYYY-MM-DD), value (a number),
            # term_months (a whole number), pricing_notes.
            #   {closed: 2026-01-30, value: 120000, term_months: 24, start: 2026-02-01}
            deal:
            # What was sold; from the CRM record.
            \(products)
            # Why the client bought, in a sentence or two.
            why_they_bought:
            # Outcomes the client will judge the purchase by: outcome (required), metric,
            # baseline, target, by (YYYY-MM-DD).
            #   - {outcome: Faster onboarding, metric: days per depot, baseline: 30, target: 21}
            success_criteria: []
            # People at the client: name (required), title, role (champion, economic_buyer,
            # decision_maker, executive_sponsor, technical_buyer, influencer, user, detractor),
            # comms_preference, personal_notes.
            #   - {name: Ana Ruiz, role: champion, comms_preference: email}
            stakeholders: []
            # Promises made during the sale: promise (required), made_by (an id of
            # Content/data/team.csv), due (YYYY-MM-DD), in_contract (true or false).
            #   - {promise: SSO by go-live, made_by: sam, due: 2026-03-01, in_contract: false}
            commitments: []
            # Objections raised and how they were answered: objection (required), resolution.
            objections: []
            # What could go wrong, one sentence each.
            risks: []
            # The technical environment: integrations (a list), notes.
            #   {integrations: [SAP], notes: REST only}
            technical:
            # What is still unknown, one question each.
            open_questions: []
            # What happens next: action (required), owner (an id of Content/data/team.csv),
            # due (YYYY-MM-DD).
            #   - {action: Intro call with the champion, owner: dana, due: 2026-12-05}
            next_steps: []
            # true keeps the handoff off the site unless built with --drafts.
            draft: false
            # Below the closing line: the story of the sale in Markdown.
            ---

            """
    }

    /// `Name (id)`, or the id alone when the team does not list it, or `none`.
    private static func describe(_ reference: Reference?, _ portfolio: Portfolio) -> String {
        guard let reference else { return "none" }
        guard let person = portfolio.people.first(where: { $0.id == reference.id }) else {
            return reference.id
        }
        return "\(person.name) (\(person.id))"
    }

    private static func personComment(_ reference: Reference?, _ portfolio: Portfolio) -> String {
        reference == nil
            ? " (an id of Content/data/team.csv)"
            : ", \(describe(reference, portfolio)), from the CRM record"
    }

    /// `text` as a YAML double-quoted scalar, which reads back exactly whatever it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` on one line, for a YAML comment: a line break in a CRM value would end the
    /// comment and turn the rest of the value into a field of the brief.
    static func oneLine(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                switch scalar.value {
                case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: " "
                default: Character(scalar)
                }
            })
    }
}
