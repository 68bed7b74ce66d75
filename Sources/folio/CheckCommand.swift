import ArgumentParser
import FolioBuild
import FolioFormats
import Foundation

struct CheckCommand: ParsableCommand {
    /// How `folio check` prints what it finds.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case github
    }

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing it.",
        discussion: """
            Runs every validation of a build, renders the pages in memory, and also checks \
            that every internal link and #fragment resolves, that no brief is older than \
            stale_after_days, and that every handoff is complete. text prints to standard \
            error as build does; json and github print to standard output. Exit status: 0 \
            no errors (and, with --strict, no warnings), 1 otherwise, 64 usage errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The output folder a build would write; check refuses the same folders build does "
                + "and writes nothing there.", valueName: "dir"))
    var output = "Public"

    @Option(help: "How to print the problems: text, json or github.")
    var format = Format.text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(help: "Also print how long each phase took.")
    var verbose = false

    func run() throws {
        let timer = PhaseTimer()
        let progress = ProgressLine(enabled: true)
        let options = site.buildOptions(output: output) { phase in
            timer.started(phase)
            progress.started(phase)
        }
        try SiteOptions.refuseMisplacedOutput(options)
        let result = SiteChecker.check(options)
        progress.finish()
        let terminal = Terminal()
        switch format {
        case .text:
            for text in terminal.formatter.format(DiagnosticLimit.shown(result.diagnostics)) {
                terminal.printError(text)
            }
        case .json: terminal.print(DiagnosticReport.json(result.diagnostics))
        case .github: terminal.print(DiagnosticReport.github(result.diagnostics))
        }
        if verbose { terminal.printError(timer.report()) }
        let counts = Plural.problems(errors: result.errorCount, warnings: result.warningCount)
        terminal.printError(
            "Checked \(Plural.count(result.pagesChecked, "page")) and "
                + "\(Plural.count(result.linksChecked, "link")): \(counts)\n")
        if result.errorCount > 0 || (strict && result.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}
