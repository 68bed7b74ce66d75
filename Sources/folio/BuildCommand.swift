import ArgumentParser
import FolioKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads the content and templates, and replaces the output folder with the new \
            site only when the whole build succeeds. Errors and warnings are printed as \
            path:line:column with the source line. Exit status: 0 built, 1 build errors, \
            64 usage errors.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Public"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The portfolio's \"today\" (overrides as_of in site.yml).", valueName: "yyyy-mm-dd"),
        transform: date)
    var asOf: CalendarDate?

    @Flag(help: "Build content marked draft: true.")
    var drafts = false

    @Flag(help: "Print errors only.")
    var quiet = false

    @Flag(help: "Also print how long each phase took.")
    var verbose = false

    func run() throws {
        let timer = PhaseTimer()
        let progress = ProgressLine(enabled: !quiet)
        let current = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        let options = BuildOptions(
            content: URL(filePath: content, directoryHint: .isDirectory, relativeTo: current),
            templates: URL(filePath: templates, directoryHint: .isDirectory, relativeTo: current),
            output: URL(filePath: output, directoryHint: .isDirectory, relativeTo: current),
            contentDisplay: content.trimmingTrailingSlashes,
            templatesDisplay: templates.trimmingTrailingSlashes,
            outputDisplay: output.trimmingTrailingSlashes,
            asOf: asOf, today: Self.today(), includeDrafts: drafts,
            phaseStarted: { phase in
                timer.started(phase)
                progress.started(phase)
            })
        let result = SiteBuilder.build(options)
        progress.finish()
        let time = String(format: "%.2f", timer.elapsed)
        let terminal = Terminal()
        for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
            terminal.printError(terminal.formatter.format(diagnostic))
        }
        if verbose { terminal.printError(timer.report()) }
        let counts =
            "\(result.errorCount) \(result.errorCount == 1 ? "error" : "errors"), "
            + "\(result.warningCount) \(result.warningCount == 1 ? "warning" : "warnings")"
        if result.succeeded {
            if !quiet {
                terminal.printError(
                    "Built \(result.pagesWritten) pages (\(result.filesWritten) files) into "
                        + "\(options.outputDisplay) in \(time) s: \(counts)\n")
            }
        } else {
            terminal.printError(
                "Build failed in \(time) s: \(counts); \(options.outputDisplay) was left as it was\n"
            )
            throw ExitCode(1)
        }
    }

    /// Reads `--as-of`.
    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError(
                "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-11-30")
        }
        return date
    }

    /// The build date, or `SOURCE_DATE_EPOCH`'s for reproducible builds, in UTC.
    static func today() -> CalendarDate {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        let seconds = epoch ?? Int(Date().timeIntervalSince1970)
        return CalendarDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}

extension String {
    /// The path without trailing slashes, as messages show it.
    var trimmingTrailingSlashes: String {
        var text = self
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
