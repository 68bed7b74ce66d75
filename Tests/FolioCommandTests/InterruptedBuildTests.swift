import Foundation
import Testing

/// `folio build` killed at random moments: the output is always the old site or the new one,
/// never a mix, and the next build cleans up and builds the new site.
///
/// The moments are drawn from a seeded generator; the seed is printed, and
/// `FOLIO_KILL_SEED=<seed>` repeats a run. Where a kill lands depends on the machine's
/// speed, so the test asserts what must hold wherever it lands, and prints where they landed.
@Suite(.serialized) struct InterruptedBuildTests {
    /// The repository's root, which holds the sample site.
    static let repository = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// How many accounts, each with a brief, are added to the sample so that a build takes
    /// long enough to be killed in every phase.
    static let extraAccounts = 40

    /// SplitMix64: a small generator whose sequence a seed fixes.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// Every file below `folder`, hidden ones too, by relative path, with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let full = folder.appending(path: path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
                !isFolder.boolValue, let data = FileManager.default.contents(atPath: full)
            {
                files[path] = data
            }
        }
        return files
    }

    /// The sample site with `extraAccounts` more accounts, in a new temporary folder.
    static func largeSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appending(path: "folio-kill-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: repository.appending(path: folder), to: root.appending(path: folder))
        }
        let content = root.appending(path: "Content")
        let brief = try String(
            contentsOf: content.appending(path: "clients/cascade-freight-lines.md"),
            encoding: .utf8)
        let accounts = content.appending(path: "data/accounts.csv")
        var rows = try String(contentsOf: accounts, encoding: .utf8)
        let model = try #require(rows.split(separator: "\n").first { $0.hasPrefix("HL-1001,") })
        for number in 1...extraAccounts {
            let id = "GEN-\(10_000 + number)"
            let name = "Generated Freight \(number)"
            rows += model.replacing("HL-1001,Cascade Freight Lines,", with: "\(id),\(name),") + "\n"
            try brief.replacing("account: HL-1001", with: "account: \(id)")
                .replacing("title: Cascade Freight Lines", with: "title: \(name)")
                .write(
                    to: content.appending(path: "clients/generated-\(number).md"),
                    atomically: false,
                    encoding: .utf8)
        }
        try rows.write(to: accounts, atomically: false, encoding: .utf8)
        return root
    }

    /// Starts `folio build` in `root`, its output thrown away; returns its process id.
    ///
    /// The child is not reaped until ``wait(_:)``, so its id cannot be reused before the
    /// test kills it.
    static func startBuild(_ root: URL) throws -> pid_t {
        // The shell enters the site's folder and becomes folio (same process id), so that
        // folio runs as a person runs it there, with the same relative paths as the clean
        // builds it is compared with.
        let arguments = [
            "/bin/sh", "-c", "cd \"$1\" && exec \"$0\" build --quiet",
            try BuildCommandTests.executable().path, root.path,
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    /// Waits for the child `pid`; returns whether SIGKILL ended it (rather than its own exit).
    static func wait(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // WIFSIGNALED: the low seven bits hold the signal when a signal ended the process.
        return status & 0x7f == SIGKILL
    }

    /// What an interrupted build left beside Public: anything of Folio's there but the
    /// record of the last build.
    static func leftovers(in root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasPrefix(".Public.folio-") && $0 != ".Public.folio-build" }.sorted()
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNew() throws {
        let root = try Self.largeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let cli = BuildCommandTests()
        let output = root.appending(path: "Public")

        #expect(try cli.folio(["build", "--quiet", "--output", "A"], in: root).status == 0)
        let siteA = Self.files(in: root.appending(path: "A"))
        let siteYml = root.appending(path: "Content/site.yml")
        try String(contentsOf: siteYml, encoding: .utf8)
            .replacing(
                "title: Harborline Customer Portfolio", with: "title: Harborline Portfolio B"
            )
            .write(to: siteYml, atomically: false, encoding: .utf8)
        #expect(try cli.folio(["build", "--quiet", "--output", "B"], in: root).status == 0)
        let siteB = Self.files(in: root.appending(path: "B"))
        #expect(siteA.count == siteB.count)
        #expect(siteA.count > 140)
        #expect(siteA.keys.filter { siteA[$0] != siteB[$0] }.count > 140, "B differs from A")

        /// Puts site A back into Public, and nothing else beside it.
        func restoreA() throws {
            for name in try Self.leftovers(in: root) + ["Public", ".Public.folio-build"]
            where FileManager.default.fileExists(atPath: root.appending(path: name).path) {
                try FileManager.default.removeItem(at: root.appending(path: name))
            }
            try FileManager.default.copyItem(at: root.appending(path: "A"), to: output)
        }

        // Uninterrupted builds of B over A, timed, to spread the kills over a build's length;
        // the shortest, since other tests may be running beside the first ones.
        let clock = ContinuousClock()
        var duration = Duration.seconds(3_600)
        for _ in 0..<3 {
            try restoreA()
            let start = clock.now
            let pid = try Self.startBuild(root)
            #expect(!Self.wait(pid))
            duration = min(duration, clock.now - start)
            #expect(Self.files(in: output) == siteB)
        }

        let seed =
            ProcessInfo.processInfo.environment["FOLIO_KILL_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 0...UInt64.max)
        print(
            "InterruptedBuildTests: seed \(seed) (FOLIO_KILL_SEED=\(seed) repeats it), "
                + "an uninterrupted build takes \(duration)")
        var generator = Generator(state: seed)
        var landings: [String: Int] = [:]
        for round in 0..<20 {
            try restoreA()
            // Two kills in three anywhere in the build, one in three in its last quarter,
            // where the swap is.
            let fraction =
                round % 3 == 2
                ? Double.random(in: 0.75...1, using: &generator)
                : Double.random(in: 0...1, using: &generator)
            let pid = try Self.startBuild(root)
            Thread.sleep(
                forTimeInterval: fraction * Double(duration.components.seconds)
                    + fraction * Double(duration.components.attoseconds) / 1e18)
            kill(pid, SIGKILL)
            let killed = Self.wait(pid)

            let found = Self.files(in: output)
            // A build killed after it wrote its process id into the lock file left that id
            // there; one killed just before left the file empty, which names no build.
            let lockLeft =
                (try? Data(contentsOf: root.appending(path: ".Public.folio-lock")))
                .map { !$0.isEmpty } ?? false
            let left = try Self.leftovers(in: root).filter { $0 != ".Public.folio-lock" }
            let site = found == siteA ? "A" : found == siteB ? "B" : nil
            #expect(
                site != nil,
                "round \(round): killed at \(fraction) of the build, Public is neither A nor B: \(found.count) files, leftovers \(left)"
            )
            let staged = FileManager.default.fileExists(
                atPath: root.appending(path: ".Public.folio-staging/.folio-manifest.json").path)
            let landing =
                switch (killed, site, left.isEmpty) {
                case (false, _, _): "after the build ended"
                case (true, "A", true): "before the staging folder existed"
                case (true, "A", false) where staged: "with the new site staged, before the swap"
                case (true, "A", false): "while writing the staging folder"
                case (true, "B", false): "while removing the old site after the swap"
                case (true, "B", true): "after the swap and the clean-up"
                default: "in a mixed state"
                }
            landings[landing, default: 0] += 1

            let next = try cli.folio(["build"], in: root)
            #expect(next.status == 0, "round \(round): \(next.errors)")
            for leftover in left {
                #expect(
                    next.errors.contains(
                        "note: removed \(leftover), which a build that was interrupted left beside "
                            + "Public; Public itself is a whole site\n"),
                    "round \(round): \(next.errors)")
            }
            // A build killed while it held the lock left its process id in the lock file.
            if lockLeft {
                #expect(
                    next.errors.contains(
                        "note: took over the lock of Public from build process \(pid), which "
                            + "ended without releasing it\n"), "round \(round): \(next.errors)")
            }
            #expect(Self.files(in: output) == siteB, "round \(round): the next build gives B")
            #expect(try Self.leftovers(in: root).isEmpty)
        }
        print(
            "InterruptedBuildTests: where the 20 kills landed: "
                + landings.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                .joined(separator: ", "))
    }
}
