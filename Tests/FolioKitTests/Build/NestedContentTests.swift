import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// Briefs, handoffs and guide chapters in subfolders of their folders are read as Hugo and
/// Zola read nested content: a page is named after its file alone, files and folders whose
/// names start with `.` are skipped, and two files that would make one page are an error.
@Suite struct NestedContentTests {
    /// The mini fixture with its brief, handoff and chapter moved into subfolders, beside
    /// hidden briefs for the account that has none, which a build must not read.
    static func nestedSite() throws -> SiteFixture {
        let site = try SiteFixture(fixture: "mini")
        let content = site.root.appending(path: "Content")
        for (from, to) in [
            ("clients/acme.md", "clients/eu/west/acme.md"),
            ("handoffs/acme-2026.md", "handoffs/2026/acme-2026.md"),
            ("guide/the-job.md", "guide/basics/the-job.md"),
        ] {
            let target = content.appending(path: to)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: content.appending(path: from), to: target)
        }
        let hidden = "---\naccount: GLOBEX-7\n---\nNot to be read.\n"
        try site.write(hidden, to: "Content/clients/.archive/globex.md")
        try site.write(hidden, to: "Content/clients/eu/.globex.md")
        try site.write("---\ntitle: Hidden\n---\n", to: "Content/guide/.drafts/hidden.md")
        return site
    }

    @Test func aBuildReadsSubfoldersAndWritesThePagesOfTheFlatSite() throws {
        let site = try Self.nestedSite()
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        // The flat fixture's one warning: the hidden briefs gave GLOBEX-7 none.
        #expect(
            result.diagnostics.map(\.message) == [
                "account 'GLOBEX-7' has no brief; its page shows the CRM record alone (add "
                    + "Content/clients/globex-7.md with 'account: GLOBEX-7' to write one)"
            ])
        let built = SiteFixture.files(in: site.root.appending(path: "Public"))
        let golden = SiteFixture.files(in: FixtureSiteTests.expected)
        #expect(built.keys.sorted() == golden.keys.sorted())
        #expect(built == golden, "the mini fixture's templates do not show the source's path")
    }

    @Test func aCheckReadsSubfoldersToo() throws {
        let nested = try Self.nestedSite()
        let flat = try SiteFixture(fixture: "mini")
        let nestedCheck = SiteChecker.check(nested.options())
        let flatCheck = SiteChecker.check(flat.options())
        #expect(nestedCheck.pagesChecked == flatCheck.pagesChecked)
        #expect(nestedCheck.linksChecked == flatCheck.linksChecked)
        #expect(nestedCheck.diagnostics.map(\.message) == flatCheck.diagnostics.map(\.message))
        #expect(nestedCheck.diagnostics.count == 1)
    }

    @Test func aCheckFindsABrokenLinkWhereANestedBriefWroteIt() throws {
        let site = try Self.nestedSite()
        try site.edit(
            "Content/clients/eu/west/acme.md", replacing: "Ana & the team",
            with: "See [the handoff](../../handoffs/acme-2026/index.html#nowhere). Ana & the team")
        let errors = SiteChecker.check(site.options()).diagnostics.filter {
            $0.severity == .error
        }
        #expect(
            errors.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" } == [
                "Content/clients/eu/west/acme.md:14:19: the link "
                    + "'../../handoffs/acme-2026/index.html#nowhere' leads to "
                    + "handoffs/acme-2026/index.html, which has no element with id 'nowhere'; use "
                    + "one of that page's heading ids or remove the fragment"
            ])
    }

    @Test func theDefaultThemesEditLinkNamesTheNestedFile() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/site.yml", replacing: "currency: USD\n",
            with: "currency: USD\nedit_url: https://example.com/edit/{path}\n")
        let content = site.root.appending(path: "Content")
        try FileManager.default.createDirectory(
            at: content.appending(path: "clients/eu"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: content.appending(path: "clients/acme.md"),
            to: content.appending(path: "clients/eu/acme.md"))
        #expect(site.build().result.succeeded)
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/acme/index.html"),
            encoding: .utf8)
        #expect(page.contains(#"<a href="https://example.com/edit/Content/clients/eu/acme.md">"#))
    }

    /// Builds and checks `site`, and returns each one's errors as the command line prints
    /// them.
    static func errors(_ site: borrowing SiteFixture) -> (build: String, check: String) {
        let root = site.root
        let formatter = DiagnosticFormatter { path in
            FileManager.default.contents(atPath: root.appending(path: path).path)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        let check = SiteChecker.check(site.options()).diagnostics.filter {
            $0.severity == .error
        }
        return (site.build().errors, check.map(formatter.format).joined())
    }

    @Test func oneNameInTwoFoldersIsAnErrorNamingBothForBuildAndCheck() throws {
        let site = try Self.nestedSite()
        try site.write(
            "---\ntitle: Another job\n---\n", to: "Content/guide/advanced/The-Job.md")
        let before = SiteFixture.files(in: site.root)
        let (build, check) = Self.errors(site)
        let expected = """
            Content/guide/basics/the-job.md:1:1: error: Content/guide/advanced/The-Job.md and \
            Content/guide/basics/the-job.md would both make the page guide/the-job/index.html \
            (a page is named after its file, whatever folder holds it); rename one of them
            ---
            ^
            Content/guide/advanced/The-Job.md:1:1: note: the other file is here
            ---
            ^

            """
        #expect(build == expected)
        #expect(check == expected)
        #expect(SiteFixture.files(in: site.root) == before, "no file was changed")
    }

    @Test func twoBriefsForOneAccountInSubfoldersAreAnErrorForBuildAndCheck() throws {
        let site = try Self.nestedSite()
        try site.write("---\naccount: ACME-001\n---\n", to: "Content/clients/us/acme-us.md")
        let (build, check) = Self.errors(site)
        let expected = """
            Content/clients/us/acme-us.md:2:10: error: account 'ACME-001' already has a brief; \
            keep one brief per account and merge the two files
            account: ACME-001
                     ^
            Content/clients/eu/west/acme.md:2:10: note: the first brief is here
            account: ACME-001
                     ^

            """
        #expect(build == expected)
        #expect(check == expected)
    }

    @Test func aLinkedFolderIsNotFollowedAndAWarningSaysSo() throws {
        let site = try Self.nestedSite()
        try FileManager.default.createSymbolicLink(
            at: site.root.appending(path: "Content/clients/linked"),
            withDestinationURL: site.root.appending(path: "Content/clients/eu"))
        var diagnostics: [Diagnostic] = []
        let files = ContentLoader.markdownFiles(in: "clients", site.options(), &diagnostics)
        #expect(files.map(\.path) == ["Content/clients/eu/west/acme.md"])
        #expect(
            diagnostics.map(\.message) == [
                "Content/clients/linked is a symbolic link to a folder, which Folio does not "
                    + "follow, so no file in it is read; move the folder into Content/clients "
                    + "instead of linking to it"
            ])
    }

    @Test func filesAreListedInPathOrderWithTheirPlaces() throws {
        let site = try Self.nestedSite()
        try site.write("---\naccount: GLOBEX-7\n---\n", to: "Content/clients/globex.md")
        try site.write("notes\n", to: "Content/clients/eu/notes.txt")
        var diagnostics: [Diagnostic] = []
        let files = ContentLoader.markdownFiles(in: "clients", site.options(), &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(
            files.map(\.path) == ["Content/clients/eu/west/acme.md", "Content/clients/globex.md"])
        #expect(
            files.map(\.location) == [
                site.root.appending(path: "Content/clients/eu/west/acme.md").path,
                site.root.appending(path: "Content/clients/globex.md").path,
            ])
        #expect(ContentLoader.markdownFiles(in: "missing", site.options(), &diagnostics).isEmpty)
        #expect(diagnostics.isEmpty, "a folder that is not there holds no files")
    }
}
