import ArgumentParser
import FolioKit

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

    static func main() async {
        MemoryRelease.returnLargeBlocksWhenFreed()
        await main(nil)
    }
}
