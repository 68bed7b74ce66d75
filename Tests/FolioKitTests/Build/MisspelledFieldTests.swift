import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// A field, setting or column that Folio does not read but that is a few typing mistakes from
/// one it does is a warning at its key with the name meant; fields of the author's own stay
/// silent, since they reach templates.
@Suite struct MisspelledFieldTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var breakSite: @Sendable (borrowing SiteFixture) throws -> Void
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a brief's field",
            breakSite: {
                try $0.edit(
                    "Content/clients/acme.md", replacing: "next_qbr:", with: "next_qbrr:")
            },
            expected: #"""
                Content/clients/acme.md:9:1: warning: 'next_qbrr' is not a field of a client brief, so it is ignored (templates still see it under fields); did you mean 'next_qbr'?
                next_qbrr: 2026-12-10
                ^

                """#),
        Case(
            name: "a field of a risk",
            breakSite: {
                try $0.edit(
                    "Content/clients/acme.md", replacing: "severity: high",
                    with: "severty: high")
            },
            expected: #"""
                Content/clients/acme.md:8:30: warning: 'risks[1].severty' is not a field Folio reads, so it is ignored (templates still see it under fields); did you mean 'severity'?
                  - {text: Champion leaving, severty: high, mitigation: Meet the CFO, owner: dana}
                                             ^

                """#),
        Case(
            name: "a handoff's field in another letter case",
            breakSite: {
                try $0.edit(
                    "Content/handoffs/acme-2026.md", replacing: "why_they_bought:",
                    with: "Why_They_Bought:")
            },
            expected: #"""
                Content/handoffs/acme-2026.md:8:1: warning: 'Why_They_Bought' is not a field of a handoff brief, so it is ignored (templates still see it under fields); did you mean 'why_they_bought'?
                Why_They_Bought: Manual dispatch could not scale.
                ^

                """#),
        Case(
            name: "a setting of site.yml",
            breakSite: {
                try $0.edit(
                    "Content/site.yml", replacing: "renewal_window_days:",
                    with: "renewal_windows_days:")
            },
            expected: #"""
                Content/site.yml:6:1: warning: 'renewal_windows_days' is not a setting of site.yml, so it is ignored (templates still see it under fields); did you mean 'renewal_window_days'?
                renewal_windows_days: 90
                ^

                """#),
        Case(
            name: "a column of a data file",
            breakSite: {
                try $0.edit(
                    "Content/data/accounts.csv", replacing: ",last_touchpoint\n",
                    with: ",last_touch\n")
            },
            expected: #"""
                Content/data/accounts.csv:1:141: warning: column 'last_touch' of accounts.csv is not a field Folio reads from it, so it is ignored (templates still see it under fields); did you mean 'last_touchpoint'?
                account_id,name,account_manager,salesperson,industry,segment,tier,status,arr,currency,contract_start,renewal_date,health_score,nps,products,last_touch
                                                                                                                                                            ^

                """#),
        Case(
            name: "a key of a JSON data file",
            breakSite: {
                try FileManager.default.removeItem(
                    at: $0.root.appending(path: "Content/data/team.csv"))
                try $0.write(
                    """
                    [{"id": "dana", "name": "Dana Whitfield"},
                     {"id": "sam", "name": "Sam Lee", "regon": "West"}]
                    """, to: "Content/data/team.json")
            },
            expected: #"""
                Content/data/team.json:2:35: warning: column 'regon' of team.json is not a field Folio reads from it, so it is ignored (templates still see it under fields); did you mean 'region'?
                 {"id": "sam", "name": "Sam Lee", "regon": "West"}]
                                                  ^

                """#),
    ]

    @Test(arguments: cases)
    func isAWarningWithTheNameMeant(_ testCase: Case) throws {
        let site = try SiteFixture(fixture: "mini")
        try testCase.breakSite(site)
        let (result, _, _) = site.build()
        #expect(result.succeeded)
        let misspelled = result.diagnostics.filter { !$0.message.contains("has no brief") }
        #expect(misspelled.count == 1)
        let formatter = DiagnosticFormatter { path in
            FileManager.default.contents(atPath: site.root.appending(path: path).path)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(misspelled.map(formatter.format).joined() == testCase.expected)
    }

    @Test func fieldsOfTheAuthorsOwnStaySilent() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "next_qbr:",
            with: "region: West\nnext_qbr:")
        try site.edit("Content/site.yml", replacing: "currency:", with: "owner: Dana\ncurrency:")
        try site.edit(
            "Content/data/accounts.csv", replacing: ",last_touchpoint\n",
            with: ",last_touchpoint_note\n")
        let (result, _, _) = site.build()
        #expect(result.succeeded)
        #expect(
            result.diagnostics.filter { !$0.message.contains("has no brief") }.map(\.message)
                == [])
    }

    @Test func aRequiredFieldWrittenWrongIsNamed() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "account: ACME-001",
            with: "acount: ACME-001")
        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors == #"""
                Content/handoffs/acme-2026.md:2:1: error: 'account' is required but missing, and 'acount' is written instead: did you mean 'account'?
                acount: ACME-001
                ^

                """#)
    }
}
