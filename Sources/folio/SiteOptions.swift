import ArgumentParser
import FolioBuild
import FolioFormats
import FolioModel
import Foundation

/// The options that say which site to read, shared by build, check and serve.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates = "Templates"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The portfolio's \"today\" (overrides as_of in site.yml).", valueName: "yyyy-mm-dd"),
        transform: SiteOptions.date)
    var asOf: CalendarDate?

    @Flag(help: "Include content marked draft: true.")
    var drafts = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How many files to read and render at once (default: one per processor); the "
                + "output is the same for any number.", valueName: "n"),
        transform: SiteOptions.jobs)
    var jobs: Int?

    @Option(
        help: ArgumentHelp(
            "Who the site is for: team (everything) or client (without what private: in "
                + "site.yml names).", valueName: "team|client"),
        transform: SiteOptions.audience)
    var audience: Audience = .team

    /// The build options for this site, writing to `output` (relative to the current
    /// folder unless absolute), which messages call `outputDisplay`.
    func buildOptions(
        output: String, outputDisplay: String? = nil,
        phaseStarted: (@Sendable (BuildPhase) -> Void)? = nil
    ) -> BuildOptions {
        let current = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        return BuildOptions(
            content: URL(filePath: content, directoryHint: .isDirectory, relativeTo: current),
            templates: URL(filePath: templates, directoryHint: .isDirectory, relativeTo: current),
            output: URL(filePath: output, directoryHint: .isDirectory, relativeTo: current),
            contentDisplay: content.trimmingTrailingSlashes,
            templatesDisplay: templates.trimmingTrailingSlashes,
            outputDisplay: outputDisplay ?? output.trimmingTrailingSlashes,
            asOf: asOf, today: Self.today(), includeDrafts: drafts, audience: audience, jobs: jobs,
            phaseStarted: phaseStarted)
    }

    /// Stops the command with exit status 64 when `options` name an output folder no build
    /// may write (``BuildOptions/outputPlacementProblem``), before anything is read or written.
    static func refuseMisplacedOutput(_ options: BuildOptions) throws {
        guard let problem = options.outputPlacementProblem else { return }
        let terminal = Terminal()
        terminal.printError(terminal.formatter.format(problem))
        throw ExitCode(64)
    }

    /// Reads `--audience`.
    static func audience(_ text: String) throws -> Audience {
        guard let audience = Audience(rawValue: text) else {
            throw ValidationError(
                "'\(text)' is not an audience; write team (the default) or client")
        }
        return audience
    }

    /// Reads `--as-of`.
    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            if let why = CalendarDate.whyNotADay(iso: text) {
                throw ValidationError("'\(text)' is not a day: \(why)")
            }
            throw ValidationError(
                "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-11-30")
        }
        return date
    }

    /// Reads `--jobs`.
    static func jobs(_ text: String) throws -> Int {
        guard let jobs = Int(text), jobs >= 1 else {
            throw ValidationError(
                "'\(text)' is not a number of jobs; give a whole number of at least 1, such as "
                    + "--jobs 4")
        }
        return jobs
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
