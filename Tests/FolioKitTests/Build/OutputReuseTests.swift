import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// A rebuild writes only the files whose bytes changed, keeps the others with their times,
/// gives the same bytes as a clean build, and never removes a file Folio did not write.
@Suite struct OutputReuseTests {
    /// Each file's inode and modification time, by relative path.
    static func stamps(in folder: URL) -> [String: [Int]] {
        var stamps: [String: [Int]] = [:]
        for path in SiteFixture.files(in: folder).keys {
            var status = stat()
            guard lstat(folder.appending(path: path).path, &status) == 0 else { continue }
            stamps[path] = [
                Int(status.st_ino), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec),
            ]
        }
        return stamps
    }

    @Test func aRebuildWithNoChangeKeepsEveryFile() throws {
        let site = try SiteFixture(fixture: "mini")
        let first = site.build().result
        #expect(first.succeeded)
        #expect(first.filesUnchanged == 0)
        let output = site.root.appending(path: "Public")
        let before = Self.stamps(in: output)
        #expect(before.count == 79, "78 files and the manifest")

        let second = site.build().result
        #expect(second.succeeded)
        #expect(second.filesWritten == 78)
        #expect(second.filesUnchanged == 78)
        #expect(Self.stamps(in: output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [
                ".Public.folio-build", "Content", "Public", "Templates",
            ])
    }

    @Test func anEditedBriefRewritesOnlyTheFilesWhoseBytesChanged() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let output = site.root.appending(path: "Public")
        let oldFiles = SiteFixture.files(in: output)
        let before = Self.stamps(in: output)

        try site.edit("Content/clients/acme.md", replacing: "*love*", with: "*adore*")
        let result = site.build().result
        #expect(result.succeeded)
        #expect(
            result.filesUnchanged == 73,
            """
            78 files but the brief's page, the search index twice, the keys of its shards and \
            the shards of the words, one of them new
            """)
        let newFiles = SiteFixture.files(in: output)
        let after = Self.stamps(in: output)
        // "adore" is the first word of its shard, "ad"; "love" leaves "logistics" in "lo".
        #expect(Set(newFiles.keys).subtracting(oldFiles.keys) == ["search/shards/terms/6164.js"])
        #expect(Set(oldFiles.keys).subtracting(newFiles.keys) == [])
        let differing = newFiles.keys.filter {
            oldFiles[$0] != nil && newFiles[$0] != oldFiles[$0]
        }.sorted()
        #expect(
            differing == [
                ".folio-manifest.json", "clients/acme/index.html", "search-index.json",
                "search/index.html", "search/shards/root.js", "search/shards/terms/6c6f.js",
            ])
        for (path, stamp) in after {
            if differing.contains(path) || oldFiles[path] == nil {
                #expect(stamp[0] != before[path]?[0], "\(path) was written again")
            } else {
                #expect(stamp == before[path], "\(path) kept its inode and time")
            }
        }

        let clean = site.build(site.options(output: "Clean"))
        #expect(clean.result.filesUnchanged == 0)
        #expect(SiteFixture.files(in: site.root.appending(path: "Clean")) == newFiles)
    }

    @Test func filesFolioDidNotWriteFailTheBuildAndStay() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        try site.write("mine\n", to: "Public/notes.txt")
        try site.write("mine\n", to: "Public/clients/acme/cv.pdf")
        let index = site.root.appending(path: "Public/index.html")
        try site.write(
            try Data(contentsOf: index) + Data("<!-- edited -->\n".utf8), to: "Public/index.html")
        let before = SiteFixture.files(in: site.root.appending(path: "Public"))

        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors == """
                error: Public holds 1 file that Folio wrote and that was changed since, which building would remove: index.html; move it out of Public (files to publish belong in Templates/assets/, which is copied to Public/assets/), or build with --discard-foreign to move it into a folder beside Public
                error: Public holds 2 files that Folio did not write, which building would remove: clients/acme/cv.pdf, notes.txt; move them out of Public (files to publish belong in Templates/assets/, which is copied to Public/assets/), or build with --discard-foreign to move them into a folder beside Public

                """)
        #expect(SiteFixture.files(in: site.root.appending(path: "Public")) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [
                ".Public.folio-build", "Content", "Public", "Templates",
            ])

        var options = site.options()
        options.discardsForeignFiles = true
        let (replaced, text, _) = site.build(options)
        #expect(replaced.succeeded)
        #expect(
            text.hasPrefix(
                """
                warning: moved 1 file that Folio wrote and that was changed since out of Public into Public-set-aside-2026-01-01, as --discard-foreign asked: index.html
                warning: moved 2 files that Folio did not write out of Public into Public-set-aside-2026-01-01, as --discard-foreign asked: clients/acme/cv.pdf, notes.txt

                """))
        // Nothing is lost: each file keeps its bytes and its path, in a folder beside the site.
        let setAside = site.root.appending(path: "Public-set-aside-2026-01-01")
        #expect(
            SiteFixture.files(in: setAside)
                == before.filter {
                    ["clients/acme/cv.pdf", "index.html", "notes.txt"].contains($0.key)
                })
        let clean = site.build(site.options(output: "Clean"))
        #expect(clean.result.succeeded)
        #expect(
            SiteFixture.files(in: site.root.appending(path: "Public"))
                == SiteFixture.files(in: site.root.appending(path: "Clean")))
    }

    @Test func discardingTwiceOnOneDayKeepsBothSetsOfFiles() throws {
        let site = try SiteFixture(fixture: "mini")
        var options = site.options()
        options.discardsForeignFiles = true
        #expect(site.build(options).result.succeeded)
        for version in ["first", "second"] {
            try site.write("\(version)\n", to: "Public/notes.txt")
            let (result, text, _) = site.build(options)
            #expect(result.succeeded)
            #expect(text.contains("out of Public into Public-set-aside-2026-01-01"))
        }
        #expect(
            SiteFixture.files(in: site.root.appending(path: "Public-set-aside-2026-01-01"))
                == ["notes.txt": Data("first\n".utf8)])
        #expect(
            SiteFixture.files(in: site.root.appending(path: "Public-set-aside-2026-01-01-2"))
                == ["notes.txt": Data("second\n".utf8)])
    }

    @Test func aFolderOfSourcesIsNotAdvisedToBeDiscarded() throws {
        let site = try SiteFixture(fixture: "mini")
        try site.write("# Plans\n", to: "docs/plans.md")
        try site.write("id,name\n", to: "docs/data/extra.csv")
        let before = SiteFixture.files(in: site.root)

        let (result, _, errors) = site.build(site.options(output: "docs"))
        #expect(!result.succeeded)
        #expect(
            errors == """
                error: docs holds 2 files that Folio did not write, which building would remove: data/extra.csv, plans.md; docs holds sources (data/extra.csv, plans.md), not only a built site: choose an empty or new folder with --output DIR

                """)
        #expect(!errors.contains("--discard-foreign"))
        #expect(SiteFixture.files(in: site.root) == before)

        // Asked to discard, it still refuses: it would move a project aside.
        var options = site.options(output: "docs")
        options.discardsForeignFiles = true
        let (discarding, _, _) = site.build(options)
        #expect(!discarding.succeeded)
        #expect(SiteFixture.files(in: site.root) == before)
    }

    @Test func aLongListIsCut() throws {
        let site = try SiteFixture(fixture: "mini")
        for number in 1...13 {
            try site.write("mine\n", to: "Public/extra-\(number < 10 ? "0" : "")\(number).txt")
        }
        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors.hasPrefix(
                "error: Public holds 13 files that Folio did not write, which building would "
                    + "remove: extra-01.txt, extra-02.txt, extra-03.txt, extra-04.txt, "
                    + "extra-05.txt, extra-06.txt, extra-07.txt, extra-08.txt, extra-09.txt, "
                    + "extra-10.txt and 3 more; move them out of Public"))
    }

    /// The site as the Folio before manifests of version 2 left it: the same files, with a
    /// manifest of their FNV-1a 64 digests and no build record.
    private func olderOutput(_ site: borrowing SiteFixture) throws -> URL {
        #expect(site.build().result.succeeded)
        let output = site.root.appending(path: "Public")
        let files = SiteFixture.files(in: output).filter { $0.key != OutputManifest.fileName }
        var older = OutputManifest(files: files.mapValues { FileDigest(of: $0, .fnv1a64) })
        older.algorithm = .fnv1a64
        try site.write(older.json, to: "Public/\(OutputManifest.fileName)")
        try FileManager.default.removeItem(at: site.root.appending(path: ".Public.folio-build"))
        return output
    }

    @Test func anOutputAnOlderFolioBuiltKeepsItsFiles() throws {
        let site = try SiteFixture(fixture: "mini")
        let output = try olderOutput(site)
        let before = Self.stamps(in: output)

        let result = site.build().result
        #expect(result.succeeded)
        #expect(result.filesUnchanged == 78)
        let pages = { (stamps: [String: [Int]]) in
            stamps.filter { $0.key != OutputManifest.fileName }
        }
        #expect(pages(Self.stamps(in: output)) == pages(before))
        let manifest = try #require(
            FileManager.default.contents(
                atPath: output.appending(path: OutputManifest.fileName).path))
        #expect(OutputManifest(parsing: manifest)?.algorithm == .word64)
    }

    @Test func anOutputAnOlderFolioBuiltStillShowsWhatWasChangedByHand() throws {
        let site = try SiteFixture(fixture: "mini")
        _ = try olderOutput(site)
        try site.write("edited by hand\n", to: "Public/404.html")

        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors.contains(
                "Public holds 1 file that Folio wrote and that was changed since, which building "
                    + "would remove: 404.html"))
    }

    /// Without a manifest nothing shows which files are Folio's: a file the build would
    /// change stops it, as one Folio did not write does, and the files it would write again
    /// with the same bytes keep their times.
    @Test func anOutputWithoutAManifestKeepsItsIdenticalFilesAndStopsOnTheOthers() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let output = site.root.appending(path: "Public")
        try FileManager.default.removeItem(at: output.appending(path: ".folio-manifest.json"))
        try site.write("edited by hand\n", to: "Public/404.html")
        let files = SiteFixture.files(in: output)

        let (refused, _, errors) = site.build()
        #expect(!refused.succeeded)
        #expect(
            errors.hasPrefix(
                "error: Public holds 1 file that Folio did not write, which building would "
                    + "remove: 404.html;"))
        #expect(SiteFixture.files(in: output) == files)

        let before = Self.stamps(in: output)
        var options = site.options()
        options.discardsForeignFiles = true
        let result = site.build(options).result
        #expect(result.succeeded)
        #expect(result.filesUnchanged == 77)
        let after = Self.stamps(in: output)
        #expect(after["index.html"] == before["index.html"])
        #expect(after["404.html"]?[0] != before["404.html"]?[0])
        #expect(after[".folio-manifest.json"] != nil)
        #expect(
            SiteFixture.files(in: site.root.appending(path: "Public-set-aside-2026-01-01"))
                == ["404.html": Data("edited by hand\n".utf8)])
    }

    @Test func theNextBuildRepairsWhatAnInterruptedOneLeft() throws {
        let site = try SiteFixture(fixture: "mini")
        #expect(site.build().result.succeeded)
        let output = site.root.appending(path: "Public")
        let built = SiteFixture.files(in: output)
        // A build killed between the two renames of the fallback swap.
        try FileManager.default.moveItem(
            at: output, to: site.root.appending(path: ".Public.folio-previous"))
        try site.write("half\n", to: ".Public.folio-staging/index.html")

        let (result, text, _) = site.build()
        #expect(result.succeeded)
        #expect(
            text.hasPrefix(
                """
                note: put the previous site back from .Public.folio-previous into Public, which a build that was interrupted during the swap had left missing
                note: removed .Public.folio-staging, which a build that was interrupted left beside Public; Public itself is a whole site

                """))
        #expect(result.filesUnchanged == 78)
        #expect(SiteFixture.files(in: output) == built)
    }
}
