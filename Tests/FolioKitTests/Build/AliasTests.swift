import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

/// `aliases:` in a client brief: old names of its page, each a folder of `clients/` with a
/// redirect to the page; one that cannot name a folder, or whose folder is taken, is an
/// error at the alias that names both places.
@Suite struct AliasTests {
    /// The mini fixture whose brief `acme.md` (account ACME-001, page `clients/acme/`) lists
    /// `aliases` as written on its line 3.
    static func site(aliases: String) throws -> SiteFixture {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "account: ACME-001\n",
            with: "account: ACME-001\naliases: \(aliases)\n")
        return site
    }

    /// The errors of a build of `site`, as the command line prints them.
    static func errors(_ site: borrowing SiteFixture) -> String {
        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        return errors
    }

    @Test func eachAliasGetsARedirectToThePage() throws {
        let site = try Self.site(aliases: "[acme-logistics, Acme_Old]")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        for folder in ["acme-logistics", "Acme_Old", "acme-001"] {
            let redirect = try RedirectTests.file("clients/\(folder)/index.html", in: site.root)
            #expect(
                redirect.contains(
                    "<meta http-equiv=\"refresh\" content=\"0; url=../acme/index.html\">\n"
                        + "<link rel=\"canonical\" href=\"../acme/index.html\">\n"
                        + "<title>Acme Logistics · Mini Portfolio</title>"), "\(folder)")
            #expect(
                SiteAddress.resolve("../acme/index.html", from: "clients/\(folder)/index.html")
                    == "clients/acme/index.html")
        }
        #expect(result.pagesWritten == 21)
        #expect(result.filesWritten == 80)
        let sitemap = try RedirectTests.file("sitemap.xml", in: site.root)
        #expect(!sitemap.contains("acme-logistics") && !sitemap.contains("Acme_Old"))
        #expect(!sitemap.contains("acme-001"))
    }

    @Test func oneAliasIsAListOfOne() throws {
        let site = try Self.site(aliases: "acme-logistics")
        #expect(site.build().result.succeeded)
        #expect(RedirectTests.exists("clients/acme-logistics/index.html", in: site.root))
    }

    @Test func theAccountsOwnIDIsNoClash() throws {
        let site = try Self.site(aliases: "[ACME-001]")
        #expect(site.build().result.succeeded)
        #expect(RedirectTests.exists("clients/acme-001/index.html", in: site.root))
        #expect(!RedirectTests.exists("clients/ACME-001/index.html", in: site.root))
    }

    @Test func anAliasThatCannotNameAFolderIsAnError() throws {
        let site = try Self.site(aliases: "[clients/acme-old/, Old Acme, con.html]")
        #expect(
            Self.errors(site) == """
                Content/clients/acme.md:3:11: error: 'aliases[1]' is 'clients/acme-old/', which cannot name a page folder: it has characters other than ASCII letters, digits, '-', '_' and '.'; write the folder's name alone, 'acme-old'
                aliases: [clients/acme-old/, Old Acme, con.html]
                          ^
                Content/clients/acme.md:3:30: error: 'aliases[2]' is 'Old Acme', which cannot name a page folder: it has characters other than ASCII letters, digits, '-', '_' and '.'; write the name of a folder of clients/, such as northgate-parcel
                aliases: [clients/acme-old/, Old Acme, con.html]
                                             ^
                Content/clients/acme.md:3:40: error: 'aliases[3]' is 'con.html', which cannot name a page folder: it is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9); write the name of a folder of clients/, such as northgate-parcel
                aliases: [clients/acme-old/, Old Acme, con.html]
                                                       ^

                """)
    }

    @Test func anAliasOfTheBriefsOwnPageIsAnError() throws {
        let site = try Self.site(aliases: "[Acme]")
        #expect(
            Self.errors(site) == """
                Content/clients/acme.md:3:11: error: the alias 'Acme' is the name of this brief's own page, clients/acme/; remove it
                aliases: [Acme]
                          ^

                """)
    }

    @Test func anAliasAtAnotherAccountsPageIsAnError() throws {
        // GLOBEX-7 has no brief, so its page is named after its id.
        let site = try Self.site(aliases: "[globex-7]")
        #expect(
            Self.errors(site) == """
                Content/clients/acme.md:3:11: error: the alias 'globex-7' would put a redirect in clients/globex-7/, which holds the page of 'GLOBEX-7'; remove the alias
                aliases: [globex-7]
                          ^
                Content/data/accounts.csv:3:1: note: that page comes from here
                GLOBEX-7,"Globex, Inc.",dana,sam,Retail,Mid-Market,2,at_risk,45000.50,EUR,2024-03-01,2026-11-01,35,3,Fleet Tracker,2026-10-02
                ^

                """)

        // With a brief, the page is named after the brief's file.
        try site.write("---\naccount: GLOBEX-7\n---\nNotes.\n", to: "Content/clients/globex.md")
        try site.edit("Content/clients/acme.md", replacing: "[globex-7]", with: "[globex]")
        #expect(
            Self.errors(site) == """
                Content/clients/acme.md:3:11: error: the alias 'globex' would put a redirect in clients/globex/, which holds the page of 'GLOBEX-7'; remove the alias, or rename that page's brief
                aliases: [globex]
                          ^
                Content/clients/globex.md:2:10: note: that page comes from here
                account: GLOBEX-7
                         ^

                """)
    }

    @Test func anAliasWhereAnotherAccountAnswersByItsIDIsAnError() throws {
        let site = try Self.site(aliases: "[old-acme]")
        try site.write(
            "---\naccount: GLOBEX-7\naliases: [globex-inc]\n---\nNotes.\n",
            to: "Content/clients/globex.md")
        #expect(site.build().result.succeeded)
        try site.edit("Content/clients/acme.md", replacing: "[old-acme]", with: "[GLOBEX-7]")
        #expect(
            Self.errors(site) == """
                Content/clients/acme.md:3:11: error: the alias 'GLOBEX-7' would put a redirect in clients/globex-7/, where account 'GLOBEX-7' answers by its id; remove the alias
                aliases: [GLOBEX-7]
                          ^
                Content/data/accounts.csv:3:1: note: 'GLOBEX-7' is defined here
                GLOBEX-7,"Globex, Inc.",dana,sam,Retail,Mid-Market,2,at_risk,45000.50,EUR,2024-03-01,2026-11-01,35,3,Fleet Tracker,2026-10-02
                ^

                """)
    }

    @Test func twoAliasesOfOneFolderAreAnError() throws {
        let site = try Self.site(aliases: "[old-name]")
        try site.write(
            "---\naccount: GLOBEX-7\naliases:\n  - Old-Name\n---\nNotes.\n",
            to: "Content/clients/globex.md")
        #expect(
            Self.errors(site) == """
                Content/clients/globex.md:4:5: error: the alias 'Old-Name' would put a redirect in clients/old-name/, as another alias does already; keep one of them
                  - Old-Name
                    ^
                Content/clients/acme.md:3:11: note: the other alias is here
                aliases: [old-name]
                          ^

                """)
    }

    @Test func aClientBuildLeavesOutPrivateAliasesAndChecksThemAlike() throws {
        let site = try Self.site(aliases: "[acme-logistics]")
        try site.edit(
            "Content/site.yml", replacing: "currency: USD\n",
            with: "currency: USD\nprivate: [clients.aliases, handoffs]\n")
        var options = site.options()
        options.audience = .client
        let (result, text, _) = site.build(options)
        #expect(result.succeeded, "\(text)")
        #expect(!RedirectTests.exists("clients/acme-logistics/index.html", in: site.root))
        #expect(RedirectTests.exists("clients/acme-001/index.html", in: site.root))
        #expect(site.build().result.succeeded)
        #expect(RedirectTests.exists("clients/acme-logistics/index.html", in: site.root))

        // A clash is an error for every audience.
        try site.edit("Content/clients/acme.md", replacing: "[acme-logistics]", with: "[acme]")
        let (clash, _, errors) = site.build(options)
        #expect(!clash.succeeded)
        #expect(errors.hasPrefix("Content/clients/acme.md:3:11: error: the alias 'acme' is the"))
    }

    @Test func checkFollowsALinkToAnAlias() throws {
        let site = try Self.site(aliases: "[acme-logistics]")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "The sale took three months.",
            with: "The sale took three months; see [the account](../../clients/acme-logistics/).")
        let result = SiteChecker.check(site.options())
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        try site.edit("Content/clients/acme.md", replacing: "[acme-logistics]", with: "[]")
        let broken = SiteChecker.check(site.options()).diagnostics.filter {
            $0.severity == .error
        }
        #expect(broken.map(\.location?.file) == ["Content/handoffs/acme-2026.md"])
    }
}
