import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a static site from account briefs and CRM data.",
        version: "0.1.0"
    )

    func run() throws {}
}
