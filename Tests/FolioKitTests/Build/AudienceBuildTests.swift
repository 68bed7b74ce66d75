import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioMarkdown
@testable import FolioModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `folio build --audience client` on the sample site and on the mini fixture: what stays
/// private never reaches a byte of the output, and a build whose output still holds a
/// private value fails and leaves the output as it was.
@Suite struct AudienceBuildTests {
    /// One private value of the sample, found by reading the briefs here rather than through
    /// the code under test.
    struct SampleValue: CustomStringConvertible {
        var file: String
        var field: String
        var text: String
        var isDraft: Bool
        var description: String { "\(file) \(field): \(text)" }
    }

    /// Every stakeholder's notes and personal notes, every pricing note and every
    /// commitment's promise in the sample's briefs, drafts included.
    static func sampleValues() throws -> [SampleValue] {
        let content = SiteFixture.repository.appending(path: "Content")
        var values: [SampleValue] = []
        for folder in ["clients", "handoffs"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: content.appending(path: folder).path
            ).filter { $0.hasSuffix(".md") }.sorted()
            for name in names {
                let path = "Content/\(folder)/\(name)"
                let text = try String(
                    contentsOf: content.appending(path: "\(folder)/\(name)"), encoding: .utf8)
                let matter = try Document.parse(text: text, path: path).frontMatter
                let isDraft = matter["draft"].map { $0.content == .scalar("true") } ?? false
                func add(_ node: DataNode?, _ field: String) {
                    if case .scalar(let text) = node?.content {
                        values.append(
                            SampleValue(file: path, field: field, text: text, isDraft: isDraft))
                    }
                }
                for stakeholder in matter["stakeholders"].map(Self.items) ?? [] {
                    add(stakeholder["notes"], "stakeholders.notes")
                    add(stakeholder["personal_notes"], "stakeholders.personal_notes")
                }
                add(matter["deal"]?["pricing_notes"], "deal.pricing_notes")
                for commitment in matter["commitments"].map(Self.items) ?? [] {
                    add(commitment["promise"], "commitments.promise")
                }
            }
        }
        return values
    }

    private static func items(_ node: DataNode) -> [DataNode] {
        if case .list(let items) = node.content { return items }
        return [node]
    }

    /// Every output file's bytes, joined into one C string, so that each value is searched
    /// for in every byte at once with the C library's `strstr`.
    static func everyByte(of folder: URL) -> [CChar] {
        var bytes: [CChar] = []
        for (path, data) in SiteFixture.files(in: folder).sorted(by: { $0.key < $1.key }) {
            #expect(!data.contains(0), "\(path) holds a NUL byte, which strstr would stop at")
            bytes += data.map { CChar(bitPattern: $0) }
            bytes.append(CChar(bitPattern: 0x0A))
        }
        bytes.append(0)
        return bytes
    }

    /// Whether `haystack` holds `text` as written, HTML-escaped or JSON-escaped.
    static func holds(_ haystack: [CChar], _ text: String) -> Bool {
        let forms = [
            text,
            text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
                .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
                .replacing("'", with: "&#39;"),
            text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\""),
        ]
        return forms.contains { form in
            haystack.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { strstr($0, form) != nil } ?? false
            }
        }
    }

    private func clientBuild(of site: borrowing SiteFixture, output: String = "Client")
        -> (result: BuildResult, text: String, errors: String)
    {
        var options = site.options(output: output)
        options.audience = .client
        return site.build(options)
    }

    @Test func theSampleHasTheValuesThisSuiteCounted() throws {
        let values = try Self.sampleValues()
        #expect(values.count(where: { $0.field == "stakeholders.notes" }) == 52)
        #expect(values.count(where: { $0.field == "stakeholders.personal_notes" }) == 22)
        #expect(values.count(where: { $0.field == "deal.pricing_notes" }) == 8)
        #expect(values.count(where: { $0.field == "commitments.promise" }) == 17)
        #expect(values.count(where: \.isDraft) == 1)
    }

    @Test func aClientBuildOfTheSampleHoldsNoPrivateValueInAnyByte() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        let (result, text, _) = clientBuild(of: site)
        #expect(result.succeeded, "\(text)")
        #expect(result.pagesWritten == 105)
        let client = Self.everyByte(of: site.root.appending(path: "Client"))
        let team = Self.everyByte(of: SiteFixture.repository.appending(path: "Public"))
        let values = try Self.sampleValues()
        let leaked = values.filter { Self.holds(client, $0.text) }
        #expect(leaked.isEmpty, "private values in the client build: \(leaked)")
        // The same search finds every published value in the team's build, so it can fail.
        let missing = values.filter { !$0.isDraft && !Self.holds(team, $0.text) }
        #expect(missing.isEmpty, "values the team build should show: \(missing)")
    }

    @Test func aClientBuildHasNoHandoffPageAndNoLinkToOne() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        let (result, text, _) = clientBuild(of: site)
        #expect(result.succeeded, "\(text)")
        let files = SiteFixture.files(in: site.root.appending(path: "Client"))
        #expect(files.keys.filter { $0.hasPrefix("handoffs/") }.isEmpty)
        let slugs = try FileManager.default.contentsOfDirectory(
            atPath: SiteFixture.repository.appending(path: "Content/handoffs").path
        ).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        #expect(slugs.count == 8)
        let client = Self.everyByte(of: site.root.appending(path: "Client"))
        let team = Self.everyByte(of: SiteFixture.repository.appending(path: "Public"))
        for slug in slugs {
            #expect(!Self.holds(client, "handoffs/\(slug)/"), "a link to handoffs/\(slug)/")
            #expect(Self.holds(team, "handoffs/\(slug)/index.html"))
        }
        let links = files.filter { $0.key.hasSuffix(".html") }.flatMap { path, data in
            SampleSiteTests.links(in: String(decoding: data, as: UTF8.self)).map { (path, $0) }
        }
        #expect(links.count > 1000)
        #expect(links.filter { $0.1.contains("handoffs") }.isEmpty)
    }

    @Test func checkingTheSampleForAClientFindsNoError() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        var options = site.options()
        options.audience = .client
        let result = SiteChecker.check(options)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.pagesChecked == 105)
    }

    @Test func aTeamBuildIsUnchangedByAudiences() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        var options = site.options(output: "Team")
        options.audience = .team
        #expect(site.build(options).result.succeeded)
        let built = SiteFixture.files(in: site.root.appending(path: "Team"))
        #expect(built == SiteFixture.files(in: SiteFixture.repository.appending(path: "Public")))
    }

    @Test func aTemplateThatPrintsAPrivateValueFailsTheBuildAndKeepsTheOutput() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let before = SiteFixture.files(in: site.root.appending(path: "Public"))
        // A theme that copied a stakeholder's note into the page by hand, past the context.
        try site.edit(
            "Templates/client.mustache", replacing: "<h1>{{account.name}}</h1>",
            with: "<h1>{{account.name}}</h1>{{#brief}}<p>Prefers email</p>{{/brief}}")
        let (result, _, errors) = clientBuild(of: site, output: "Public")
        #expect(!result.succeeded)
        #expect(
            errors == """
                Content/clients/acme.md:6:88: error: the private field 'clients.stakeholders.notes' \
                written here would be published in clients/acme/index.html of the client build; a \
                template shows it under another name, or another field repeats it: take it out of \
                that template, or reword the field that repeats it
                  - {name: Ana Ruiz, title: VP Operations, role: champion, sentiment: positive, notes: Prefers email}
                                                                                                       ^

                """)
        #expect(SiteFixture.files(in: site.root.appending(path: "Public")) == before)
        // folio check makes the same search on the pages it renders in memory.
        var options = site.options()
        options.audience = .client
        #expect(
            SiteChecker.check(options).diagnostics.filter { $0.severity == .error }.map(\.message)
                == [
                    "the private field 'clients.stakeholders.notes' written here would be "
                        + "published in clients/acme/index.html of the client build; a template "
                        + "shows it under another name, or another field repeats it: take it out "
                        + "of that template, or reword the field that repeats it"
                ])
        // The team may see the note: the same template builds for them.
        #expect(site.build().result.succeeded)
    }

    @Test func aLinkInABriefToAPrivatePageIsItsTextForAClientAndALinkForTheTeam() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Content/clients/acme.md", replacing: "Ana & the team *love* the tracker.",
            with:
                "Ana & the team *love* the tracker; see [the handoff](../../handoffs/acme-2026/#risks)"
                + "\nand [the same](https://example.com/mini/handoffs/acme-2026/index.html).")
        let (result, text, _) = clientBuild(of: site)
        #expect(result.succeeded, "\(text)")
        #expect(
            text.contains(
                """
                Content/clients/acme.md:14:40: warning: the link '../../handoffs/acme-2026/#risks' leads to handoffs/acme-2026/, which the client build leaves out (private: in site.yml), so this build shows the link's text without it; the team build keeps the link
                Ana & the team *love* the tracker; see [the handoff](../../handoffs/acme-2026/#risks)
                                                       ^
                Content/clients/acme.md:15:5: warning: the link 'https://example.com/mini/handoffs/acme-2026/index.html' leads to handoffs/acme-2026/, which the client build leaves out (private: in site.yml), so this build shows the link's text without it; the team build keeps the link
                """), "\(text)")
        let page = try String(
            contentsOf: site.root.appending(path: "Client/clients/acme/index.html"), encoding: .utf8
        )
        #expect(page.contains("see the handoff\nand the same."))
        #expect(!page.contains("handoffs/"))

        #expect(site.build().result.succeeded)
        let team = try String(
            contentsOf: site.root.appending(path: "Public/clients/acme/index.html"), encoding: .utf8
        )
        #expect(team.contains("see <a href=\"../../handoffs/acme-2026/#risks\">the handoff</a>"))
    }

    @Test func aPrivateAddressLeakedByRawHTMLNamesTheBriefThatWroteIt() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.write(
            "title: Mini Portfolio\nas_of: 2026-11-30\nunsafe_html: true\n", to: "Content/site.yml")
        try site.edit(
            "Content/clients/acme.md", replacing: "Ana & the team *love* the tracker.",
            with: "Ana & the team *love* the [tracker](../../handoffs/acme-2026/), "
                + "<a href=\"../../handoffs/acme-2026/\">more</a>.")
        let (result, _, errors) = clientBuild(of: site)
        #expect(!result.succeeded)
        #expect(
            errors.hasPrefix(
                "Content/clients/acme.md:14:80: error: this links to the private page "
                    + "handoffs/acme-2026/, which the client build leaves out, and would publish "
                    + "its address in clients/acme/index.html of the client build; write it as a "
                    + "Markdown link, which a client build shows as text, or take it out\n"),
            "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "Client").path))
    }

    @Test func aPrivateAddressLeakedByATemplateNamesTheTemplate() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit(
            "Templates/client.mustache", replacing: "<h1>{{account.name}}</h1>",
            with: "<h1>{{account.name}}</h1><a href=\"{{root}}handoffs/acme-2026/\">sale</a>")
        let (result, _, errors) = clientBuild(of: site)
        #expect(!result.succeeded)
        #expect(
            errors.hasPrefix(
                "Templates/client.mustache:4:43: error: this links to the private page "
                    + "handoffs/acme-2026/, which the client build leaves out, and would publish "
                    + "its address in clients/acme/index.html (and 1 other file) of the client "
                    + "build; take the link out of this template, or show it only to the team "
                    + "with {{#audience.sees_handoffs}}…{{/audience.sees_handoffs}}\n"),
            "\(errors)")
    }

    @Test func aPublicFieldRepeatingAPrivateOneIsFoundEscaped() throws {
        let site = try SiteFixture(fixture: "mini")
        let note = #"Ana's "tracker" & <SSO> plans"#
        try site.edit(
            "Content/clients/acme.md", replacing: "notes: Prefers email",
            with: "notes: '\(note.replacing("'", with: "''"))'")
        try site.edit(
            "Content/clients/acme.md", replacing: "summary: Flagship logistics account.",
            with: "summary: '\(note.replacing("'", with: "''"))'")
        let (result, _, errors) = clientBuild(of: site)
        #expect(!result.succeeded)
        #expect(
            errors.hasPrefix(
                "Content/clients/acme.md:6:88: error: the private field "
                    + "'clients.stakeholders.notes' written here would be published in "
                    + "clients/acme/index.html (and 3 other files) of the client build;"),
            "the page, the search page, search-index.json and a records shard of the search")
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "Client").path))
    }

    @Test func draftsAppearInNoByteWithoutDraftsAndInTheBuildWithThem() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        let draft = "Content/clients/bluefin-seafood-exchange.md"
        let text = try String(
            contentsOf: SiteFixture.repository.appending(path: draft), encoding: .utf8)
        let document = try Document.parse(text: text, path: draft)
        // Every line of text in the draft that no other content file holds: the values only
        // the draft can bring into the site.
        var others = ""
        let content = SiteFixture.repository.appending(path: "Content")
        for path in FileManager.default.subpaths(atPath: content.path) ?? []
        where path != "clients/bluefin-seafood-exchange.md" {
            if let data = FileManager.default.contents(atPath: content.appending(path: path).path) {
                others += String(decoding: data, as: UTF8.self)
            }
        }
        var values: [String] = []
        func collect(_ node: DataNode) {
            switch node.content {
            case .scalar(let text) where text.count >= 8: values.append(text)
            case .list(let items): for item in items { collect(item) }
            case .map(let entries): for entry in entries { collect(entry.value) }
            default: break
            }
        }
        collect(document.frontMatter)
        values += document.body.split(separator: "\n").map(String.init)
            .filter { $0.count >= 8 && !$0.hasPrefix("#") }
        values = values.filter { !others.contains($0) && CalendarDate(iso: $0) == nil }
        #expect(
            values == [
                "Brand-new seafood wholesaler; brief still being written after the handoff.",
                "Track temperature on every outbound delivery from the Oakland dock",
                "To be confirmed at kickoff",
                "Signed the deal; wants to hear from us only when something needs his decision.",
                "No champion identified yet",
                "Find the day-to-day owner at the kickoff on 1 December",
                "Closed on 24 November by Aisha. The handoff brief is thin: no champion named and no",
                "record of what was promised during the sale. Kickoff is on 1 December; fill this in",
            ])

        #expect(site.build().result.succeeded)
        let withoutDrafts = Self.everyByte(of: site.root.appending(path: "Public"))
        #expect(values.filter { Self.holds(withoutDrafts, $0) }.isEmpty)

        var options = site.options(output: "Drafts")
        options.includeDrafts = true
        #expect(site.build(options).result.succeeded)
        let withDrafts = Self.everyByte(of: site.root.appending(path: "Drafts"))
        #expect(values.filter { !Self.holds(withDrafts, $0) }.isEmpty)
    }
}
