import Foundation
import Synchronization
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// A build with nothing changed since the last one leaves the output as it is and says the
/// same; any change to what a page is made from, or to the output, makes a full build whose
/// bytes equal a clean build's.
@Suite struct UnchangedBuildTests {
    /// The phases a build went through.
    final class Phases: Sendable {
        private let started = Mutex<[BuildPhase]>([])
        var list: [BuildPhase] { started.withLock { $0 } }
        func record(_ phase: BuildPhase) { started.withLock { $0.append(phase) } }
    }

    /// Builds with the phases recorded.
    static func build(_ options: BuildOptions) -> (result: BuildResult, phases: [BuildPhase]) {
        let phases = Phases()
        var options = options
        options.phaseStarted = { phases.record($0) }
        return (SiteBuilder.build(options), phases.list)
    }

    /// Whether a build of the site as it is now writes the bytes that `output` holds.
    static func matchesACleanBuild(_ options: BuildOptions) -> Bool {
        var clean = options
        clean.output = options.output.deletingLastPathComponent().appending(
            path: "Clean-\(UUID().uuidString)")
        clean.rebuildsUnchanged = true
        defer { try? FileManager.default.removeItem(at: clean.output) }
        guard SiteBuilder.build(clean).succeeded else { return false }
        return SiteFixture.files(in: options.output) == SiteFixture.files(in: clean.output)
    }

    @Test func aBuildWithNothingChangedLeavesTheOutputAsItIs() throws {
        let site = try SiteFixture(fixture: "mini")
        let first = Self.build(site.options())
        #expect(first.result.succeeded && !first.result.upToDate)
        #expect(first.phases.contains(.rendering))
        #expect(first.result.warningCount > 0, "the fixture's warnings are to be said again")
        let output = site.root.appending(path: "Public")
        let stamps = OutputReuseTests.stamps(in: output)

        let second = Self.build(site.options())
        #expect(second.result.upToDate)
        #expect(second.phases == [.comparing])
        #expect(second.result.diagnostics == first.result.diagnostics)
        #expect(second.result.pagesWritten == first.result.pagesWritten)
        #expect(second.result.filesWritten == first.result.filesWritten)
        #expect(OutputReuseTests.stamps(in: output) == stamps)
    }

    @Test func savingAFileWithTheSameBytesChangesNothing() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        try site.edit("Content/clients/acme.md", replacing: "*love*", with: "*love*")
        #expect(Self.build(site.options()).result.upToDate)
    }

    @Test(arguments: [
        ("Content/clients/acme.md", "*love*", "*adore*"),
        ("Content/data/accounts.csv", "Acme", "Acne"),
        ("Content/site.yml", "Mini Portfolio", "Midi Portfolio"),
        ("Templates/client.mustache", "<h1>", "<h1 class=\"changed\">"),
    ])
    func anEditedInputMakesAFullBuild(path: String, old: String, new: String) throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let before = SiteFixture.files(in: site.root.appending(path: "Public"))
        try site.edit(path, replacing: old, with: new)

        let rebuilt = Self.build(site.options())
        #expect(rebuilt.result.succeeded && !rebuilt.result.upToDate)
        #expect(rebuilt.phases.contains(.rendering))
        #expect(SiteFixture.files(in: site.root.appending(path: "Public")) != before)
        #expect(Self.matchesACleanBuild(site.options()))
        #expect(Self.build(site.options()).result.upToDate)
    }

    @Test func anAddedOrRemovedFileMakesAFullBuild() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        try site.write(
            "---\ntitle: Notes\norder: 2\n---\nKept with the guide.\n", to: "Content/guide/notes.md"
        )
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))

        try FileManager.default.removeItem(at: site.root.appending(path: "Content/guide/notes.md"))
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
        #expect(Self.build(site.options()).result.upToDate)
    }

    @Test func aFileAddedMovedOrRemovedInASubfolderMakesAFullBuild() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let guide = site.root.appending(path: "Content/guide")
        try site.write(
            "---\ntitle: Notes\norder: 2\n---\nKept with the guide.\n",
            to: "Content/guide/more/notes.md")
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appending(path: "Public/guide/notes/index.html").path))

        try FileManager.default.createDirectory(
            at: guide.appending(path: "deeper/still"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: guide.appending(path: "more/notes.md"),
            to: guide.appending(path: "deeper/still/notes.md"))
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
        try site.edit(
            "Content/guide/deeper/still/notes.md", replacing: "order: 2", with: "order: 0")
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))

        try FileManager.default.removeItem(at: guide.appending(path: "deeper"))
        #expect(!Self.build(site.options()).result.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.appending(path: "Public/guide/notes/index.html").path))
        #expect(Self.build(site.options()).result.upToDate)
    }

    @Test func anOptionThatChangesTheSiteMakesAFullBuild() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        var options = site.options()
        options.asOf = CalendarDate(year: 2026, month: 12, day: 24)
        #expect(!Self.build(options).result.upToDate)
        #expect(Self.build(options).result.upToDate)
        options.includeDrafts = true
        #expect(!Self.build(options).result.upToDate)
        options.audience = .client
        #expect(!Self.build(options).result.upToDate)
        #expect(Self.matchesACleanBuild(options))
        options.jobs = 1
        #expect(Self.build(options).result.upToDate, "the output is the same for any --jobs")
    }

    @Test func withoutAPinnedDateTheSiteAgesWithTheDay() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.edit("Content/site.yml", replacing: "as_of: 2026-11-30\n", with: "")
        #expect(Self.build(site.options()).result.succeeded)
        #expect(Self.build(site.options()).result.upToDate)
        var tomorrow = site.options()
        tomorrow.today = CalendarDate(year: 2026, month: 1, day: 2) ?? tomorrow.today
        #expect(!Self.build(tomorrow).result.upToDate)
        #expect(Self.matchesACleanBuild(tomorrow))
    }

    @Test func forceBuildsAnyway() throws {
        let site = try SiteFixture(fixture: "mini")
        let first = Self.build(site.options()).result
        var options = site.options()
        options.rebuildsUnchanged = true
        let forced = Self.build(options)
        #expect(!forced.result.upToDate)
        #expect(forced.phases.contains(.rendering))
        #expect(forced.result.filesUnchanged == first.filesWritten)
    }

    @Test func anOutputChangedByHandIsNotLeftAsItIs() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let output = site.root.appending(path: "Public")
        let built = SiteFixture.files(in: output)

        // A page deleted by hand is written again.
        try FileManager.default.removeItem(at: output.appending(path: "guide/index.html"))
        let repaired = Self.build(site.options()).result
        #expect(repaired.succeeded && !repaired.upToDate)
        #expect(SiteFixture.files(in: output) == built)

        // A page changed by hand, or a file added, stops the build as it always did.
        try site.write("edited\n", to: "Public/404.html")
        #expect(Self.build(site.options()).result.errorCount == 1)
        try site.write(built["404.html"] ?? Data(), to: "Public/404.html")
        try site.write("mine\n", to: "Public/notes.txt")
        #expect(Self.build(site.options()).result.errorCount == 1)
    }

    @Test func anOutputRemovedWholeIsBuiltAgainBesideItsRecord() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let output = site.root.appending(path: "Public")
        try FileManager.default.removeItem(at: output)
        #expect(FileManager.default.fileExists(atPath: BuildRecord.location(of: output).path))
        let rebuilt = Self.build(site.options()).result
        #expect(rebuilt.succeeded && !rebuilt.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
        #expect(Self.build(site.options()).result.upToDate, "the build left a good record")
    }

    @Test func aFileAddedToAPagesFolderIsNoticed() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        // Not in the output's own folder: only the time of the page's folder shows it.
        try site.write("mine\n", to: "Public/guide/notes.txt")
        let rebuilt = Self.build(site.options()).result
        #expect(!rebuilt.upToDate)
        #expect(rebuilt.errorCount == 1, "a file Folio did not write stops the build")
    }

    @Test func aFolderChangedInTheTickOfTheRecordIsListed() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let output = site.root.appending(path: "Public")
        // As on a file system whose times are coarse: the record is no later than the
        // folders it lists, so their times cannot show what changed in that tick.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
            ofItemAtPath: BuildRecord.location(of: output).path)
        #expect(Self.build(site.options()).result.upToDate, "its folders hold what it lists")

        // A file added, and the folder's time put back as such a clock would have left it.
        let folder = output.appending(path: "guide").path
        var before = stat()
        #expect(lstat(folder, &before) == 0)
        try site.write("mine\n", to: "Public/guide/notes.txt")
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, folder, &times, 0) == 0)
        var after = stat()
        #expect(lstat(folder, &after) == 0)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec)
        #expect(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(!Self.build(site.options()).result.upToDate)
    }

    @Test func aRecordLeftFromAnOlderOutputIsNotTrusted() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        let record = BuildRecord.location(of: site.root.appending(path: "Public"))
        let old = try Data(contentsOf: record)

        // The content changes and is built; then, as if that build had been stopped before
        // it wrote its record, the old record is back, and the content too.
        try site.edit("Content/clients/acme.md", replacing: "*love*", with: "*adore*")
        #expect(Self.build(site.options()).result.succeeded)
        try old.write(to: record)
        try site.edit("Content/clients/acme.md", replacing: "*adore*", with: "*love*")

        let rebuilt = Self.build(site.options()).result
        #expect(rebuilt.succeeded && !rebuilt.upToDate)
        #expect(Self.matchesACleanBuild(site.options()))
    }

    @Test func anUnreadableRecordMakesAFullBuild() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(Self.build(site.options()).result.succeeded)
        try site.write("{not json", to: ".Public.folio-build")
        let rebuilt = Self.build(site.options()).result
        #expect(rebuilt.succeeded && !rebuilt.upToDate)
        #expect(Self.build(site.options()).result.upToDate, "the full build wrote a good record")
    }

    @Test func aSymbolicLinkInTheContentIsNeverTrusted() throws {
        let site = try SiteFixture(fixture: "mini")
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appending(path: "Content/guide/the-job-again.md").path,
            withDestinationPath: "the-job.md")
        #expect(Self.build(site.options()).result.succeeded)
        #expect(!Self.build(site.options()).result.upToDate)
        let record = BuildRecord.location(of: site.root.appending(path: "Public"))
        #expect(!FileManager.default.fileExists(atPath: record.path))
    }
}
