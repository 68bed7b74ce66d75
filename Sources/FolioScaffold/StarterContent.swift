import FolioFormats
import FolioModel

/// The example portfolio `folio init` writes into `Content/`: three accounts with their
/// briefs, a team of four, a handoff and a guide chapter, dated around the day it is run so
/// that renewals and staleness read sensibly.
enum StarterContent {
    /// Each file's path below `Content/` and its text.
    static func files(today: CalendarDate) -> [(path: String, text: String)] {
        func day(_ offset: Int) -> String { today.adding(days: offset).description }
        return [
            (
                "site.yml",
                """
                # Settings of the site; docs/content-format.md in Folio's repository lists them.
                title: Example Portfolio
                description: >-
                  The book of business of an account management team. Replace these example
                  accounts, briefs and people with your own.
                # Where the site is published, for sitemap.xml; links stay relative.
                base_url: https://portfolio.example.com/
                # Where the team edits a brief, handoff or chapter, for an edit link on its
                # page: {path} is the file's path from the repository's root.
                # edit_url: https://github.com/your-team/portfolio/edit/main/{path}
                # The currency of accounts whose row gives none.
                currency: USD
                # The portfolio's "today"; without it, the day of the build.
                # as_of: \(day(0))
                # Health scores below 40 are red, below 70 yellow, the rest green.
                health_bands: [40, 70]
                # How far ahead a renewal counts as due.
                renewal_window_days: 90
                # After how many days folio check calls a brief stale.
                stale_after_days: 180

                """
            ),
            (
                "data/accounts.csv",
                """
                account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,contract_start,renewal_date,health_score,nps,products,last_touchpoint
                EX-001,Northwind Traders,alex-morgan,jamie-chen,Wholesale,Mid-Market,1,active,96000,USD,\(day(-700)),\(day(45)),82,9,Ordering;Analytics,\(day(-6))
                EX-002,Bluebird Clinics,alex-morgan,jamie-chen,Healthcare,SMB,2,at_risk,38000,USD,\(day(-300)),\(day(65)),36,5,Ordering,\(day(-40))
                EX-003,Fjord Outfitters,riley-park,jamie-chen,Retail,Enterprise,1,onboarding,150000,EUR,\(day(-20)),\(day(710)),70,,Ordering;Analytics;Integrations,\(day(-2))

                """
            ),
            (
                "data/team.csv",
                """
                id,name,title,role,email,region
                sam-taylor,Sam Taylor,Director of Account Management,director,sam.taylor@example.com,Global
                alex-morgan,Alex Morgan,Account Manager,account_manager,alex.morgan@example.com,West
                riley-park,Riley Park,Account Manager,account_manager,riley.park@example.com,Europe
                jamie-chen,Jamie Chen,Account Executive,salesperson,jamie.chen@example.com,Global

                """
            ),
            (
                "clients/northwind-traders.md",
                """
                ---
                account: EX-001
                summary: Steady two-year customer; renewal talks start this month.
                goals:
                  - Cut order handling time by a third
                  - Give store managers weekly sales figures
                needs:
                  - A second analytics seat for the finance team
                stakeholders:
                  - {name: Maria Lopez, title: Head of Operations, role: champion, sentiment: positive, notes: Prefers a call to email}
                  - {name: Tom Becker, title: CFO, role: economic_buyer, sentiment: neutral}
                opportunities:
                  - {name: Finance analytics seat, type: expansion, stage: proposal, amount: 12000, close_date: \(day(40))}
                risks:
                  - {text: CFO reviews every contract above 50k, severity: medium, mitigation: Send the usage report before the renewal call, owner: alex-morgan}
                competitors: [Acme Ordering]
                tags: [renewal-soon]
                next_qbr: \(day(21))
                updated: \(day(-3))
                ---
                ## Relationship

                Maria sponsored the purchase and still runs the weekly review. The team uses
                ordering every day; analytics mostly at month end.

                ## Before the renewal

                Show the time saved per order, then propose the [finance seat](#before-the-renewal).

                """
            ),
            (
                "clients/bluebird-clinics.md",
                """
                ---
                account: EX-002
                summary: Usage fell after their champion left; win back the new practice manager.
                goals: [Book supplies for five clinics from one place]
                stakeholders:
                  - {name: Priya Shah, title: Practice Manager, role: decision_maker, sentiment: neutral}
                risks:
                  - {text: No champion since the practice manager changed, severity: high, mitigation: Meet Priya on site, owner: alex-morgan}
                next_qbr: \(day(14))
                updated: \(day(-10))
                ---
                ## Relationship

                Priya joined three months ago and has not yet seen what ordering does for the
                clinics. Book a visit before the renewal.

                """
            ),
            (
                "clients/fjord-outfitters.md",
                """
                ---
                account: EX-003
                summary: New enterprise customer in onboarding; first stores go live next month.
                goals: [All forty stores ordering through one system by spring]
                stakeholders:
                  - {name: Ingrid Berg, title: VP Retail Operations, role: champion, sentiment: positive}
                updated: \(day(-2))
                ---
                ## Onboarding

                See the [handoff](../../handoffs/fjord-outfitters/index.html) for what was
                promised during the sale.

                """
            ),
            (
                "handoffs/fjord-outfitters.md",
                """
                ---
                account: EX-003
                date: \(day(-18))
                from: jamie-chen
                to: riley-park
                deal: {closed: \(day(-22)), value: 150000, term_months: 24, start: \(day(-20)), pricing_notes: 10% two-year discount}
                products: [Ordering, Analytics, Integrations]
                why_they_bought: Each store ordered by email and nobody saw the total.
                success_criteria:
                  - {outcome: One ordering system, metric: stores live, baseline: 0, target: 40, by: \(day(160))}
                stakeholders:
                  - {name: Ingrid Berg, title: VP Retail Operations, role: champion, comms_preference: video call}
                  - {name: Lars Holm, title: IT Lead, role: technical_buyer, comms_preference: email}
                commitments:
                  - {promise: Connector to their ERP by go-live, made_by: jamie-chen, due: \(day(40)), in_contract: true}
                objections:
                  - {objection: Price per store, resolution: Two-year term}
                risks: [The ERP connector is new]
                technical: {integrations: [ERP], notes: Nightly file export only}
                open_questions: [Who signs off each store's go-live?]
                next_steps:
                  - {action: Kick-off with Ingrid and Lars, owner: riley-park, due: \(day(3))}
                ---
                The sale took four months. Ingrid chose us over a larger rival
                because the stores could start ordering before the ERP connector was ready.

                """
            ),
            (
                "guide/the-role.md",
                """
                ---
                title: The account manager's role
                order: 1
                summary: What an account manager does, and what this site is for.
                ---
                ## Keeping customers

                An account manager looks after customers once they have bought: they learn
                what each customer wants to achieve, make sure the product delivers it, and
                prepare the renewal long before it is due.

                ## Using this site

                The overview lists every account with its renewal and health. Each client's
                page joins the account manager's brief to the CRM record, and each handoff is
                the briefing a salesperson gives when a deal closes.

                """
            ),
        ]
    }
}
