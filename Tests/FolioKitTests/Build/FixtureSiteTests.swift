import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// An end-to-end build of a small fixture site, compared file by file with its golden output.
///
/// The goldens are in Fixtures/mini-expected/. Run with `FOLIO_RECORD=1` to record the goldens again
/// after a deliberate change, and review the diff.
@Suite struct FixtureSiteTests {
    static let expected = SiteFixture.fixtures.appending(path: "mini-expected")

    @Test func buildMatchesTheGoldenOutput() throws {
        let site = try SiteFixture(fixture: "mini")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        #expect(result.pagesWritten == 21)
        #expect(result.filesWritten == 78)
        #expect(
            text == """
                Content/data/accounts.csv:3:1: warning: account 'GLOBEX-7' has no brief; its page shows the CRM record alone (add Content/clients/globex-7.md with 'account: GLOBEX-7' to write one)
                GLOBEX-7,"Globex, Inc.",dana,sam,Retail,Mid-Market,2,at_risk,45000.50,EUR,2024-03-01,2026-11-01,35,3,Fleet Tracker,2026-10-02
                ^

                """)
        let built = SiteFixture.files(in: site.root.appending(path: "Public"))
        if ProcessInfo.processInfo.environment["FOLIO_RECORD"] != nil {
            try? FileManager.default.removeItem(at: Self.expected)
            for (path, data) in built {
                let url = Self.expected.appending(path: path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let golden = SiteFixture.files(in: Self.expected)
        #expect(built.keys.sorted() == golden.keys.sorted())
        for (path, data) in built.sorted(by: { $0.key < $1.key }) {
            #expect(
                String(decoding: data, as: UTF8.self)
                    == String(decoding: golden[path] ?? Data(), as: UTF8.self),
                "\(path) differs from Fixtures/mini-expected/\(path)")
        }
    }

    @Test func aFailedBuildLeavesNoStagingFolderBehind() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        try site.edit("Content/clients/acme.md", replacing: "ACME-001", with: "NOPE")
        #expect(!site.build().result.succeeded)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(
            names == [".Public.folio-build", "Content", "Public", "Templates"],
            "the record of the first build stays, since Public is still that build")
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "account: ACME-001",
            with: "account: ACME-001\ndraft: true")
        #expect(site.build().result.succeeded)
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appending(path: "Public/clients/acme-001/index.html").path))
        var options = site.options()
        options.includeDrafts = true
        #expect(site.build(options).result.succeeded)
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appending(path: "Public/clients/acme/index.html").path))
        // The account's id folder now holds the redirect to the brief's page.
        #expect(
            try String(
                contentsOf: site.root.appending(path: "Public/clients/acme-001/index.html"),
                encoding: .utf8
            ).contains("<meta http-equiv=\"refresh\" content=\"0; url=../acme/index.html\">"))
    }

    @Test func rawHTMLReachesPagesOnlyWhenSiteYmlAllowsIt() throws {
        let site = try SiteFixture(fixture: "mini")
        let page = site.root.appending(path: "Public/clients/acme/index.html")
        #expect(site.build().result.succeeded)
        let safe = try String(contentsOf: page, encoding: .utf8)
        #expect(!safe.contains("<script>") && safe.contains("<!-- raw HTML omitted -->"))
        try site.edit(
            "Content/site.yml", replacing: "currency: USD", with: "currency: USD\nunsafe_html: true"
        )
        #expect(site.build().result.succeeded)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<script>alert(1)</script>"))
    }

    /// A build makes the `fields` maps only when a template names `fields`; the moment one
    /// does, every page that shows them has them.
    @Test func fieldsReachTheTemplatesThatNameThem() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "next_qbr: 2026-12-10",
            with: "next_qbr: 2026-12-10\nexecutive_pet: Biscuit")
        let page = site.root.appending(path: "Public/clients/acme/index.html")
        #expect(site.build().result.succeeded)
        let without = try String(contentsOf: page, encoding: .utf8)
        #expect(!without.contains("Biscuit"))

        try site.edit(
            "Templates/client.mustache", replacing: "{{^brief}}",
            with: "<p id=\"own\">{{brief.fields.executive_pet}} {{account.fields.account_id}} "
                + "{{#brief.stakeholders}}{{fields.notes}}{{/brief.stakeholders}}</p>{{^brief}}")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        let with = try String(contentsOf: page, encoding: .utf8)
        #expect(with.contains("<p id=\"own\">Biscuit ACME-001 Prefers email</p>"))
        // The rest of the page is what the build without fields made.
        #expect(
            with.replacingOccurrences(
                of: "<p id=\"own\">Biscuit ACME-001 Prefers email</p>", with: "") == without)
    }

    @Test func aSymbolicLinkInsideContentIsFollowed() throws {
        let site = try SiteFixture(fixture: "mini")
        try FileManager.default.createSymbolicLink(
            at: site.root.appending(path: "Content/guide/the-job-again.md"),
            withDestinationURL: site.root.appending(path: "Content/guide/the-job.md"))
        #expect(site.build().result.succeeded)
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appending(path: "Public/guide/the-job-again/index.html").path))
    }
}
