import Foundation
import Testing

@testable import FolioKit

/// `folio new client` and `folio new handoff` on copies of the mini fixture.
@Suite struct NewBriefTests {
    @Test func aNewClientBriefIsFilledFromTheCRMAndBuildsCleanly() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = NewBrief.write(.client, accountID: "GLOBEX-7", options: site.options())
        #expect(result.diagnostics.isEmpty)
        #expect(result.written == "Content/clients/globex-inc.md")
        let text = try String(
            contentsOf: site.root.appending(path: "Content/clients/globex-inc.md"), encoding: .utf8)
        #expect(
            text.hasPrefix(
                """
                ---
                # Client brief for Globex, Inc. (GLOBEX-7), from its CRM record:
                #   account manager: Dana Whitfield (dana)
                #   salesperson:     Sam Lee (sam)
                #   products:        Fleet Tracker
                """))
        #expect(text.contains("\naccount: \"GLOBEX-7\"\n"))
        #expect(text.contains("\ntitle: \"Globex, Inc.\"\n"))
        #expect(text.contains("\nupdated: 2026-11-30\n"))
        // Every field of the contract is there.
        for field in [
            "account", "title", "summary", "goals", "needs", "stakeholders", "opportunities",
            "risks", "competitors", "tags", "next_qbr", "updated", "draft",
        ] {
            #expect(text.contains("\n\(field):"), "\(field)")
        }
        // The account's no-brief warning was the mini site's only diagnostic.
        let build = site.build()
        #expect(build.text == "")
        #expect(build.result.pagesWritten == 21)
    }

    @Test func aNewHandoffNamesTheSaleAndBuildsCleanly() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = NewBrief.write(.handoff, accountID: "ACME-001", options: site.options())
        #expect(result.written == "Content/handoffs/acme-logistics.md")
        var diagnostics: [Diagnostic] = []
        let prepared = try #require(
            SiteBuilder.prepare(site.options(), checkingOutput: false, &diagnostics))
        #expect(diagnostics.map(\.message).count == 1)
        let handoff = try #require(
            prepared.portfolio.handoffs.first { $0.slug == "acme-logistics" })
        #expect(handoff.from?.id == "sam")
        #expect(handoff.to?.id == "dana")
        #expect(handoff.products == ["Fleet Tracker", "Route Planner"])
        #expect(handoff.date == CalendarDate(year: 2026, month: 11, day: 30))
        #expect(
            handoff.completeness.missing == [
                "Deal", "Why they bought", "Success criteria", "Stakeholders, with a champion",
                "Commitments", "Risks", "Next steps",
            ])
        #expect(site.build().errors == "")
    }

    @Test func neverReplacesAFile() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.write("kept\n", to: "Content/handoffs/globex-inc.md")
        let result = NewBrief.write(.handoff, accountID: "GLOBEX-7", options: site.options())
        #expect(result.written == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "Content/handoffs/globex-inc.md already exists and was left as it was; edit it, "
                    + "or choose another file name with --slug NAME"
            ])
        let text = try String(
            contentsOf: site.root.appending(path: "Content/handoffs/globex-inc.md"), encoding: .utf8
        )
        #expect(text == "kept\n")
    }

    @Test func refusesASecondClientBrief() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = NewBrief.write(
            .client, accountID: "ACME-001", slug: "acme-again", options: site.options())
        #expect(result.written == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "account 'ACME-001' already has a brief, Content/clients/acme.md; edit that file "
                    + "instead (an account has one brief)"
            ])
    }

    @Test func anUnknownAccountListsTheClosestIds() throws {
        let site = try SiteFixture(fixture: "mini")
        let close = NewBrief.write(.client, accountID: "GLOBX-7", options: site.options())
        #expect(
            close.diagnostics.map(\.message) == [
                "there is no account 'GLOBX-7' in Content/data/accounts.csv; did you mean "
                    + "'GLOBEX-7'?"
            ])
        let byName = NewBrief.write(.client, accountID: "acme", options: site.options())
        #expect(
            byName.diagnostics.map(\.message) == [
                "there is no account 'acme' in Content/data/accounts.csv; did you mean 'ACME-001'?"
            ])
        let none = NewBrief.write(.client, accountID: "ZZZZZZZZ", options: site.options())
        #expect(
            none.diagnostics.map(\.message) == [
                "there is no account 'ZZZZZZZZ' in Content/data/accounts.csv; the ids are in the "
                    + "account_id column of Content/data/accounts.csv"
            ])
    }

    @Test func fileNamesComeFromTheClientsName() {
        #expect(NewBrief.slug("Globex, Inc.") == "globex-inc")
        #expect(
            NewBrief.slug("Société Portuaire de l'Estuaire") == "societe-portuaire-de-lestuaire")
        #expect(NewBrief.slug("Thistle & Rowan Logistics") == "thistle-and-rowan-logistics")
        #expect(NewBrief.slug("Müller Kälte GmbH") == "muller-kalte-gmbh")
    }

    @Test func quotedTextReadsBackAsWritten() throws {
        let text = "He said \"no\" \\ #1: ok"
        let node = try YAMLReader.read("v: \(BriefTemplate.quoted(text))\n", file: "t.yml")
        #expect(node.entries.first?.value.content == .scalar(text))
    }
}
