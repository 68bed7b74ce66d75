import ArgumentParser
import FolioBuild
import FolioFormats
import FolioMarkdown
import Foundation

@main
struct FolioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a static site from account briefs, handoff briefs and CRM data.",
        discussion: """
            A site folder holds Content/ (briefs in Markdown with YAML front matter, and the \
            CRM export in Content/data/), Templates/ (Mustache templates and assets) and \
            Public/ (the built site). Run 'folio build' in that folder.
            """,
        version: Folio.version,
        subcommands: [
            BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self,
            InitCommand.self,
        ]
    )

    /// Parses the command line and runs the command; a command or option folio does not
    /// have is told with the one it most likely means (``UsageMistake``), exit status 64.
    static func main() async {
        MemoryRelease.returnLargeBlocksWhenFreed()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if let mistake = UsageMistake(arguments) {
                FileHandle.standardError.write(Data(mistake.message.utf8))
                exit(withError: ExitCode.validationFailure)
            }
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
