import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioTemplates

/// `private:` in `site.yml`, and what a client build's portfolio keeps of a brief.
@Suite struct PrivateFieldsTests {
    static let accounts = """
        account_id,name,account_manager,salesperson,status,arr,currency,renewal_date,health_score
        ACME-001,Acme,dana,sam,active,100000,USD,2026-12-20,82

        """
    static let team = """
        id,name,title,role,email,region
        dana,Dana Whitfield,Account Manager,account_manager,dana@example.com,West
        sam,Sam Lee,Account Executive,salesperson,sam@example.com,West

        """
    static let brief = """
        ---
        account: ACME-001
        summary: Flagship logistics account.
        stakeholders:
          - name: Ana Ruiz
            role: champion
            notes: Runs marathons; reach her by text message
            hobby: Collects vintage barometers
            since: 2024-05-01
        ---
        Notes.

        """
    static let handoff = """
        ---
        account: ACME-001
        from: sam
        to: dana
        deal: {value: 120000, pricing_notes: 15% multi-year discount agreed}
        stakeholders: [{name: Ana Ruiz, role: champion, personal_notes: Marathon runner}]
        commitments: [{promise: SSO live before go-live, made_by: sam, due: 2026-03-01}]
        ---
        The sale took three months.

        """

    /// The settings `yaml` gives, with its problems as the command line prints their places.
    private func settings(_ yaml: String) throws -> (SiteSettings, [String]) {
        let node = try YAMLReader.read(yaml, file: "Content/site.yml")
        let (settings, problems) = SiteSettings.read(node)
        return (
            settings,
            problems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" }
        )
    }

    private func merge(_ settings: SiteSettings, audience: Audience) throws -> Portfolio {
        let sources = PortfolioSources(
            settings: settings,
            accounts: try CSVReader.read(Self.accounts, file: "accounts.csv"),
            team: try CSVReader.read(Self.team, file: "team.csv"),
            briefs: [try Document.parse(text: Self.brief, path: "Content/clients/acme.md")],
            handoffs: [try Document.parse(text: Self.handoff, path: "Content/handoffs/acme.md")])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(
            sources, asOf: asOf, includeDrafts: false, audience: audience)
        #expect(problems.isEmpty, "\(problems)")
        return portfolio
    }

    @Test func withoutPrivateTheDefaultsApply() throws {
        let (settings, problems) = try settings("title: Acme\n")
        #expect(problems.isEmpty)
        #expect(
            settings.privateFields.paths.map(\.description) == [
                "clients.stakeholders.notes", "handoffs.stakeholders.personal_notes",
                "handoffs.deal.pricing_notes", "handoffs.commitments", "handoffs",
            ])
        #expect(settings.privateFields.pagesArePrivate(.handoffs))
    }

    @Test func anEmptyListMakesNothingPrivate() throws {
        let (settings, problems) = try settings("private: []\n")
        #expect(problems.isEmpty)
        #expect(settings.privateFields.paths.isEmpty)
        #expect(!settings.privateFields.pagesArePrivate(.handoffs))
    }

    @Test func everyWrongPathIsReportedWithItsPlaceAndFix() throws {
        let (settings, problems) = try settings(
            """
            private:
              - clients.stakeholder.notes
              - deal.pricing_notes
              - handoffs.commitments.promise
              - clients
              - clients.title
              - clients.stakeholders.hobbies.favourite
              - clients.opportunities.amount

            """)
        #expect(
            problems == [
                "Content/site.yml:2:5: 'private' names 'clients.stakeholder.notes', which is not a "
                    + "field of a client brief; did you mean 'clients.stakeholders.notes'?",
                "Content/site.yml:3:5: 'private' names 'deal.pricing_notes', which is not a field "
                    + "of a client or handoff brief; start it with the kind of brief: did you mean "
                    + "'handoffs.deal.pricing_notes'?",
                "Content/site.yml:4:5: 'private' names 'handoffs.commitments.promise', which a "
                    + "handoff brief requires, so it cannot be dropped on its own; make the whole "
                    + "'handoffs.commitments' private instead",
                "Content/site.yml:5:5: 'private' names 'clients', but a client build is made of "
                    + "client pages; name the fields to withhold instead, such as "
                    + "clients.stakeholders.notes",
                "Content/site.yml:6:5: 'private' names 'clients.title', which every build needs "
                    + "to join or list the brief; name the fields to withhold instead, such as "
                    + "clients.stakeholders.notes",
                "Content/site.yml:7:5: 'private' names 'clients.stakeholders.hobbies.favourite', "
                    + "which is not a field of a client brief; docs/content-format.md lists the "
                    + "fields, such as clients.stakeholders.notes",
            ])
        #expect(settings.privateFields.paths.map(\.description) == ["clients.opportunities.amount"])
    }

    @Test func theTeamKeepsEveryField() throws {
        let portfolio = try merge(SiteSettings(), audience: .team)
        let brief = try #require(portfolio.clients.first?.brief)
        #expect(brief.stakeholders.map(\.notes) == ["Runs marathons; reach her by text message"])
        #expect(portfolio.handoffs.map(\.slug) == ["acme"])
        #expect(portfolio.withheld.isEmpty)
    }

    @Test func aClientLosesPrivateFieldsFromTheModelAndFromFields() throws {
        let portfolio = try merge(SiteSettings(), audience: .client)
        let brief = try #require(portfolio.clients.first?.brief)
        #expect(brief.stakeholders.map(\.notes) == [nil])
        #expect(brief.stakeholders.map(\.name) == ["Ana Ruiz"])
        let stakeholders = brief.fields["stakeholders"]
        guard case .list(let items) = stakeholders, case .map(let first) = items.first else {
            Issue.record(
                "stakeholders should stay a list of mappings: \(String(describing: stakeholders))")
            return
        }
        #expect(first.names.sorted() == ["hobby", "name", "role", "since"])
        #expect(portfolio.handoffs.isEmpty)
        #expect(
            portfolio.withheld.map { "\($0.location): \($0.path): \($0.text)" } == [
                "Content/clients/acme.md:7:12: clients.stakeholders.notes: "
                    + "Runs marathons; reach her by text message",
                "Content/handoffs/acme.md:6:65: handoffs.stakeholders.personal_notes: "
                    + "Marathon runner",
                "Content/handoffs/acme.md:5:38: handoffs.deal.pricing_notes: "
                    + "15% multi-year discount agreed",
                "Content/handoffs/acme.md:7:25: handoffs.commitments: SSO live before go-live",
                "Content/handoffs/acme.md:1:1: handoffs: handoffs/acme/",
            ])
    }

    @Test func aWholeRecordWithholdsItsTextButNotItsDatesOrIDs() throws {
        let (settings, problems) = try settings("private: [clients.stakeholders]\n")
        #expect(problems.isEmpty)
        let portfolio = try merge(settings, audience: .client)
        #expect(portfolio.clients.first?.brief?.stakeholders.isEmpty == true)
        #expect(portfolio.handoffs.map(\.slug) == ["acme"])
        // The name, the notes and the own field `hobby` are text; `role` is a fixed word and
        // `since` a date, which other pages show for reasons of their own.
        #expect(
            portfolio.withheld.map(\.text) == [
                "Ana Ruiz", "Runs marathons; reach her by text message",
                "Collects vintage barometers",
            ])
    }

    @Test func aPublicHandoffKeepsItsCompletenessWithoutThePrivateSections() throws {
        let (settings, problems) = try settings(
            "private: [handoffs.commitments, handoffs.deal.pricing_notes]\n")
        #expect(problems.isEmpty)
        let handoff = try #require(try merge(settings, audience: .client).handoffs.first)
        #expect(handoff.commitments.isEmpty)
        #expect(handoff.deal?.pricingNotes == nil)
        #expect(handoff.deal?.value == 120000)
        #expect(
            handoff.completeness.filled == ["Deal", "Stakeholders, with a champion", "Commitments"])
    }
}
