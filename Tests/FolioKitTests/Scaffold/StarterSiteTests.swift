import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioScaffold

/// `folio init`'s new site.
@Suite struct StarterSiteTests {
    static let today =
        CalendarDate(year: 2027, month: 3, day: 15) ?? CalendarDate(daysSinceEpoch: 0)

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appending(
            path: "folio-init-\(UUID().uuidString)", directoryHint: .isDirectory)
    }

    @Test func theNewSiteBuildsAndChecksWithoutAProblem() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(StarterSite.create(at: folder, display: "site", today: Self.today).isEmpty)
        let options = BuildOptions(
            content: folder.appending(path: "Content"),
            templates: folder.appending(path: "Templates"),
            output: folder.appending(path: "Public"), today: Self.today)
        let check = SiteChecker.check(options)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        let build = SiteBuilder.build(options)
        #expect(build.diagnostics.isEmpty)
        // Overview, 3 clients, 1 handoff, 4 people, guide, 1 chapter, 404.
        #expect(build.pagesWritten == 40)
        let theme = SiteFixture.files(in: folder.appending(path: "Templates"))
        #expect(theme.keys.sorted() == DefaultTheme.files.map(\.path))
        let renewal = try String(
            contentsOf: folder.appending(path: "Content/data/accounts.csv"), encoding: .utf8)
        // EX-001 renews 45 days after the day of init.
        #expect(renewal.contains(",2027-04-29,82,9,"))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("notes\n".utf8).write(to: folder.appending(path: "notes.txt"))
        #expect(
            StarterSite.create(at: folder, display: "mine", today: Self.today).map(\.message) == [
                "mine is not empty and was left as it was; name a new or empty folder"
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let file = folder.appending(path: "notes.txt")
        #expect(
            StarterSite.create(at: file, display: "notes.txt", today: Self.today).map(\.message)
                == ["notes.txt is a file; name a new or empty folder"])
    }

    @Test func anEmptyFolderIsUsed() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(StarterSite.create(at: folder, display: "site", today: Self.today).isEmpty)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".gitignore", "Content", "Templates",
            ])
    }
}
