import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioParallel
@testable import FolioTemplates

/// A build whose only changes are in the text of briefs and handoffs updates the pages that
/// show them in place, and writes the bytes a clean build would; any other change makes a
/// full build.
@Suite struct BodyPatchTests {
    typealias Build = UnchangedBuildTests

    /// Text long enough that the search excerpt (its first 280 characters) ends before it
    /// does, so that an edit at its end changes the page and nothing else.
    static let longText =
        "\n\n"
        + String(
            repeating: "The depots run three shifts and every one of them checks in. ", count: 8)
        + "\n\n## Later\n\nThe end of the notes.\n"

    /// A site built once with long bodies in its brief and handoff, then built again so that
    /// the record knows them.
    static func builtSite(theme: Bool = false) throws -> SiteFixture {
        let site = theme ? try SiteFixture(content: "mini") : try SiteFixture(fixture: "mini")
        try site.edit("Content/clients/acme.md", replacing: "<script>", with: longText + "<script>")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "three months.",
            with: "three months." + longText)
        #expect(Build.build(site.options()).result.succeeded)
        return site
    }

    @Test(arguments: [false, true])
    func anEditAtTheEndOfABriefUpdatesItsPageInPlace(theme: Bool) throws {
        let site = try Self.builtSite(theme: theme)
        let output = site.root.appending(path: "Public")
        let before = OutputReuseTests.stamps(in: output)
        let first = Build.build(site.options()).result
        #expect(first.upToDate)

        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.",
            with: "The *new* end, & more.")
        let patched = Build.build(site.options())
        #expect(patched.phases == [.comparing, .patching])
        #expect(patched.result.succeeded)
        #expect(patched.result.pagesUpdated == 1)
        #expect(patched.result.diagnostics == first.diagnostics)
        #expect(patched.result.pagesWritten == first.pagesWritten)
        #expect(patched.result.filesWritten == first.filesWritten)
        #expect(
            try String(
                contentsOf: output.appending(path: "clients/acme/index.html"), encoding: .utf8
            )
            .contains("The <em>new</em> end, &amp; more."))
        // Only the page and the manifest were replaced; every other file kept its times.
        let after = OutputReuseTests.stamps(in: output)
        let replaced = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(replaced == ["clients/acme/index.html", ".folio-manifest.json"])
        #expect(Build.matchesACleanBuild(site.options()))
        #expect(Build.build(site.options()).result.upToDate)

        // And again, from the record the update wrote.
        try site.edit(
            "Content/clients/acme.md", replacing: "& more.",
            with: "& more still, [a link](https://example.com).")
        #expect(Build.build(site.options()).result.pagesUpdated == 1)
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func aBriefAndAHandoffEditedTogetherAreUpdatedTogether() throws {
        let site = try Self.builtSite(theme: true)
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.",
            with: "A longer end of the notes, with **bold** words.")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "The end of the notes.", with: "Short.")
        let patched = Build.build(site.options()).result
        #expect(patched.pagesUpdated == 2)
        #expect(Build.matchesACleanBuild(site.options()))
    }

    /// An edit that adds a top-level heading moves the body's other headings, and one named
    /// like an id of the page's template is numbered on: the update in place does both as a
    /// full build does.
    @Test func anEditThatMovesHeadingsIsUpdatedAsAFullBuildWouldBe() throws {
        let site = try Self.builtSite(theme: true)
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.",
            with: "# Notes heading\n\nThe end of the notes.")
        try site.edit(
            "Content/handoffs/acme-2026.md", replacing: "The end of the notes.",
            with: "# Story heading\n\nThe end of the notes.")
        let patched = Build.build(site.options())
        #expect(patched.phases == [.comparing, .patching])
        #expect(patched.result.pagesUpdated == 2)
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/acme/index.html"),
            encoding: .utf8)
        #expect(page.contains(#"<h3 id="notes-heading-1">Notes heading</h3>"#))
        #expect(page.contains(#"<h4 id="later">Later</h4>"#))
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func anEditThatRendersTheSameChangesNoPage() throws {
        let site = try Self.builtSite()
        let output = site.root.appending(path: "Public")
        let before = OutputReuseTests.stamps(in: output)
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.",
            with: "The end of the notes.   ")
        let patched = Build.build(site.options())
        #expect(patched.phases == [.comparing, .patching])
        #expect(patched.result.pagesUpdated == 0)
        #expect(OutputReuseTests.stamps(in: output) == before)
        #expect(Build.build(site.options()).result.upToDate)
    }

    @Test(arguments: [
        // The front matter.
        ("Content/clients/acme.md", "Flagship logistics account.", "Flagship account."),
        // The first words of the body, which the search index shows.
        ("Content/clients/acme.md", "*love*", "*adore*"),
        // A body that becomes empty, or stops being empty.
        ("Content/handoffs/acme-2026.md", "The sale took three months.", ""),
        // A guide chapter, whose headings make its table of contents.
        ("Content/guide/the-job.md", "#", "# Renamed:"),
        ("Content/data/accounts.csv", "Acme", "Acne"),
        ("Templates/client.mustache", "<h1>", "<h1 class=\"changed\">"),
    ])
    func otherEditsMakeAFullBuild(path: String, old: String, new: String) throws {
        let site = try Self.builtSite()
        if path.hasSuffix("acme-2026.md") {
            // The whole body goes.
            let url = site.root.appending(path: path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let end = try #require(text.range(of: "---\n", options: .backwards))
            try site.write(String(text[..<end.upperBound]), to: path)
        } else {
            try site.edit(path, replacing: old, with: new)
        }
        let rebuilt = Build.build(site.options())
        #expect(rebuilt.result.succeeded)
        #expect(rebuilt.result.pagesUpdated == nil)
        #expect(rebuilt.phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))
        if path.hasSuffix("acme-2026.md") {
            // And back: the empty body gets text again.
            try site.write("---\naccount: ACME-001\n---\n" + Self.longText, to: path)
            #expect(Build.build(site.options()).result.succeeded)
            try site.edit(path, replacing: "The end of the notes.", with: "Another end.")
            let next = Build.build(site.options())
            #expect(
                next.result.pagesUpdated == 1, "a body that stays non-empty is updated in place")
            #expect(Build.matchesACleanBuild(site.options()))
        }
    }

    @Test func anAddedFileOrAnotherOptionMakesAFullBuild() throws {
        let site = try Self.builtSite()
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Changed.")
        try site.write("---\ntitle: Notes\n---\nMore.\n", to: "Content/guide/notes.md")
        #expect(Build.build(site.options()).phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))

        try site.edit("Content/clients/acme.md", replacing: "Changed.", with: "Changed again.")
        var options = site.options()
        options.includeDrafts = true
        #expect(Build.build(options).phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(options))
        try site.edit("Content/clients/acme.md", replacing: "again", with: "once more")
        options.rebuildsUnchanged = true
        #expect(Build.build(options).phases.contains(.rendering), "--force builds everything")
    }

    @Test func aBriefInASubfolderIsUpdatedInPlaceAndRebuiltWhenMoved() throws {
        // The theme shows each brief's file, so a page made from a stale record would differ.
        let site = try Self.builtSite(theme: true)
        let content = site.root.appending(path: "Content")
        func move(_ from: String, _ to: String) throws {
            let target = content.appending(path: to)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: content.appending(path: from), to: target)
        }

        try move("clients/acme.md", "clients/eu/acme.md")
        let moved = Build.build(site.options())
        #expect(moved.result.succeeded)
        #expect(moved.result.pagesUpdated == nil)
        #expect(moved.phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))

        try site.edit(
            "Content/clients/eu/acme.md", replacing: "The end of the notes.",
            with: "The *new* end.")
        let patched = Build.build(site.options())
        #expect(patched.phases == [.comparing, .patching])
        #expect(patched.result.pagesUpdated == 1)
        #expect(Build.matchesACleanBuild(site.options()))

        try move("clients/eu/acme.md", "clients/us/east/acme.md")
        let movedAgain = Build.build(site.options())
        #expect(movedAgain.result.pagesUpdated == nil)
        #expect(movedAgain.phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))

        try site.write(
            "---\naccount: GLOBEX-7\n---\n" + Self.longText, to: "Content/clients/eu/globex.md")
        let added = Build.build(site.options())
        #expect(added.result.succeeded)
        #expect(added.phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))

        try site.edit(
            "Content/clients/eu/globex.md", replacing: "---\n\n", with: "tags: [x]\n---\n\n")
        let edited = Build.build(site.options())
        #expect(edited.result.pagesUpdated == nil, "its front matter changed")
        #expect(Build.matchesACleanBuild(site.options()))
        try site.edit(
            "Content/clients/eu/globex.md", replacing: "The end of the notes.", with: "End.")
        #expect(Build.build(site.options()).result.pagesUpdated == 1)
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func anAliasAddedChangedOrRemovedMakesAFullBuild() throws {
        let site = try Self.builtSite(theme: true)
        let output = site.root.appending(path: "Public")
        func redirects() -> [String] {
            SiteFixture.files(in: output).filter {
                String(decoding: $0.value, as: UTF8.self).contains("http-equiv=\"refresh\"")
            }.keys.sorted()
        }
        #expect(redirects() == ["clients/acme-001/index.html"])

        for (old, new, expected) in [
            (
                "account: ACME-001\n", "account: ACME-001\naliases: [acme-logistics]\n",
                ["clients/acme-001/index.html", "clients/acme-logistics/index.html"]
            ),
            (
                "[acme-logistics]", "[acme-old, acme-older]",
                [
                    "clients/acme-001/index.html", "clients/acme-old/index.html",
                    "clients/acme-older/index.html",
                ]
            ),
            ("aliases: [acme-old, acme-older]\n", "", ["clients/acme-001/index.html"]),
        ] {
            try site.edit("Content/clients/acme.md", replacing: old, with: new)
            let rebuilt = Build.build(site.options())
            #expect(rebuilt.result.succeeded)
            #expect(rebuilt.result.pagesUpdated == nil, "the front matter changed: \(new)")
            #expect(rebuilt.phases.contains(.rendering))
            #expect(redirects() == expected)
            #expect(Build.matchesACleanBuild(site.options()))

            // A body edited next is updated in place, and the redirects stay as they are.
            try site.edit(
                "Content/clients/acme.md", replacing: "The end of the notes.",
                with: "The end of the notes, again.")
            #expect(Build.build(site.options()).result.pagesUpdated == 1)
            #expect(redirects() == expected)
            #expect(Build.matchesACleanBuild(site.options()))
            try site.edit(
                "Content/clients/acme.md", replacing: "The end of the notes, again.",
                with: "The end of the notes.")
            #expect(Build.build(site.options()).result.pagesUpdated == 1)
        }
    }

    @Test func namesThatSwiftCountsAsEqualMakeAFullBuild() throws {
        let site = try Self.builtSite()
        // "café" with a precomposed é, and with an e and a combining accent: two files.
        try site.write("one\n", to: "Content/notes/caf\u{E9}.txt")
        try site.write("two\n", to: "Content/notes/cafe\u{301}.txt")
        #expect(Build.build(site.options()).result.succeeded)
        let inputs = try #require(BuildInputs(site.options()))
        #expect(inputs.files.count == inputs.fileCount - 1)
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Changed.")
        #expect(Build.build(site.options()).phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func aBriefTheLastBuildWarnedAboutIsNotUpdatedInPlace() throws {
        let site = try Self.builtSite()
        // The record of a build that warned about the brief, in a note of another warning.
        let output = site.root.appending(path: "Public")
        var record = try #require(BuildRecord.read(beside: output))
        record.diagnostics.append(
            .warning(
                "a warning", at: SourceLocation(file: "Content/data/accounts.csv", line: 2),
                notes: [
                    Diagnostic(
                        .note, "about", at: SourceLocation(file: "Content/clients/acme.md", line: 3)
                    )
                ]))
        record.write(beside: output)
        #expect(
            Build.build(site.options()).result.warningCount
                == record.diagnostics.count { $0.severity == .warning })

        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Changed.")
        let rebuilt = Build.build(site.options())
        #expect(rebuilt.phases.contains(.rendering))
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func aClientBuildThatWithholdsValuesIsNeverUpdatedInPlace() throws {
        let site = try Self.builtSite()
        var options = site.options()
        options.audience = .client
        let first = Build.build(options).result
        #expect(first.succeeded)
        // A private value written into the body must be found by the privacy scan.
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Prefers email")
        let rebuilt = Build.build(options)
        #expect(rebuilt.phases.contains(.rendering))
        #expect(!rebuilt.result.succeeded, "the scan finds the stakeholder's private notes")
    }

    @Test func aPageChangedByHandIsNotUpdatedInPlace() throws {
        let site = try Self.builtSite()
        let page = site.root.appending(path: "Public/clients/acme/index.html")
        try site.write(
            try Data(contentsOf: page) + Data("<!-- mine -->".utf8),
            to: "Public/clients/acme/index.html")
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Changed.")
        let rebuilt = Build.build(site.options()).result
        #expect(rebuilt.pagesUpdated == nil)
        #expect(rebuilt.errorCount == 1, "the page changed since Folio wrote it")
    }

    // MARK: - Interruptions

    /// Edits the brief of `site` (from ``builtSite(theme:)``) and writes the new files of its
    /// update in place beside the old ones, as `BodyPatch` writes them, with the pending
    /// journal; returns the output's files before, and those a clean build writes.
    static func halfUpdate(_ site: borrowing SiteFixture) throws -> (
        old: [String: Data], new: [String: Data]
    ) {
        let output = site.root.appending(path: "Public")
        let old = SiteFixture.files(in: output)
        try site.edit(
            "Content/clients/acme.md", replacing: "The end of the notes.", with: "Changed.")
        var clean = site.options()
        clean.output = site.root.appending(path: "Clean")
        #expect(SiteBuilder.build(clean).succeeded)
        let new = SiteFixture.files(in: clean.output)
        for path in ["clients/acme/index.html", ".folio-manifest.json"] {
            try site.write(try #require(new[path]), to: "Public/\(path)\(BodyPatch.pendingSuffix)")
        }
        BuildRecord.remove(beside: output)
        try site.write(
            "clients/acme/index.html\n.folio-manifest.json\n", to: ".Public.folio-patch-new")
        return (old, new)
    }

    @Test func anUpdateInterruptedBeforeItsJournalIsUndone() throws {
        let site = try Self.builtSite()
        let (old, _) = try Self.halfUpdate(site)
        let output = site.root.appending(path: "Public")
        let notes = try BodyPatch.recover(output, display: "Public")
        #expect(notes.count == 1)
        #expect(SiteFixture.files(in: output) == old)
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.appending(path: ".Public.folio-patch-new").path))
        #expect(Build.build(site.options()).result.succeeded)
        #expect(Build.matchesACleanBuild(site.options()))
    }

    @Test func anUpdateInterruptedAfterItsJournalIsFinished() throws {
        let site = try Self.builtSite()
        let (_, new) = try Self.halfUpdate(site)
        let output = site.root.appending(path: "Public")
        let journal = site.root.appending(path: ".Public.folio-patch")
        #expect(
            rename(site.root.appending(path: ".Public.folio-patch-new").path, journal.path) == 0)
        // As if one file had already been put in place.
        let page = output.appending(path: "clients/acme/index.html")
        #expect(rename(page.path + BodyPatch.pendingSuffix, page.path) == 0)
        let built = Build.build(site.options())
        #expect(built.result.succeeded)
        #expect(
            built.result.diagnostics.contains { $0.message.hasPrefix("finished updating 1 file") })
        #expect(SiteFixture.files(in: output) == new)
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    // MARK: - Parts

    @Test func theRecordKeepsWhereBodiesWent() throws {
        let site = try Self.builtSite()
        let record = try #require(BuildRecord.read(beside: site.root.appending(path: "Public")))
        let bodies = try #require(record.bodies)
        let brief = try #require(bodies.documents["content/clients/acme.md"])
        let handoff = try #require(bodies.documents["content/handoffs/acme-2026.md"])
        #expect(!brief.isEmpty && !handoff.isEmpty)
        #expect(bodies.placements["clients/acme/index.html"]?.map(\.tag) == [brief.number])
        #expect(
            bodies.placements["handoffs/acme-2026/index.html"]?.map(\.tag) == [handoff.number])
        #expect(bodies.sources.count == BuildInputs(site.options())?.files.count)
        let data = try #require(record.data)
        #expect(BuildRecord(parsing: data) == record)
        // A record cut short is not trusted.
        #expect(BuildRecord(parsing: data.dropLast(5))?.bodies == nil)
    }

    @Test func theRendererTellsWhereEachBodyWent() throws {
        let library = try TemplateLibrary(
            templates: [
                "page":
                    "<p>{{title}}</p>{{body}}|{{{body}}}|{{#body}}{{.}}{{/body}}{{^body}}none{{/body}}"
            ], displayPath: "Templates", strict: true)
        let body = TemplateValue.traced(TracedHTML(tag: 7, html: "<b>é</b>"))
        let (data, placements) = try library.renderData(
            "page", context: ["title": "A & B", "body": body])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == "<p>A &amp; B</p><b>é</b>|<b>é</b>|<b>é</b>")
        let length = "<b>é</b>".utf8.count
        #expect(
            placements == [
                HTMLPlacement(tag: 7, offset: 16, length: length),
                HTMLPlacement(tag: 7, offset: 17 + length, length: length),
                HTMLPlacement(tag: 7, offset: 18 + 2 * length, length: length),
            ])
    }

    @Test func splicingRefusesPlacesOutsideThePage() {
        let page = Data("abcdef".utf8)
        let html = [1: Array("XY".utf8)]
        let spliced = BodyPatch.splice(
            page, [HTMLPlacement(tag: 1, offset: 2, length: 2)], html)
        #expect(spliced.map { String(decoding: $0.0, as: UTF8.self) } == "abXYef")
        #expect(
            BodyPatch.splice(page, [HTMLPlacement(tag: 1, offset: 5, length: 2)], html) == nil)
        #expect(
            BodyPatch.splice(
                page,
                [
                    HTMLPlacement(tag: 1, offset: 3, length: 1),
                    HTMLPlacement(tag: 1, offset: 2, length: 1),
                ],
                html) == nil)
    }
}
