import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// File names and ids that would name a page folder outside its place, over another page or
/// as a device are refused with their place, and nothing is written.
@Suite struct UnsafeNameTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var breakSite: @Sendable (borrowing SiteFixture) throws -> Void
        var expected: String
        var testDescription: String { name }
    }

    /// Renames `Content/<from>` to `Content/<to>`.
    static func rename(_ site: borrowing SiteFixture, _ from: String, _ to: String) throws {
        try FileManager.default.moveItem(
            at: site.root.appending(path: "Content/\(from)"),
            to: site.root.appending(path: "Content/\(to)"))
    }

    static let device =
        "a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9)"

    static let cases: [Case] = [
        Case(
            name: "brief named after a device",
            breakSite: { try rename($0, "clients/acme.md", "clients/con.md") },
            expected: """
                Content/clients/con.md:1:1: error: the file name 'con.md' cannot name a page folder: 'con' is \(device); rename the file, such as acme-logistics.md
                ---
                ^

                """),
        Case(
            name: "device name with an extension",
            breakSite: { try rename($0, "handoffs/acme-2026.md", "handoffs/Lpt9.notes.md") },
            expected: """
                Content/handoffs/Lpt9.notes.md:1:1: error: the file name 'Lpt9.notes.md' cannot name a page folder: 'Lpt9.notes' is \(device); rename the file, such as acme-logistics.md
                ---
                ^

                """),
        Case(
            name: "brief whose name ends with a dot",
            breakSite: { try rename($0, "clients/acme.md", "clients/acme..md") },
            expected: """
                Content/clients/acme..md:1:1: error: the file name 'acme..md' cannot name a page folder: 'acme.' ends with '.', which Windows drops; rename the file, such as acme-logistics.md
                ---
                ^

                """),
        Case(
            name: "chapter over the guide's own index",
            breakSite: { try rename($0, "guide/the-job.md", "guide/index.html.md") },
            expected: """
                Content/guide/index.html.md:1:1: error: the file name 'index.html.md' would put its page in a folder named 'index.html', beside the file of that name Folio writes; rename the file
                ---
                ^

                """),
        Case(
            name: "file name too long for a folder",
            breakSite: {
                try rename(
                    $0, "guide/the-job.md", "guide/" + String(repeating: "a", count: 101) + ".md")
            },
            expected: """
                Content/guide/\(String(repeating: "a", count: 101)).md:1:1: error: the file name '\(String(repeating: "a", count: 100))…' cannot name a page folder: '\(String(repeating: "a", count: 100))…' is longer than 100 characters; rename the file, such as acme-logistics.md
                ---
                ^

                """),
        Case(
            name: "file name that climbs out",
            breakSite: { try rename($0, "clients/acme.md", "clients/a\\..\\acme.md") },
            expected: """
                Content/clients/a\\..\\acme.md:1:1: error: the file name 'a\\..\\acme.md' cannot be used in a page address; rename the file using only ASCII letters, digits, '-', '_' and '.', such as acme-logistics.md
                ---
                ^

                """),
        Case(
            name: "person id that is a device",
            breakSite: {
                try $0.edit(
                    "Content/data/team.csv", replacing: "sam,", with: "COM1,Com One,,,,\nsam,")
            },
            expected: """
                Content/data/team.csv:3:1: error: column 'id' in row 3 is 'COM1', which cannot name a page folder: it is \(device); choose another id
                COM1,Com One,,,,
                ^

                """),
        Case(
            name: "person ids that differ only in case",
            breakSite: {
                try $0.edit(
                    "Content/data/team.csv", replacing: "sam,", with: "Dana,Dana Two,,,,\nsam,")
            },
            expected: """
                Content/data/team.csv:3:1: error: duplicate slug 'Dana': two pages would be written to team/dana/index.html; give one of the people another id
                Dana,Dana Two,,,,
                ^
                Content/data/team.csv:2:1: note: the other page comes from here
                dana,Dana Whitfield,Account Manager,account_manager,dana@example.com,West
                ^

                """),
        Case(
            name: "person id that climbs out",
            breakSite: {
                try $0.edit(
                    "Content/data/team.csv", replacing: "sam,", with: "../../outside,Out,,,,\nsam,")
            },
            expected: """
                Content/data/team.csv:3:1: error: column 'id' in row 3 must be an id of ASCII letters, digits, '.', '_' and '-' that starts with a letter or digit, such as ACME-001; found '../../outside'
                ../../outside,Out,,,,
                ^

                """),
        Case(
            name: "account id with a NUL",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "GLOBEX-7,",
                    with: "\"AB\u{0}C\",Nul,dana,sam,,,,active,1,USD,,,,,,\nGLOBEX-7,")
            },
            expected: """
                Content/data/accounts.csv:3:1: error: column 'account_id' in row 3 must be an id of ASCII letters, digits, '.', '_' and '-' that starts with a letter or digit, such as ACME-001; found 'AB\u{2400}C'
                "AB\u{2400}C",Nul,dana,sam,,,,active,1,USD,,,,,,
                ^

                """),
        Case(
            name: "account id ending with a dot",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "GLOBEX-7,",
                    with: "AUX.,Aux,dana,sam,,,,active,1,USD,,,,,,\nGLOBEX-7,")
            },
            expected: """
                Content/data/accounts.csv:3:1: error: account 'AUX.' has no brief, so its page would be named after its id, which cannot name a page folder: it ends with '.', which Windows drops; give the account a brief this build shows (its page is then named after the brief's file), or choose another id
                AUX.,Aux,dana,sam,,,,active,1,USD,,,,,,
                ^

                """),
        Case(
            name: "base_url with a script scheme",
            breakSite: {
                try $0.edit(
                    "Content/site.yml", replacing: "https://example.com/mini/",
                    with: "javascript:alert(1)")
            },
            expected: """
                Content/site.yml:2:11: error: 'base_url' must be an http:// or https:// address without spaces or quotes, such as https://portfolio.example.com/; found 'javascript:alert(1)'
                base_url: javascript:alert(1)
                          ^

                """),
        Case(
            name: "base_url with a line break",
            breakSite: {
                try $0.edit(
                    "Content/site.yml", replacing: "https://example.com/mini/",
                    with: #""https://example.com/\r\nBEGIN:VEVENT""#)
            },
            expected: #"""
                Content/site.yml:2:11: error: 'base_url' must be an http:// or https:// address without spaces or quotes, such as https://portfolio.example.com/; found 'https://example.com/␍␊BEGIN:VEVENT'
                base_url: "https://example.com/\r\nBEGIN:VEVENT"
                          ^

                """#),
    ]

    @Test(arguments: cases)
    func isRefusedWithItsPlaceAndNothingIsWritten(_ testCase: Case) throws {
        let site = try SiteFixture(fixture: "mini")
        try testCase.breakSite(site)
        let before = SiteFixture.files(in: site.root)

        let (result, _, text) = site.build()

        #expect(!result.succeeded)
        #expect(result.errorCount == 1)
        #expect(text == testCase.expected)
        #expect(SiteFixture.files(in: site.root) == before, "the build changed files")
    }

    @Test func aTagThatNamesADeviceGetsAFolderOfItsOwn() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "next_qbr:", with: "tags: [CON, Nul]\nnext_qbr:")
        #expect(site.build().result.succeeded)
        let built = SiteFixture.files(in: site.root.appending(path: "Public")).keys
        #expect(
            built.filter { $0.hasPrefix("tags/") }.sorted() == [
                "tags/con-tag/index.html", "tags/index.html", "tags/nul-tag/index.html",
            ])
    }
}
