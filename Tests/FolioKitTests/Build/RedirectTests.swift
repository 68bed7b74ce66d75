import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

/// Every account answers at `clients/<id, lower-cased>/`: where its page is named after a
/// brief, a redirect page stands there, so that a CRM can link to any account by its id.
@Suite struct RedirectTests {
    /// The text of the file at `path` in the output of the site in `site`.
    static func file(_ path: String, in site: URL) throws -> String {
        try String(contentsOf: site.appending(path: "Public/\(path)"), encoding: .utf8)
    }

    /// Whether the file at `path` in the output of the site in `site` exists.
    static func exists(_ path: String, in site: URL) -> Bool {
        FileManager.default.fileExists(atPath: site.appending(path: "Public/\(path)").path)
    }

    @Test func anAccountWhosePageIsNamedAfterItsBriefAnswersAtItsID() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let redirect = try Self.file("clients/acme-001/index.html", in: site.root)
        #expect(
            redirect == """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'">
                <meta name="robots" content="noindex, nofollow">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="0; url=../acme/index.html">
                <link rel="canonical" href="../acme/index.html">
                <title>Acme Logistics · Mini Portfolio</title>
                </head>
                <body>
                <main>
                <p>The page of <a href="../acme/index.html">Acme Logistics</a> is at clients/acme/.</p>
                </main>
                </body>
                </html>

                """)
        // Every address of the redirect leads, from its own folder, to the account's page.
        let targets = Set(SampleSiteTests.links(in: redirect))
        #expect(targets == ["../acme/index.html"])
        let resolved = try #require(
            SiteAddress.resolve("../acme/index.html", from: "clients/acme-001/index.html"))
        #expect(resolved == "clients/acme/index.html")
        #expect(try Self.file(resolved, in: site.root).contains("<h1>Acme Logistics</h1>"))
        // An account without a brief has its page at its id, and no redirect.
        #expect(try !Self.file("clients/globex-7/index.html", in: site.root).contains("refresh"))
    }

    @Test func theSitemapListsPagesOnly() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let sitemap = try Self.file("sitemap.xml", in: site.root)
        #expect(sitemap.contains("<loc>https://example.com/mini/clients/acme/</loc>"))
        #expect(sitemap.contains("<loc>https://example.com/mini/clients/globex-7/</loc>"))
        #expect(!sitemap.contains("acme-001"))
    }

    @Test func redirectsAreFilesOfTheManifestButNotPages() throws {
        let site = try SiteFixture(fixture: "mini")
        let result = site.build().result
        #expect(result.pagesWritten == 21)
        #expect(result.filesWritten == 78)
        let manifest = try Self.file(OutputManifest.fileName, in: site.root)
        #expect(manifest.contains("{\"path\": \"clients/acme-001/index.html\", \"size\": "))
        #expect(SiteChecker.check(site.options()).pagesChecked == 21)
    }

    @Test func aBriefAddedMovesThePageAndItsOldAddressLeadsToIt() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        #expect(try !Self.file("clients/globex-7/index.html", in: site.root).contains("refresh"))

        try site.write("---\naccount: GLOBEX-7\n---\nNotes.\n", to: "Content/clients/globex.md")
        let added = UnchangedBuildTests.build(site.options())
        #expect(added.result.succeeded)
        #expect(added.phases.contains(.rendering))
        #expect(Self.exists("clients/globex/index.html", in: site.root))
        #expect(
            try Self.file("clients/globex-7/index.html", in: site.root).contains(
                "<meta http-equiv=\"refresh\" content=\"0; url=../globex/index.html\">"))
        #expect(UnchangedBuildTests.matchesACleanBuild(site.options()))

        try FileManager.default.removeItem(
            at: site.root.appending(path: "Content/clients/globex.md"))
        #expect(site.build().result.succeeded)
        #expect(!Self.exists("clients/globex/index.html", in: site.root))
        #expect(try !Self.file("clients/globex-7/index.html", in: site.root).contains("refresh"))
        #expect(UnchangedBuildTests.matchesACleanBuild(site.options()))
    }

    @Test func anIDFolderThatHoldsAnotherPageGetsNoRedirectAndAWarning() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.write("---\naccount: GLOBEX-7\n---\nNotes.\n", to: "Content/clients/acme-001.md")
        let (result, text, _) = site.build()
        #expect(result.succeeded)
        #expect(
            text.contains(
                """
                Content/data/accounts.csv:2:1: warning: a link to account 'ACME-001' by its id shows another account: clients/acme-001/ holds the page of 'GLOBEX-7'; rename that page's brief if links by id matter, or link to clients/acme/
                ACME-001,Acme Logistics,dana,sam,Logistics,Enterprise,1,active,120000,USD,2025-01-15,2026-12-20,82,9,Fleet Tracker;Route Planner,2026-11-20
                ^
                Content/clients/acme-001.md:2:10: note: that page comes from here
                account: GLOBEX-7
                         ^

                """), "\(text)")
        #expect(try !Self.file("clients/acme-001/index.html", in: site.root).contains("refresh"))
        // GLOBEX-7's own id folder leads to its page.
        #expect(
            try Self.file("clients/globex-7/index.html", in: site.root).contains(
                "url=../acme-001/index.html"))
    }

    @Test func idsThatDifferOnlyInLetterCaseShareNoFolder() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/data/accounts.csv", replacing: "GLOBEX-7,",
            with: "acme-001,Acme Lower,dana,sam,,,,active,1,USD,,,,,,\nGLOBEX-7,")
        try site.write("---\naccount: acme-001\n---\nNotes.\n", to: "Content/clients/lower.md")
        let (result, text, _) = site.build()
        #expect(result.succeeded)
        #expect(
            text.contains(
                "Content/data/accounts.csv:3:1: warning: a link to account 'acme-001' by its id "
                    + "finds no page: clients/acme-001/ would also answer for 'ACME-001' (ids "
                    + "that differ only in letter case share a folder on macOS and Windows), so "
                    + "none of them has it; link to clients/lower/\n"), "\(text)")
        #expect(
            text.contains(
                "Content/data/accounts.csv:2:1: warning: a link to account 'ACME-001' by its id "
                    + "finds no page: clients/acme-001/ would also answer for 'acme-001'"))
        #expect(!Self.exists("clients/acme-001/index.html", in: site.root))
    }

    /// Ids of the CRM that cannot name a folder: a device name of Windows with an extension,
    /// a final dot, a name longer than a page folder's.
    static let idsThatNameNoFolder = ["CON.1042", "AUX.", "A" + String(repeating: "1", count: 120)]

    @Test(arguments: idsThatNameNoFolder)
    func anIDThatCannotNameAFolderIsNoErrorWhenItsPageIsNamedAfterABrief(_ id: String) throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/data/accounts.csv", replacing: "GLOBEX-7,",
            with: "\(id),Odd Id,dana,sam,,,,active,1,USD,,,,,,\nGLOBEX-7,")
        try site.write("---\naccount: \(id)\n---\nNotes.\n", to: "Content/clients/odd.md")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        #expect(!text.contains(id), "nothing is said of the id: \(text)")
        #expect(Self.exists("clients/odd/index.html", in: site.root))
        let clients = try FileManager.default.contentsOfDirectory(
            atPath: site.root.appending(path: "Public/clients").path)
        #expect(clients.sorted() == ["acme", "acme-001", "globex-7", "odd"])

        // Without a brief, its page would need the id's folder.
        try FileManager.default.removeItem(at: site.root.appending(path: "Content/clients/odd.md"))
        let (failed, _, errors) = site.build()
        #expect(!failed.succeeded)
        #expect(
            errors.hasPrefix(
                "Content/data/accounts.csv:3:1: error: account '\(PageName.shortened(id))' has no "
                    + "brief, so its page would be named after its id, which cannot name a page "
                    + "folder: it \(PageName.problem(id) ?? "")"), "\(errors)")
    }

    @Test func checkFollowsLinksToAndFromRedirects() throws {
        let site = try SiteFixture(fixture: "mini")
        // A link by the account's id, as a CRM or a colleague writes it.
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "The sale took three months.",
            with: "The sale took three months; see [the account](../../clients/acme-001/).")
        let result = SiteChecker.check(site.options())
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")

        // A redirect whose page is missing is named.
        var diagnostics: [Diagnostic] = []
        let prepared = try #require(SiteBuilder.prepare(site.options(), &diagnostics))
        let check = LinkCheck(
            pages: [:], files: [], site: prepared, templates: [],
            redirects: [
                "clients/acme-001/index.html": PageAnchors(
                    html: "<a href=\"../gone/index.html\">Gone</a>")
            ])
        #expect(
            check.diagnostics().map(\.message) == [
                "on the redirect clients/acme-001/index.html: the link '../gone/index.html' "
                    + "leads to clients/gone/index.html, which the site does not have; fix the "
                    + "address or add the page"
            ])
    }

    @Test func aClientBuildHasTheRedirectsAndPassesItsPrivacyScan() throws {
        let site = try SiteFixture(content: "mini")
        var options = site.options()
        options.audience = .client
        let (result, _, errors) = site.build(options)
        #expect(result.succeeded, "\(errors)")
        #expect(
            try Self.file("clients/acme-001/index.html", in: site.root).contains(
                "url=../acme/index.html"))
        options.audience = .client
        let check = SiteChecker.check(options)
        #expect(!check.diagnostics.contains { $0.severity == .error }, "\(check.diagnostics)")
    }
}
