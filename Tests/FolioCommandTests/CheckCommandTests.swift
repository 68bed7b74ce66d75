import Foundation
import Testing

/// `folio check` as a person runs it: formats, exit codes and what it prints where.
@Suite struct CheckCommandTests {
    let runner = BuildCommandTests()

    /// A copy of the mini fixture with exactly a broken link, a missing anchor, an unknown
    /// person, a stale brief and an incomplete handoff.
    func brokenSite() throws -> URL {
        let root = try runner.site()
        try Data(
            """
            ---
            account: GLOBEX-7
            updated: 2026-01-05
            risks:
              - {text: Budget cut, owner: jordan}
            ---
            Read the [pricing notes](../acme/#pricing) and the [old plan](../../plans/recovery.html).

            """.utf8
        ).write(to: root.appending(path: "Content/clients/globex.md"))
        let handoff = root.appending(path: "Content/handoffs/acme-2026.md")
        let text = try String(contentsOf: handoff, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "risks: [Champion is new in role]\n", with: "").utf8)
            .write(to: handoff)
        return root
    }

    @Test func githubFormatAnnotatesEachProblemOnItsLine() throws {
        let root = try brokenSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output, errors) = try runner.folio(["check", "--format", "github"], in: root)
        #expect(status == 1)
        #expect(
            output == """
                ::warning file=Content/clients/globex.md,line=3,col=10::the brief of 'GLOBEX-7' was last updated 329 days before 2026-11-30 (stale_after_days is 180); review it and set 'updated' to the day you did
                ::error file=Content/clients/globex.md,line=5,col=31::unknown person 'jordan' in 'risks[1].owner': no row of Content/data/team.csv has this id; check the spelling or add the person%0Anote: Content/data/team.csv:1:1: people are defined here
                ::error file=Content/clients/globex.md,line=7,col=26::the link '../acme/#pricing' leads to clients/acme/index.html, which has no element with id 'pricing'; use one of that page's heading ids or remove the fragment
                ::error file=Content/clients/globex.md,line=7,col=63::the link '../../plans/recovery.html' leads to plans/recovery.html, which the site does not have; fix the address or add the page
                ::warning file=Content/handoffs/acme-2026.md,line=1,col=1::the handoff 'acme-2026' is incomplete: it lacks 'Risks'; fill it in so the account manager starts with the whole picture

                """)
        #expect(errors == "Checked 21 pages and 135 links: 3 errors, 2 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "Public").path))
    }

    @Test func textFormatPrintsTheSourceLinesLikeBuild() throws {
        let root = try brokenSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output, errors) = try runner.folio(["check"], in: root)
        #expect(status == 1)
        #expect(output.isEmpty)
        #expect(
            errors.contains(
                """
                Content/clients/globex.md:7:63: error: the link '../../plans/recovery.html' leads to plans/recovery.html, which the site does not have; fix the address or add the page
                Read the [pricing notes](../acme/#pricing) and the [old plan](../../plans/recovery.html).
                                                                              ^

                """))
    }

    @Test func jsonFormatPrintsOneDocument() throws {
        let root = try brokenSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output, _) = try runner.folio(["check", "--format", "json"], in: root)
        #expect(status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]]
        #expect(
            document?.map { $0["severity"] as? String } == [
                "warning", "error", "error", "error", "warning",
            ])
        #expect(document?.map { $0["line"] as? Int } == [3, 5, 7, 7, 1])
        #expect(document?.first?["column"] as? Int == 10)
        #expect(document?.first?["file"] as? String == "Content/clients/globex.md")
    }

    @Test func warningsAloneFailOnlyWhenStrict() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = try runner.folio(["check"], in: root)
        #expect(plain.status == 0)
        #expect(plain.errors.hasSuffix("Checked 21 pages and 133 links: 0 errors, 1 warning\n"))
        let strict = try runner.folio(["check", "--strict"], in: root)
        #expect(strict.status == 1)
    }

    @Test func anUnknownIdIsToldTheClosestOne() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let brief = root.appending(path: "Content/clients/acme.md")
        let text = try String(contentsOf: brief, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "owner: dana", with: "owner: Dana Whitfield").utf8)
            .write(to: brief)
        let (status, output, _) = try runner.folio(["check", "--format", "github"], in: root)
        #expect(status == 1)
        #expect(
            output.hasPrefix(
                "::error file=Content/clients/acme.md,line=8,col=79::unknown person 'Dana "
                    + "Whitfield' in 'risks[1].owner': no row of Content/data/team.csv has this "
                    + "id; did you mean 'dana'?"), "\(output)")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, _, errors) = try runner.folio(["check", "--format", "xml"], in: root)
        #expect(status == 64)
        #expect(errors.contains("The value 'xml' is invalid for '--format <format>'"))
    }
}

/// `--verbose` on build and check.
@Suite struct VerboseTests {
    let runner = BuildCommandTests()

    @Test func verboseTimesEachPhase() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try runner.folio(["build", "--verbose"], in: root)
        #expect(build.status == 0)
        let phases = build.errors.split(separator: "\n").filter { $0.hasPrefix("  ") }
            .map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "" }
        #expect(
            phases == ["compare", "read", "parse", "merge", "scan", "render", "write", "total"])
        #expect(build.errors.contains(/\n  render pages +\d+\.\d ms\n/))
        let check = try runner.folio(["check", "--verbose"], in: root)
        #expect(check.errors.contains(/\n  check links +\d+\.\d ms\n  total +\d+\.\d ms\n/))
        let quiet = try runner.folio(["build"], in: root)
        #expect(!quiet.errors.contains(" ms\n"))
    }
}
