import Foundation
import Testing

/// The README as a new user follows it: the sessions it shows print what it says, its
/// command summary names every command, and the check it recommends for CI passes on the
/// repository's own sample.
@Suite struct ReadmeTests {
    /// The repository's root.
    static let repository = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: repository.appending(path: "README.md"), encoding: .utf8)
    }

    /// The fenced block of the README whose first line is `firstLine`, without its fences.
    static func block(startingWith firstLine: String) throws -> [String] {
        let lines = try readme().split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let start = try #require(lines.firstIndex(of: firstLine), "no block starts \(firstLine)")
        let end = try #require(lines[start...].firstIndex(of: "```"))
        return Array(lines[start..<end])
    }

    /// Runs `folio` with `arguments` in `folder`; returns its status and everything it
    /// printed, standard output then standard error.
    func folio(_ arguments: [String], in folder: URL) throws -> (status: Int32, printed: String) {
        let process = Process()
        process.executableURL = try BuildCommandTests.executable()
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
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed + complaints, as: UTF8.self))
    }

    /// Replays a session of the README (`$ folio ...` and `$ cd ...` lines, each followed
    /// by what it prints) in `folder`, and expects each command to print exactly that, but
    /// for the seconds a build took.
    func replay(_ session: [String], in folder: URL) throws {
        var folder = folder
        var index = 0
        while index < session.count {
            let command = session[index]
            index += 1
            guard command.hasPrefix("$ ") else {
                Issue.record("'\(command)' is not a command of the session")
                continue
            }
            var expected: [String] = []
            while index < session.count, !session[index].hasPrefix("$ ") {
                expected.append(session[index])
                index += 1
            }
            let words = command.dropFirst(2).split(separator: " ").map(String.init)
            if words.first == "cd" {
                folder = folder.appending(path: words[1], directoryHint: .isDirectory)
                continue
            }
            try #require(words.first == "folio")
            let (_, printed) = try folio(Array(words.dropFirst()), in: folder)
            let shown = printed.replacing(/\d+\.\d\d s/, with: "N s")
            let written = expected.map { $0 + "\n" }.joined().replacing(/\d+\.\d\d s/, with: "N s")
            #expect(shown == written, "\(command)")
        }
    }

    @Test func theInitAndNewSessionsPrintWhatTheReadmeShows() throws {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "folio-readme-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try replay(try Self.block(startingWith: "$ folio init my-portfolio"), in: folder)
        try replay(
            try Self.block(startingWith: "$ folio new handoff EX-001"),
            in: folder.appending(path: "my-portfolio"))
    }

    @Test func theCommandSummaryNamesEveryCommand() throws {
        let summary = try Self.block(
            startingWith: "folio build [--content DIR] [--templates DIR] [--output DIR]")
        let (status, help) = try folio(["--help"], in: Self.repository)
        #expect(status == 0)
        // The help lists each command as two spaces, its name in lowercase, and its abstract.
        let commands =
            help.split(separator: "SUBCOMMANDS:").last?.split(separator: "\n")
            .compactMap { $0.firstMatch(of: /^  ([a-z]+)\s/).map { String($0.1) } } ?? []
        #expect(commands.count >= 5)
        for command in commands {
            #expect(
                summary.contains { $0.hasPrefix("folio \(command) ") || $0 == "folio \(command)" },
                "the summary leaves out folio \(command): \(summary)")
        }
    }

    /// The workflow step the README recommends, run as written on the sample.
    @Test func theSamplePassesTheCheckTheReadmeRecommendsForCI() throws {
        let step = try #require(
            try Self.readme().split(separator: "\n").first { $0.hasPrefix("- run: folio check") })
        let words = step.dropFirst("- run: folio ".count).split(separator: " ").map(String.init)
        let (status, printed) = try folio(words, in: Self.repository)
        #expect(status == 0, "\(printed)")
        #expect(!printed.contains("::error"))
    }
}
