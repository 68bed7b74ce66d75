import Foundation
import Testing

/// The `folio` executable as a person runs it: exit codes, help, version and what it prints.
@Suite struct BuildCommandTests {
    /// The folder of the mini fixture site.
    static let fixture = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "FolioKitTests/Build/Fixtures/mini")

    /// Runs `folio` with `arguments` in `folder`; returns the exit status and standard error.
    func folio(_ arguments: [String], in folder: URL? = nil) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// The built `folio` beside this test bundle.
    static func executable() throws -> URL {
        var folder = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appending(path: "folio")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }

    /// A copy of the mini fixture in a temporary folder.
    func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appending(path: "folio-cli-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: Self.fixture.appending(path: folder), to: root.appending(path: folder))
        }
        return root
    }

    @Test func buildsWithTheDefaultFoldersAndSummarises() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output, errors) = try folio(["build"], in: root)
        #expect(status == 0)
        #expect(output.isEmpty)
        #expect(
            errors.contains(
                "Content/data/accounts.csv:3:1: warning: account 'GLOBEX-7' has no brief"))
        #expect(
            errors.contains(
                /Built 21 pages \(78 files\) into Public in \d+\.\d\d s: 0 errors, 1 warning\n$/))
        #expect(
            FileManager.default.fileExists(atPath: root.appending(path: "Public/index.html").path))
    }

    @Test func aSecondBuildSaysHowManyFilesWereUnchanged() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try folio(["build", "--quiet"], in: root).status == 0)
        let (status, _, errors) = try folio(["build", "--force"], in: root)
        #expect(status == 0)
        #expect(
            errors.contains(
                /Built 21 pages \(78 files, 78 unchanged\) into Public in \d+\.\d\d s: 0 errors, 1 warning\n$/
            ))
    }

    @Test func aBuildWithNothingChangedSaysTheOutputIsUpToDate() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try folio(["build", "--quiet"], in: root).status == 0)
        let (status, _, errors) = try folio(["build"], in: root)
        #expect(status == 0)
        #expect(
            errors.contains(
                "Content/data/accounts.csv:3:1: warning: account 'GLOBEX-7' has no brief"))
        #expect(
            errors.contains(
                /Public is up to date: nothing changed since the last build of its 21 pages \(checked in \d+\.\d\d s\): 0 errors, 1 warning\n$/
            ))
    }

    @Test func aFileFolioDidNotWriteStopsTheBuildUnlessDiscarded() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try folio(["build", "--quiet"], in: root).status == 0)
        let notes = root.appending(path: "Public/notes.txt")
        try Data("mine\n".utf8).write(to: notes)

        let refused = try folio(["build", "--quiet"], in: root)
        #expect(refused.status == 1)
        #expect(
            refused.errors.hasPrefix(
                "error: Public holds 1 file that Folio did not write, which building would "
                    + "remove: notes.txt; move it out of Public (files to publish belong in "
                    + "Templates/assets/, which is copied to Public/assets/), or build with "
                    + "--discard-foreign to move it into a folder beside Public\n"))
        #expect(
            refused.errors.contains(
                /Build failed in \d+\.\d\d s: 1 error, 1 warning; Public was left as it was\n$/))
        #expect(FileManager.default.fileExists(atPath: notes.path))

        let replaced = try folio(["build", "--discard-foreign"], in: root)
        #expect(replaced.status == 0)
        let moved = try #require(
            replaced.errors.firstMatch(
                of:
                    /^warning: moved 1 file that Folio did not write out of Public into (Public-set-aside-\d{4}-\d\d-\d\d), as --discard-foreign asked: notes.txt\n/
            ))
        #expect(!FileManager.default.fileExists(atPath: notes.path))
        #expect(
            try String(
                contentsOf: root.appending(path: "\(moved.1)/notes.txt"), encoding: .utf8)
                == "mine\n")
    }

    /// Holds the lock of `root`'s Public as another build would, with this process's id in
    /// the lock file, until `body` returns.
    func holdingTheLock<T>(of root: URL, _ body: () throws -> T) throws -> T {
        let path = root.appending(path: ".Public.folio-lock").path
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX) == 0)
        let id = "\(getpid())\n"
        _ = id.withCString { write(descriptor, $0, strlen($0)) }
        return try body()
    }

    @Test func aBuildWaitsForAnotherBuildOfTheSameOutput() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["build"]
        process.currentDirectoryURL = root
        let errors = Pipe()
        process.standardError = errors
        try holdingTheLock(of: root) {
            try process.run()
            Thread.sleep(forTimeInterval: 1)
            #expect(process.isRunning, "the build did not wait")
            #expect(!FileManager.default.fileExists(atPath: root.appending(path: "Public").path))
        }
        let printed = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            printed.hasPrefix(
                "Waiting for another build of Public (process \(getpid())) to end...\n"))
        #expect(printed.contains("Built 21 pages"))
        // The lock file was emptied, so the next build takes over nothing.
        let next = try folio(["build", "--force"], in: root)
        #expect(next.status == 0)
        #expect(!next.errors.contains("took over"))
    }

    @Test func twoBuildsAtOnceBothEndWellAndLeaveTheBuildOfTheContent() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let builds = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = try Self.executable()
            process.arguments = ["build", "--force", "--quiet"]
            process.currentDirectoryURL = root
            return process
        }
        for build in builds { try build.run() }
        for build in builds {
            build.waitUntilExit()
            #expect(build.terminationStatus == 0)
        }
        #expect(try folio(["build", "--output", "Clean", "--quiet"], in: root).status == 0)
        #expect(
            OutputTree(root.appending(path: "Public")) == OutputTree(root.appending(path: "Clean")))
    }

    @Test func noWaitFailsAtOnceNamingTheOtherBuild() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try folio(["build", "--quiet"], in: root).status == 0)
        let before = OutputTree(root.appending(path: "Public"))
        let (status, _, errors) = try holdingTheLock(of: root) {
            try folio(["build", "--force", "--no-wait"], in: root)
        }
        #expect(status == 1)
        #expect(
            errors.hasPrefix(
                "error: another build (process \(getpid())) is writing Public now; wait for it to "
                    + "end and build again, or build without --no-wait to wait for it\n"))
        #expect(!errors.contains("disk"))
        #expect(OutputTree(root.appending(path: "Public")) == before)
    }

    @Test func aLockLeftByABuildThatDiedIsTakenOverAndReported() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        // A process id in an unlocked lock file: a build that was killed while it held it.
        try Data("999999\n".utf8).write(to: root.appending(path: ".Public.folio-lock"))
        let (status, _, errors) = try folio(["build"], in: root)
        #expect(status == 0)
        #expect(
            errors.hasPrefix(
                "note: took over the lock of Public from build process 999999, which ended "
                    + "without releasing it\n"))
    }

    /// `build`, `check` and `serve` refuse an output folder that is, holds or lies inside a
    /// source folder with exit 64, before they read or write anything.
    @Test(arguments: [
        (
            ["build", "--output", "Content/clients"],
            "Content/clients lies inside the content folder Content"
        ),
        (
            ["build", "--output", "Templates/out"],
            "Templates/out lies inside the templates folder Templates"
        ),
        (["build", "--output", "."], ". contains the content folder Content"),
        (
            ["check", "--output", "Content/site"],
            "Content/site lies inside the content folder Content"
        ),
        (
            ["serve", "--content", "/tmp", "--port", "0"],
            "the preview lies inside the content folder /tmp"
        ),
    ])
    func refusesAnOutputAmongTheSources(arguments: [String], message: String) throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = OutputTree(root)
        let (status, _, errors) = try folio(arguments, in: root)
        #expect(status == 64)
        #expect(errors.hasPrefix("error: the output folder \(message); a build replaces"))
        #expect(OutputTree(root) == before)
    }

    @Test func buildsForAClientWithoutPrivateFieldsOrHandoffs() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output, errors) = try folio(["build", "--audience", "client"], in: root)
        #expect(status == 0)
        #expect(output.isEmpty)
        #expect(
            errors.contains(
                /Built 20 pages \(71 files\) into Public in \d+\.\d\d s: 0 errors, 1 warning\n$/))
        let built = root.appending(path: "Public")
        #expect(FileManager.default.fileExists(atPath: built.appending(path: "index.html").path))
        #expect(!FileManager.default.fileExists(atPath: built.appending(path: "handoffs").path))
        let paths = FileManager.default.subpaths(atPath: built.path) ?? []
        var bytes = ""
        for path in paths {
            if let data = FileManager.default.contents(atPath: built.appending(path: path).path) {
                bytes += String(decoding: data, as: UTF8.self)
            }
        }
        #expect(bytes.contains("Ana Ruiz"))
        for secret in ["Prefers email", "15% multi-year discount", "SSO by go-live", "handoffs/"] {
            #expect(!bytes.contains(secret), "the client build holds \(secret)")
        }
    }

    @Test func aClientBuildThatLeaksFailsWithOne() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let template = root.appending(path: "Templates/404.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try (text + "SSO by go-live\n").write(to: template, atomically: true, encoding: .utf8)
        let (status, _, errors) = try folio(
            ["build", "--quiet", "--audience", "client"], in: root)
        #expect(status == 1)
        #expect(
            errors.hasPrefix(
                "Content/handoffs/acme-2026.md:11:25: error: the private field "
                    + "'handoffs.commitments' written here would be published in 404.html of the "
                    + "client build; "))
        #expect(
            errors.contains(
                /Build failed in \d+\.\d\d s: 1 error, 1 warning; Public was left as it was\n$/))
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "Public").path))
    }

    @Test func anUnknownAudienceIsAUsageError() throws {
        let (status, _, errors) = try folio(["build", "--audience", "board"])
        #expect(status == 64)
        #expect(errors.contains("'board' is not an audience; write team (the default) or client"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, _, errors) = try folio(["build", "--quiet", "--output", "Site"], in: root)
        #expect(status == 0)
        #expect(errors.isEmpty)
        #expect(
            FileManager.default.fileExists(atPath: root.appending(path: "Site/index.html").path))
    }

    @Test func buildErrorsExitWithOne() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let brief = root.appending(path: "Content/clients/acme.md")
        let text = try String(contentsOf: brief, encoding: .utf8)
        try text.replacingOccurrences(of: "ACME-001", with: "ACME-9").write(
            to: brief, atomically: true, encoding: .utf8)
        let (status, _, errors) = try folio(["build", "--quiet"], in: root)
        #expect(status == 1)
        #expect(
            errors.hasPrefix(
                "Content/clients/acme.md:2:10: error: unknown account 'ACME-9' in 'account': "))
        #expect(
            errors.contains(
                /Build failed in \d+\.\d\d s: 1 error, 2 warnings; Public was left as it was\n$/))
    }

    @Test(arguments: [
        ["build", "--as-of", "30/11/2026"], ["build", "--no-such-flag"], ["frobnicate"],
    ])
    func usageErrorsExitWith64(_ arguments: [String]) throws {
        let (status, _, errors) = try folio(arguments)
        #expect(status == 64)
        #expect(errors.contains("Usage:") || errors.contains("Error:"))
    }

    @Test(arguments: [
        ("2027-02-30", "'2027-02-30' is not a day: February 2027 has 28 days"),
        ("2026-13-01", "'2026-13-01' is not a day: a year has 12 months, so there is no month 13"),
        ("30/11/2026", "'30/11/2026' is not a date; write it as YYYY-MM-DD, such as 2026-11-30"),
    ])
    func anAsOfThatIsNoDaySaysWhy(_ date: String, _ message: String) throws {
        for command in ["build", "check"] {
            let (status, _, errors) = try folio([command, "--as-of", date])
            #expect(status == 64)
            #expect(
                errors.hasPrefix(
                    "Error: The value '\(date)' is invalid for '--as-of <yyyy-mm-dd>': \(message)\n"
                ), "\(errors)")
        }
    }

    @Test(arguments: ["0", "1.5", "many"])
    func refusesJobsThatAreNotAPositiveNumber(_ jobs: String) throws {
        let (status, _, errors) = try folio(["build", "--jobs", jobs])
        #expect(status == 64)
        #expect(
            errors.contains(
                "Error: The value '\(jobs)' is invalid for '--jobs <n>': '\(jobs)' is not a "
                    + "number of jobs; give a whole number of at least 1, such as --jobs 4"))
    }

    @Test func reportsAMissingContentFolder() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, _, errors) = try folio(["build", "--content", "Nowhere"], in: root)
        #expect(status == 1)
        #expect(
            errors.hasPrefix(
                "error: there is no folder Nowhere; run folio in your site's folder or name the folder with --content DIR\n"
            ))
    }

    @Test func asOfOverridesSiteYml() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try folio(["build", "--as-of", "2026-12-31", "--quiet"], in: root).status == 0)
        let overview = try String(
            contentsOf: root.appending(path: "Public/index.html"), encoding: .utf8)
        #expect(overview.contains("<p>2 accounts, 1 at risk, 0 due, 2 overdue.</p>"))
    }

    @Test func helpAndVersion() throws {
        let help = try folio(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: folio <subcommand>"))
        #expect(help.output.contains("build"))
        let buildHelp = try folio(["build", "--help"])
        for option in [
            "--content <dir>", "--templates <dir>", "--output <dir>", "--as-of <yyyy-mm-dd>",
            "--drafts", "--discard-foreign", "--quiet",
        ] {
            #expect(buildHelp.output.contains(option))
        }
        let version = try folio(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")
    }
}
