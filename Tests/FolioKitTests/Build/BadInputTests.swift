import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// Each bad input gives one clear error with its place, and leaves the old site untouched.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var output = "Public"
        var breakSite: @Sendable (borrowing SiteFixture) throws -> Void
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "malformed YAML",
            breakSite: {
                try $0.edit(
                    "Content/clients/acme.md", replacing: "goals: [Cut", with: "goals: [[Cut")
            },
            expected: #"""
                Content/clients/acme.md:5:1: error: expected ',' or ']' here, in the list that opens on line 4; separate items with ',' and close the list with ']'
                stakeholders:
                ^

                """#),
        Case(
            name: "unclosed front matter",
            breakSite: {
                try $0.edit(
                    "Content/guide/the-job.md",
                    replacing: "summary: What an account manager does.\n---\n",
                    with: "summary: What an account manager does.\n")
            },
            expected: #"""
                Content/guide/the-job.md:1:1: error: front matter opened on line 1 is never closed; add a line with --- after the last field
                ---
                ^

                """#),
        Case(
            name: "unknown account",
            breakSite: {
                try $0.edit(
                    "Content/clients/acme.md", replacing: "account: ACME-001",
                    with: "account: ACME-9")
            },
            expected: #"""
                Content/clients/acme.md:2:10: error: unknown account 'ACME-9' in 'account': no row of Content/data/accounts.csv has this account_id; check the spelling or add the account
                account: ACME-9
                         ^
                Content/data/accounts.csv:1:1: note: accounts are defined here
                account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,contract_start,renewal_date,health_score,nps,products,last_touchpoint
                ^

                """#),
        Case(
            name: "account id in the wrong letter case",
            breakSite: {
                try $0.edit(
                    "Content/handoffs/acme-2026.md", replacing: "account: ACME-001",
                    with: "account: acme-001")
            },
            expected: #"""
                Content/handoffs/acme-2026.md:2:10: error: unknown account 'acme-001' in 'account': no row of Content/data/accounts.csv has this account_id; did you mean 'ACME-001'?
                account: acme-001
                         ^
                Content/data/accounts.csv:1:1: note: accounts are defined here
                account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,contract_start,renewal_date,health_score,nps,products,last_touchpoint
                ^

                """#),
        Case(
            name: "account named instead of its id",
            breakSite: {
                try $0.edit(
                    "Content/handoffs/acme-2026.md", replacing: "account: ACME-001",
                    with: "account: Acme Logistics")
            },
            expected: #"""
                Content/handoffs/acme-2026.md:2:10: error: unknown account 'Acme Logistics' in 'account': no row of Content/data/accounts.csv has this account_id; did you mean 'ACME-001'?
                account: Acme Logistics
                         ^
                Content/data/accounts.csv:1:1: note: accounts are defined here
                account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,contract_start,renewal_date,health_score,nps,products,last_touchpoint
                ^

                """#),
        Case(
            name: "misspelled person",
            breakSite: {
                try $0.edit(
                    "Content/handoffs/acme-2026.md", replacing: "to: dana", with: "to: dnaa")
            },
            expected: #"""
                Content/handoffs/acme-2026.md:5:5: error: unknown person 'dnaa' in 'to': no row of Content/data/team.csv has this id; did you mean 'dana'?
                to: dnaa
                    ^
                Content/data/team.csv:1:1: note: people are defined here
                id,name,title,role,email,region
                ^

                """#),
        Case(
            name: "misspelled partial",
            breakSite: {
                try $0.edit(
                    "Templates/term.mustache", replacing: "{{> partials/account-row}}",
                    with: "{{> partials/acount-row}}")
            },
            expected: #"""
                Templates/term.mustache:7:1: error: partial 'partials/acount-row' is not a template: there is no Templates/partials/acount-row.mustache; create it or fix the name (did you mean 'partials/account-row'?)
                {{> partials/acount-row}}
                ^

                """#),
        Case(
            name: "duplicate slug",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "GLOBEX-7,",
                    with: "ZETA-1,Zeta,dana,sam,,,,active,1,USD,,,,,,\nGLOBEX-7,")
                try $0.write("---\naccount: ZETA-1\n---\n", to: "Content/clients/globex-7.md")
            },
            expected: #"""
                Content/data/accounts.csv:4:1: error: duplicate slug 'globex-7': two pages would be written to clients/globex-7/index.html; rename one of the files
                GLOBEX-7,"Globex, Inc.",dana,sam,Retail,Mid-Market,2,at_risk,45000.50,EUR,2024-03-01,2026-11-01,35,3,Fleet Tracker,2026-10-02
                ^
                Content/clients/globex-7.md:2:10: note: the other page comes from here
                account: ZETA-1
                         ^

                """#),
        Case(
            name: "one file name in two folders",
            breakSite: {
                try $0.write("---\naccount: GLOBEX-7\n---\n", to: "Content/clients/eu/acme.md")
            },
            expected: #"""
                Content/clients/eu/acme.md:1:1: error: Content/clients/acme.md and Content/clients/eu/acme.md would both make the page clients/acme/index.html (a page is named after its file, whatever folder holds it); rename one of them
                ---
                ^
                Content/clients/acme.md:1:1: note: the other file is here
                ---
                ^

                """#),
        Case(
            name: "two briefs for one account in two folders",
            breakSite: {
                try $0.write(
                    "---\naccount: ACME-001\n---\n", to: "Content/clients/archive/2025/acme-old.md")
            },
            expected: #"""
                Content/clients/archive/2025/acme-old.md:2:10: error: account 'ACME-001' already has a brief; keep one brief per account and merge the two files
                account: ACME-001
                         ^
                Content/clients/acme.md:2:10: note: the first brief is here
                account: ACME-001
                         ^

                """#),
        Case(
            name: "bad date",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "2026-12-20", with: "2026-13-20")
            },
            expected: #"""
                Content/data/accounts.csv:2:86: error: column 'renewal_date' in row 2 is '2026-13-20', which is not a day: a year has 12 months, so there is no month 13
                ACME-001,Acme Logistics,dana,sam,Logistics,Enterprise,1,active,120000,USD,2025-01-15,2026-13-20,82,9,Fleet Tracker;Route Planner,2026-11-20
                                                                                                     ^

                """#),
        Case(
            name: "a day that does not exist in front matter",
            breakSite: {
                try $0.edit(
                    "Content/clients/acme.md", replacing: "next_qbr: 2026-12-10",
                    with: "next_qbr: 2027-02-30")
            },
            expected: #"""
                Content/clients/acme.md:9:11: error: 'next_qbr' is '2027-02-30', which is not a day: February 2027 has 28 days
                next_qbr: 2027-02-30
                          ^

                """#),
        Case(
            name: "a day that does not exist in site.yml",
            breakSite: {
                try $0.edit(
                    "Content/site.yml", replacing: "as_of: 2026-11-30", with: "as_of: 2026-11-31")
            },
            expected: #"""
                Content/site.yml:4:8: error: 'as_of' is '2026-11-31', which is not a day: November 2026 has 30 days
                as_of: 2026-11-31
                       ^

                """#),
        Case(
            name: "a day that does not exist in a JSON data file",
            breakSite: {
                try FileManager.default.removeItem(
                    at: $0.root.appending(path: "Content/data/activities.csv"))
                try $0.write(
                    #"[{"account_id": "ACME-001", "date": "2026-04-31", "type": "call"}]"#,
                    to: "Content/data/activities.json")
            },
            expected: #"""
                Content/data/activities.json:1:37: error: column 'date' in item 1 is '2026-04-31', which is not a day: April 2026 has 30 days
                [{"account_id": "ACME-001", "date": "2026-04-31", "type": "call"}]
                                                    ^

                """#),
        Case(
            name: "a day that does not exist in a YAML data file",
            breakSite: {
                try FileManager.default.removeItem(
                    at: $0.root.appending(path: "Content/data/activities.csv"))
                try $0.write(
                    "- account_id: ACME-001\n  date: 2026-02-29\n  type: call\n",
                    to: "Content/data/activities.yml")
            },
            expected: #"""
                Content/data/activities.yml:2:9: error: column 'date' in item 1 is '2026-02-29', which is not a day: February 2026 has 28 days
                  date: 2026-02-29
                        ^

                """#),
        Case(
            name: "an account manager in another letter case",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "Acme Logistics,dana,",
                    with: "Acme Logistics,Dana,")
            },
            expected: #"""
                Content/data/accounts.csv:2:25: error: unknown person 'Dana' in column 'account_manager' in row 2: no row of Content/data/team.csv has this id; did you mean 'dana'?
                ACME-001,Acme Logistics,Dana,sam,Logistics,Enterprise,1,active,120000,USD,2025-01-15,2026-12-20,82,9,Fleet Tracker;Route Planner,2026-11-20
                                        ^
                Content/data/team.csv:1:1: note: people are defined here
                id,name,title,role,email,region
                ^

                """#),
        Case(
            name: "a slashed date without a dates: setting",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "2026-12-20", with: "01/15/2027")
            },
            expected: #"""
                Content/data/accounts.csv:2:86: error: column 'renewal_date' in row 2 is '01/15/2027', which is written month first (MM/DD/YYYY), an order Folio reads only where site.yml declares it; add the line 'dates: {accounts.csv: MM/DD/YYYY}' to Content/site.yml
                ACME-001,Acme Logistics,dana,sam,Logistics,Enterprise,1,active,120000,USD,2025-01-15,01/15/2027,82,9,Fleet Tracker;Route Planner,2026-11-20
                                                                                                     ^

                """#),
        Case(
            name: "bad number",
            breakSite: {
                try $0.edit("Content/data/accounts.csv", replacing: "120000", with: "12O000")
            },
            expected: #"""
                Content/data/accounts.csv:2:64: error: column 'arr' in row 2 must be a number written without symbols or separators, such as 120000.50; found '12O000'
                ACME-001,Acme Logistics,dana,sam,Logistics,Enterprise,1,active,12O000,USD,2025-01-15,2026-12-20,82,9,Fleet Tracker;Route Planner,2026-11-20
                                                                               ^

                """#),
        Case(
            name: "CSV with a stray quote",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: "Acme Logistics",
                    with: "Acme \"Logistics\"")
            },
            expected: #"""
                Content/data/accounts.csv:2:15: error: unexpected '"' in a cell that does not start with a quote; put the whole cell in double quotes and write each quote inside it twice, such as "Acme ""East"""
                ACME-001,Acme "Logistics",dana,sam,Logistics,Enterprise,1,active,120000,USD,2025-01-15,2026-12-20,82,9,Fleet Tracker;Route Planner,2026-11-20
                              ^

                """#),
        Case(
            name: "missing template",
            breakSite: {
                try FileManager.default.removeItem(
                    at: $0.root.appending(path: "Templates/person.mustache"))
            },
            expected: #"""
                Templates/person.mustache:1:1: error: there is no template 'person'; add Templates/person.mustache (docs/templates.md lists what each page needs)

                """#),
        Case(
            name: "template syntax error",
            breakSite: {
                try $0.edit(
                    "Templates/client.mustache", replacing: "{{/brief}}\n{{^brief}}",
                    with: "{{^brief}}")
            },
            expected: #"""
                Templates/client.mustache:13:1: error: closing tag '{{/ main}}' comes before section 'brief' opened at line 6, column 1 is closed; add {{/brief}} before it
                {{/ main}}
                ^

                """#),
        Case(
            name: "unknown template name",
            breakSite: {
                try $0.edit(
                    "Templates/client.mustache", replacing: "<h1>{{account.name}}",
                    with: "<h1>{{acount.name}}")
            },
            expected: #"""
                Templates/client.mustache:4:5: error: unknown name 'acount.name'; the context of this page has no such value; did you mean 'account.name'? (see docs/templates.md for the names each page offers)
                <h1>{{acount.name}}</h1>
                    ^

                """#),
        Case(
            name: "invalid UTF-8",
            breakSite: {
                var data = Data(
                    "---\naccount: ACME-001\ntitle: Acme \u{2014} Logistics\n---\nCaf".utf8)
                data.append(contentsOf: [0xE9, 0x0A])
                try $0.write(data, to: "Content/clients/acme.md")
            },
            expected: #"""
                Content/clients/acme.md:5:4: error: the file is not valid UTF-8 (byte 0xE9); save it with UTF-8 encoding
                Caf\#u{FFFD}
                   ^

                """#),
        Case(
            name: "symbolic link out of Content",
            breakSite: {
                try $0.write("secret: value\n", to: "private/notes.yml")
                try FileManager.default.createSymbolicLink(
                    at: $0.root.appending(path: "Content/clients/notes.md"),
                    withDestinationURL: $0.root.appending(path: "private/notes.yml"))
            },
            expected: #"""
                error: Content/clients/notes.md is a symbolic link that leads outside Content; Folio reads only files inside the content folder, so copy the file in instead of linking to it

                """#),
        Case(
            name: "handoff named with a number, where a page of the handoffs list goes",
            breakSite: {
                try FileManager.default.moveItem(
                    at: $0.root.appending(path: "Content/handoffs/acme-2026.md"),
                    to: $0.root.appending(path: "Content/handoffs/2026.md"))
            },
            expected: #"""
                Content/handoffs/2026.md:1:1: error: the file name '2026.md' would put its page in the folder '2026', where a page of the list of every handoff goes (handoffs/2/ is its second page); rename the file with a word in it, such as acme-2026.md
                ---
                ^

                """#),
        Case(
            name: "output that is a symbolic link",
            output: "Live",
            breakSite: {
                try FileManager.default.createSymbolicLink(
                    atPath: $0.root.appending(path: "Live").path, withDestinationPath: "Public")
            },
            expected: #"""
                error: the output Live is a symbolic link (to Public), and a build replaces its output folder whole, which would put a folder in the link's place and leave the site it leads to as it was; build into the folder it leads to instead

                """#),
        Case(
            name: "output that is a file",
            output: "notes.txt",
            breakSite: { try $0.write("my notes\n", to: "notes.txt") },
            expected: #"""
                error: the output notes.txt is a file, not a folder, and building would replace it; choose another folder with --output DIR

                """#),
        Case(
            name: "output folder over Content",
            output: "Content",
            breakSite: { _ in },
            expected: #"""
                error: the output folder Content is the content folder Content; a build replaces its output folder whole, which would remove your sources or mix the site into them, so choose a folder outside Content and Templates with --output DIR

                """#),
        Case(
            name: "output folder inside Content",
            output: "Content/clients",
            breakSite: { _ in },
            expected: #"""
                error: the output folder Content/clients lies inside the content folder Content; a build replaces its output folder whole, which would remove your sources or mix the site into them, so choose a folder outside Content and Templates with --output DIR

                """#),
        Case(
            name: "output folder inside Templates",
            output: "Templates/out",
            breakSite: { _ in },
            expected: #"""
                error: the output folder Templates/out lies inside the templates folder Templates; a build replaces its output folder whole, which would remove your sources or mix the site into them, so choose a folder outside Content and Templates with --output DIR

                """#),
        Case(
            name: "output folder around Content",
            output: ".",
            breakSite: { _ in },
            expected: #"""
                error: the output folder . contains the content folder Content; a build replaces its output folder whole, which would remove your sources or mix the site into them, so choose a folder outside Content and Templates with --output DIR

                """#),
        Case(
            name: "output folder inside Content through a symbolic link",
            output: "linked/site",
            breakSite: {
                try FileManager.default.createSymbolicLink(
                    at: $0.root.appending(path: "linked"),
                    withDestinationURL: $0.root.appending(path: "Content/clients"))
            },
            expected: #"""
                error: the output folder linked/site lies inside the content folder Content; a build replaces its output folder whole, which would remove your sources or mix the site into them, so choose a folder outside Content and Templates with --output DIR

                """#),
    ]

    @Test(arguments: cases)
    func reportsOneClearErrorAndKeepsTheOldSite(_ testCase: Case) throws {
        let site = try SiteFixture(fixture: "mini")
        let old = "<p>the previous build</p>\n"
        try site.write(old, to: "Public/index.html")
        try testCase.breakSite(site)
        let before = SiteFixture.files(in: site.root)

        let (result, _, text) = site.build(site.options(output: testCase.output))

        #expect(!result.succeeded)
        #expect(result.errorCount == 1)
        #expect(text == testCase.expected)
        #expect(SiteFixture.files(in: site.root) == before, "the build changed files")
    }
}
