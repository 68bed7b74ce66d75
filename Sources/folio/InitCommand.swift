import ArgumentParser
import FolioFormats
import FolioScaffold
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site with an example portfolio and the default theme.",
        discussion: """
            Writes Content/ (site.yml, three example accounts with their briefs, a team, a \
            handoff and a guide chapter) and Templates/ (the default theme) into a new or \
            empty folder. Then run 'folio build' in that folder. Exit status: 0 created, 1 \
            not created, 64 usage errors.
            """
    )

    @Argument(help: ArgumentHelp("The new site's folder.", valueName: "folder"))
    var folder: String

    func run() throws {
        let current = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        let url = URL(filePath: folder, directoryHint: .isDirectory, relativeTo: current)
        let display = folder.trimmingTrailingSlashes
        let problems = StarterSite.create(at: url, display: display, today: SiteOptions.today())
        let terminal = Terminal()
        for diagnostic in problems {
            terminal.printError(terminal.formatter.format(diagnostic))
        }
        guard problems.isEmpty else { throw ExitCode(1) }
        terminal.printError(
            "Created a site in \(display): Content/ holds an example portfolio, Templates/ the "
                + "default theme.\nNext: cd \(display) && folio build\n")
    }
}
