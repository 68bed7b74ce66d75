import ArgumentParser
import FolioKit
import FolioPreview
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it, and rebuild and reload pages as files change.",
        discussion: """
            Serves a build kept in a temporary folder (Public/ is not touched), watches the \
            content and templates folders, and reloads open pages after every rebuild. A \
            build that fails keeps serving the last good site and shows its errors over the \
            page until they are fixed. Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8000

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("'\(port)' is not a port; use a number from 0 to 65535")
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
        let terminal = Terminal()
        let server = PreviewServer(
            build: options, host: host, port: port, formatter: terminal.formatter)
        let open = self.open
        try await server.run(
            listening: { address in
                terminal.printError("Serving the site at \(address) (Ctrl-C stops)\n")
                if open { Self.openInBrowser(address) }
            },
            built: { result in
                for text in terminal.formatter.format(DiagnosticLimit.shown(result.diagnostics)) {
                    terminal.printError(text)
                }
                let counts = Plural.problems(
                    errors: result.errorCount, warnings: result.warningCount)
                let built =
                    result.pagesUpdated.map { "Updated \(Plural.count($0, "page")) in place" }
                    ?? "Built \(Plural.count(result.pagesWritten, "page"))"
                terminal.printError(
                    result.succeeded
                        ? "\(built): \(counts)\n"
                        : "Build failed: \(counts); still serving the last good site\n")
            })
        terminal.printError("Stopped.\n")
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
