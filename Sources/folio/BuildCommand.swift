import ArgumentParser
import FolioBuild
import FolioFormats
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads the content and templates, and replaces the output folder with the new \
            site only when the whole build succeeds. When no byte of the content or the \
            templates changed since the last build into the same folder, and nobody changed \
            the folder since, the build leaves it as it is (--force builds anyway). Errors \
            and warnings are printed as path:line:column with the source line. Exit status: \
            0 built, 1 build errors, 64 usage errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Public"

    @Flag(
        name: .customLong("discard-foreign"),
        help:
            "Move files in the output folder that Folio did not write, or that were changed since it wrote them, into a dated folder beside it instead of failing."
    )
    var discardForeign = false

    @Flag(help: "Build even when nothing changed since the last build into the output folder.")
    var force = false

    @Flag(
        name: .customLong("no-wait"),
        help:
            "Fail at once, naming its process, when another build is writing the output folder, instead of waiting for it to end."
    )
    var noWait = false

    @Flag(help: "Print errors only.")
    var quiet = false

    @Flag(help: "Also print how long each phase took.")
    var verbose = false

    func run() throws {
        let timer = PhaseTimer()
        let progress = ProgressLine(enabled: !quiet)
        var options = site.buildOptions(output: output) { phase in
            timer.started(phase)
            progress.started(phase)
        }
        options.discardsForeignFiles = discardForeign
        options.rebuildsUnchanged = force
        options.waitsForOtherBuilds = !noWait
        let display = options.outputDisplay
        let quiet = quiet
        options.waitingForOtherBuild = { holder in
            guard !quiet else { return }
            Terminal().printError(
                "Waiting for another build of \(display)"
                    + (holder.map { " (process \($0))" } ?? "") + " to end...\n")
        }
        try SiteOptions.refuseMisplacedOutput(options)
        let result = SiteBuilder.build(options)
        progress.finish()
        let time = String(format: "%.2f", timer.elapsed)
        let terminal = Terminal()
        let shown = result.diagnostics.filter { !quiet || $0.severity == .error }
        for text in terminal.formatter.format(DiagnosticLimit.shown(shown)) {
            terminal.printError(text)
        }
        if verbose { terminal.printError(timer.report()) }
        let counts = Plural.problems(errors: result.errorCount, warnings: result.warningCount)
        if result.upToDate {
            if !quiet {
                terminal.printError(
                    "\(options.outputDisplay) is up to date: nothing changed since the last build "
                        + "of its \(Plural.count(result.pagesWritten, "page")) (checked in \(time) s): \(counts)\n"
                )
            }
        } else if result.succeeded, let updated = result.pagesUpdated {
            if !quiet {
                terminal.printError(
                    "Updated \(updated) of the \(Plural.count(result.pagesWritten, "page")) of "
                        + "\(options.outputDisplay) in place (only the text of briefs or "
                        + "handoffs changed) in \(time) s: \(counts)\n")
            }
        } else if result.succeeded {
            if !quiet {
                terminal.printError(
                    "Built \(Plural.count(result.pagesWritten, "page")) "
                        + "(\(Plural.count(result.filesWritten, "file"))"
                        + (result.filesUnchanged > 0 ? ", \(result.filesUnchanged) unchanged" : "")
                        + ") into "
                        + "\(options.outputDisplay) in \(time) s: \(counts)\n")
            }
        } else {
            terminal.printError(
                "Build failed in \(time) s: \(counts); \(options.outputDisplay) was left as it was\n"
            )
            throw ExitCode(1)
        }
    }

}
