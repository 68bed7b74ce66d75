import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioScaffold

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
            "risks", "competitors", "tags", "next_qbr", "updated", "draft", "aliases",
        ] {
            #expect(text.contains("\n\(field):"), "\(field)")
        }
        #expect(text.contains("\n# clients/globex-7/, the account's id, leads here already.\n"))
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
            SiteBuilder.prepare(site.options(), &diagnostics))
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

    @Test(arguments: [
        ("../../evil", "evil"),
        ("../../Evil Corp", "evil-corp"),
        ("/tmp/x", "tmp-x"),
        ("a b/c", "a-b-c"),
        ("Acme", "acme"),
        ("acme.md", "acme"),
        ("acme_2026", "acme-2026"),
        ("acme.v2", "acme-v2"),
        ("-acme", "acme"),
        ("Société Générale", "societe-generale"),
        (String(repeating: "a", count: 101), String(repeating: "a", count: 100)),
        // Nothing usable remains: the slug of the account's name.
        ("../..", "globex-inc"),
        ("", "globex-inc"),
        ("...", "globex-inc"),
        ("東京", "globex-inc"),
        ("con", "globex-inc"),
    ])
    func aSlugThatIsNotOneFileNameIsRefusedWithOneThatIs(slug: String, suggestion: String) throws {
        let site = try SiteFixture(fixture: "mini")
        let before = SiteFixture.files(in: site.root)
        for kind in BriefKind.allCases {
            let result = NewBrief.write(
                kind, accountID: "GLOBEX-7", slug: slug, options: site.options())
            #expect(result.written == nil)
            #expect(result.isUsageError)
            let message = try #require(result.diagnostics.first?.message)
            #expect(result.diagnostics.count == 1)
            #expect(message.hasPrefix("--slug '"), "\(message)")
            #expect(
                message.contains("; use --slug \(suggestion)")
                    && !message.contains("; use --slug \(suggestion)-"),
                "\(message)")
            #expect(NewBrief.slugProblem(suggestion) == nil)
        }
        #expect(SiteFixture.files(in: site.root) == before, "nothing was written")
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.deletingLastPathComponent().appending(path: "evil.md").path))
    }

    @Test func aRefusedSlugIsExplainedWordForWord() throws {
        let site = try SiteFixture(fixture: "mini")
        let outside = NewBrief.write(
            .client, accountID: "GLOBEX-7", slug: "../../Evil Corp", options: site.options())
        #expect(
            outside.diagnostics.map(\.message) == [
                "--slug '../../Evil Corp' cannot name the file Content/clients/<slug>.md: a slug "
                    + "is one file name made of lowercase letters, digits and hyphens, without "
                    + "'/', '.', spaces or capitals; use --slug evil-corp"
            ])
        let subfolder = NewBrief.write(
            .handoff, accountID: "GLOBEX-7", slug: "eu/globex", options: site.options())
        #expect(
            subfolder.diagnostics.map(\.message) == [
                "--slug 'eu/globex' cannot name the file Content/handoffs/<slug>.md: a slug is "
                    + "one file name made of lowercase letters, digits and hyphens, without '/', "
                    + "'.', spaces or capitals; use --slug eu-globex (to keep the brief in a "
                    + "subfolder, move the file there once written: Folio reads the subfolders "
                    + "of Content/handoffs too)"
            ])
        let device = NewBrief.write(
            .client, accountID: "GLOBEX-7", slug: "nul", options: site.options())
        #expect(
            device.diagnostics.map(\.message) == [
                "--slug 'nul' cannot name the file Content/clients/<slug>.md: it is a name "
                    + "Windows reserves for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to "
                    + "LPT9); use --slug globex-inc"
            ])
    }

    @Test func aSlugOfLowercaseLettersDigitsAndHyphensIsWritten() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = NewBrief.write(
            .handoff, accountID: "GLOBEX-7", slug: "globex-2026-q4", options: site.options())
        #expect(result.diagnostics.isEmpty)
        #expect(result.written == "Content/handoffs/globex-2026-q4.md")
        #expect(!result.isUsageError)
    }

    @Test func refusesAFileThatWouldMakeThePageOfOneInASubfolder() throws {
        let site = try SiteFixture(fixture: "mini")
        let kept = "---\naccount: ACME-001\ndate: 2025-02-03\n---\nKept.\n"
        try site.write(kept, to: "Content/handoffs/2025/Globex-Inc.md")
        let before = SiteFixture.files(in: site.root)
        let result = NewBrief.write(.handoff, accountID: "GLOBEX-7", options: site.options())
        #expect(result.written == nil)
        #expect(!result.isUsageError)
        #expect(
            result.diagnostics.map(\.message) == [
                "Content/handoffs/2025/Globex-Inc.md already makes the page "
                    + "handoffs/Globex-Inc/index.html that Content/handoffs/globex-inc.md would "
                    + "make, so nothing was written; edit that file, or choose another file name "
                    + "with --slug NAME"
            ])
        #expect(SiteFixture.files(in: site.root) == before)
    }

    @Test func refusesASecondClientBriefWhenTheFirstIsInASubfolder() throws {
        let site = try SiteFixture(fixture: "mini")
        let content = site.root.appending(path: "Content/clients")
        try FileManager.default.createDirectory(
            at: content.appending(path: "eu/west"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: content.appending(path: "acme.md"), to: content.appending(path: "eu/west/acme.md"))
        let before = SiteFixture.files(in: site.root)
        let result = NewBrief.write(.client, accountID: "ACME-001", options: site.options())
        #expect(result.written == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "account 'ACME-001' already has a brief, Content/clients/eu/west/acme.md; edit "
                    + "that file instead (an account has one brief)"
            ])
        #expect(SiteFixture.files(in: site.root) == before)
    }

    @Test func aNameThatGivesNoFileNameAsksForASlug() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit("Content/data/accounts.csv", replacing: "\"Globex, Inc.\"", with: "株式会社")
        let result = NewBrief.write(.client, accountID: "GLOBEX-7", options: site.options())
        #expect(result.written == nil)
        #expect(!result.isUsageError, "the content, not the command line, lacks the name")
        #expect(
            result.diagnostics.map(\.message) == [
                "account 'GLOBEX-7' is named '株式会社', which gives no usable file name; choose "
                    + "one with --slug, such as --slug globex-7"
            ])
        #expect(NewBrief.slug(String(repeating: "Acme ", count: 30), cutTo: 100).count == 99)
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

    /// A line break in a CRM name stays inside the comment that names the account, so it
    /// cannot add a field to the brief.
    @Test func aCRMNameWithALineBreakStaysInItsComment() {
        let comment = BriefTemplate.oneLine("Line one\nmanager: evil\r\u{2028}end")
        #expect(comment == "Line one manager: evil  end")
    }
}
