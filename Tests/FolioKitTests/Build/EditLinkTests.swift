import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// `edit_url` in `site.yml` gives each brief, handoff and chapter page a link to edit its
/// file; without it, or in a client build, there is none, and no page names its source.
@Suite struct EditLinkTests {
    static let pattern = "https://git.example.com/team/portfolio/edit/main/{path}"

    static func page(_ site: borrowing SiteFixture, _ path: String, output: String = "Public")
        throws -> String
    {
        try String(contentsOf: site.root.appending(path: "\(output)/\(path)"), encoding: .utf8)
    }

    static func site(editURL: String?) throws -> SiteFixture {
        let site = try SiteFixture(content: "mini")
        if let editURL {
            try site.edit(
                "Content/site.yml", replacing: "renewal_window_days: 90\n",
                with: "renewal_window_days: 90\nedit_url: \(editURL)\n")
        }
        return site
    }

    @Test func eachBriefHandoffAndChapterLinksToItsFile() throws {
        let site = try Self.site(editURL: Self.pattern)
        // A folder name that an address must encode.
        try FileManager.default.createDirectory(
            at: site.root.appending(path: "Content/handoffs/Région Sud"),
            withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: site.root.appending(path: "Content/handoffs/acme-2026.md"),
            to: site.root.appending(path: "Content/handoffs/Région Sud/acme-2026.md"))
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        let base = "https://git.example.com/team/portfolio/edit/main/Content/"
        #expect(
            try Self.page(site, "clients/acme/index.html").contains(
                #"<p class="edit-link"><a href="\#(base)clients/acme.md">Edit this brief</a></p>"#))
        #expect(
            try Self.page(site, "handoffs/acme-2026/index.html").contains(
                #"<a href="\#(base)handoffs/R%C3%A9gion%20Sud/acme-2026.md">Edit this handoff</a>"#
            ))
        #expect(
            try Self.page(site, "guide/the-job/index.html").contains(
                #"<a href="\#(base)guide/the-job.md">Edit this chapter</a>"#))
        // An account without a brief has nothing to edit.
        #expect(!(try Self.page(site, "clients/globex-7/index.html")).contains("edit-link"))
    }

    @Test func withoutAPatternNoPageLinksOrNamesItsSource() throws {
        let site = try Self.site(editURL: nil)
        #expect(site.build().result.succeeded)
        for path in [
            "clients/acme/index.html", "handoffs/acme-2026/index.html", "guide/the-job/index.html",
        ] {
            let html = try Self.page(site, path)
            #expect(!html.contains("edit-link"), "\(path)")
            #expect(!html.contains("Source"), "\(path)")
            #expect(!html.contains("Content/"), "\(path)")
        }
    }

    /// A client cannot edit the team's files, and the address would tell where the team
    /// keeps its briefs and under which names.
    @Test func aClientBuildHasNoEditLinks() throws {
        let site = try Self.site(editURL: Self.pattern)
        var options = site.options(output: "Client")
        options.audience = .client
        let (result, text, _) = site.build(options)
        #expect(result.succeeded, "\(text)")
        for (path, data) in SiteFixture.files(in: site.root.appending(path: "Client")) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("git.example.com"), "\(path)")
            #expect(!text.contains("edit-link\">"), "\(path)")
        }
    }

    @Test(arguments: [
        (
            "git@example.com:team/portfolio.git",
            "'edit_url' must be an http:// or https:// address with {path} where the file's path goes, such as https://github.com/harborline/portfolio/edit/main/{path}; found 'git@example.com:team/portfolio.git'"
        ),
        (
            "https://git.example.com/team/portfolio/edit/main/",
            "'edit_url' has no {path}, so every page would link to the same address; write {path} where the file's path from the repository's root (Content/clients/acme.md) goes, such as https://github.com/harborline/portfolio/edit/main/{path}"
        ),
        (
            "https://git.example.com/team/portfolio/edit/{branch}/{path}",
            "'edit_url' has '{branch}', which Folio does not fill in: {path} is the only placeholder; write the rest of the address as it is, such as https://github.com/harborline/portfolio/edit/main/{path}"
        ),
        (
            "https://git.example.com/edit/main/{PATH}",
            "'edit_url' has '{PATH}', which Folio does not fill in: write it {path}, in lower case"
        ),
        (
            #"["https://git.example.com/{path}"]"#,
            "'edit_url' must be an http:// or https:// address with {path} where the file's path goes, such as https://github.com/harborline/portfolio/edit/main/{path}; found a list"
        ),
    ])
    func aPatternThatCannotMakeAddressesIsAnErrorAtItsValue(written: String, message: String)
        throws
    {
        let site = try Self.site(editURL: written)
        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors == """
                Content/site.yml:7:11: error: \(message)
                edit_url: \(written)
                          ^

                """)
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "Public").path))
    }
}
