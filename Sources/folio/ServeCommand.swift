import ArgumentParser
import FolioBuild
import FolioFormats
import FolioPreview
import Foundation
import Synchronization

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it, and rebuild and reload pages as files change.",
        discussion: """
            Serves a build kept in a temporary folder (Public/ is not touched), watches the \
            content and templates folders, and reloads open pages after every rebuild. A \
            build that fails keeps serving the last good site and shows its errors over the \
            page until they are fixed; before the first good build every page shows the \
            errors. Stop with Ctrl-C. Exit status: 0 stopped, 1 the address cannot be \
            listened on, 64 usage errors or no site in the folder.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8000

    @Option(
        name: .customLong("allow-host"),
        help: ArgumentHelp(
            "A name besides the address it listens on and localhost that the preview answers "
                + "to, such as a proxy's (repeat for more); requests for any other name get 403.",
            valueName: "name"))
    var allowedHosts: [String] = []

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("'\(port)' is not a port; use a number from 0 to 65535")
        }
        for name in allowedHosts {
            let bracketed = name.hasPrefix("[") && name.hasSuffix("]") && name.count > 2
            let plain =
                !name.isEmpty
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
            guard bracketed || plain else {
                throw ValidationError(
                    "'\(name)' is not a host name; give --allow-host the name alone, without a "
                        + "scheme, port or wildcard, such as --allow-host preview.example.com "
                        + "(requests for it are answered on any port)")
            }
        }
    }

    func run() async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(
            path: "folio-serve-\(ProcessInfo.processInfo.processIdentifier)",
            directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let options = site.buildOptions(
            output: scratch.appending(path: "Public", directoryHint: .isDirectory).path,
            outputDisplay: "the preview")
        try SiteOptions.refuseMisplacedOutput(options)
        let terminal = Terminal()
        // Without a site there is nothing to watch or serve: say so as build does, and stop.
        let missing = SiteBuilder.missingFolders(options)
        guard missing.isEmpty else {
            for diagnostic in missing { terminal.printError(terminal.formatter.format(diagnostic)) }
            throw ExitCode(64)
        }
        var server = PreviewServer(
            build: options, host: host, port: port, formatter: terminal.formatter)
        server.allowedHosts = allowedHosts
        let open = self.open
        // Whether a build has succeeded: until one has, there is no last good site to serve.
        let hasSite = Atomic(false)
        do {
            try await server.run(
                listening: { address in
                    terminal.printError(
                        hasSite.load(ordering: .relaxed)
                            ? "Serving the site at \(address) (Ctrl-C stops)\n"
                            : "Serving the errors at \(address) until the site builds (Ctrl-C "
                                + "stops)\n")
                    if open { Self.openInBrowser(address) }
                },
                built: { result in
                    Self.report(result, hadSite: hasSite.load(ordering: .relaxed), terminal)
                    if result.succeeded { hasSite.store(true, ordering: .relaxed) }
                },
                refused: { line in terminal.printError(line + "\n") })
        } catch let problem as Diagnostic {
            terminal.printError(terminal.formatter.format(problem))
            throw ExitCode(1)
        }
        terminal.printError("Stopped.\n")
    }

    /// Prints a build's problems and one line that sums it up.
    static func report(_ result: BuildResult, hadSite: Bool, _ terminal: Terminal) {
        for text in terminal.formatter.format(DiagnosticLimit.shown(result.diagnostics)) {
            terminal.printError(text)
        }
        let counts = Plural.problems(errors: result.errorCount, warnings: result.warningCount)
        let built =
            result.pagesUpdated.map { "Updated \(Plural.count($0, "page")) in place" }
            ?? "Built \(Plural.count(result.pagesWritten, "page"))"
        let line =
            if result.succeeded {
                "\(built): \(counts)"
            } else if hadSite {
                "Build failed: \(counts); still serving the last good site"
            } else {
                "Build failed: \(counts); there is no site yet, so every page shows the errors "
                    + "until they are fixed"
            }
        terminal.printError(line + "\n")
    }

    /// Opens `address` with the system's opener; a failure only costs the convenience.
    static func openInBrowser(_ address: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(filePath: "/usr/bin/open")
        #else
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["xdg-open"]
        #endif
        process.arguments = (process.arguments ?? []) + [address]
        try? process.run()
    }
}
