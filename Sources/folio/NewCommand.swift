import ArgumentParser
import FolioBuild
import FolioFormats
import FolioModel
import FolioScaffold
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a client brief or a handoff brief from an account's CRM record.",
        discussion: """
            Writes Content/clients/<slug>.md or Content/handoffs/<slug>.md with every field \
            of the content contract, each explained by a comment, filled from the account's \
            row of Content/data/accounts.csv. Never replaces a file. Exit status: 0 written, \
            1 not written, 64 usage errors (such as a --slug that is not a slug).
            """,
        subcommands: [Client.self, Handoff.self]
    )

    /// What both kinds of brief take.
    struct Arguments: ParsableArguments {
        @Argument(help: "The account's account_id in Content/data/accounts.csv.")
        var accountID: String

        @Option(
            help: ArgumentHelp(
                "The file name without .md: lowercase letters, digits and hyphens (default: "
                    + "from the account's name).",
                valueName: "name"))
        var slug: String?

        @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
        var content = "Content"

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "The date to write as updated or date (default: as_of in site.yml, or today).",
                valueName: "yyyy-mm-dd"),
            transform: SiteOptions.date)
        var asOf: CalendarDate?

        func write(_ kind: BriefKind) throws {
            let current = URL(
                filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
            let contentURL = URL(
                filePath: content, directoryHint: .isDirectory, relativeTo: current)
            let options = BuildOptions(
                content: contentURL, templates: current.appending(path: "Templates"),
                output: current.appending(path: "Public"),
                contentDisplay: content.trimmingTrailingSlashes, asOf: asOf,
                today: SiteOptions.today())
            let result = NewBrief.write(kind, accountID: accountID, slug: slug, options: options)
            let terminal = Terminal()
            for diagnostic in result.diagnostics {
                terminal.printError(terminal.formatter.format(diagnostic))
            }
            guard let written = result.written else {
                throw result.isUsageError ? ExitCode.validationFailure : ExitCode(1)
            }
            terminal.printError("Wrote \(written)\n")
        }
    }

    struct Client: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Content/clients/<slug>.md for an account.")

        @OptionGroup var arguments: Arguments

        func run() throws { try arguments.write(.client) }
    }

    struct Handoff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Content/handoffs/<slug>.md for an account.")

        @OptionGroup var arguments: Arguments

        func run() throws { try arguments.write(.handoff) }
    }
}
