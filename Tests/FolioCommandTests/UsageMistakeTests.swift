import Foundation
import Testing

/// A mistyped command or option exits with 64 and names the one most likely meant.
@Suite struct UsageMistakeTests {
    @Test(arguments: [
        (["bild"], "'bild' is not a command of folio; did you mean 'build'?"),
        (["chekc"], "'chekc' is not a command of folio; did you mean 'check'?"),
        (
            ["new", "clent", "ACME-001"],
            "'clent' is not a command of folio new; did you mean 'client'?"
        ),
        (
            ["frobnicate"],
            "'frobnicate' is not a command of folio; the commands are build, serve, check, new, "
                + "init and help"
        ),
        (
            ["build", "--outptu", "x"],
            "unknown option '--outptu' of folio build; did you mean '--output'?"
        ),
        (["build", "--Quiet"], "unknown option '--Quiet' of folio build; did you mean '--quiet'?"),
        (
            ["serve", "--prot", "3"],
            "unknown option '--prot' of folio serve; did you mean '--port'?"
        ),
        (
            ["new", "client", "ACME-001", "--slg", "x"],
            "unknown option '--slg' of folio new client; did you mean '--slug'?"
        ),
        (
            ["build", "--port", "3"],
            "folio build has no option '--port'; it is an option of 'folio serve'"
        ),
        (
            ["build", "--format", "json"],
            "folio build has no option '--format'; it is an option of 'folio check'"
        ),
        (
            ["check", "--discard-foreign"],
            "folio check has no option '--discard-foreign'; it is an option of 'folio build'"
        ),
        (
            ["build", "--output", "Site", "--zzz"],
            "unknown option '--zzz' of folio build; 'folio build --help' lists its options"
        ),
    ])
    func namesWhatWasMeant(_ arguments: [String], _ message: String) throws {
        let (status, output, errors) = try BuildCommandTests().folio(arguments)
        #expect(status == 64)
        #expect(output.isEmpty)
        let lines = errors.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == "Error: " + message)
        #expect(lines.dropFirst().first?.hasPrefix("Usage: folio ") == true, "\(errors)")
    }

    @Test func argumentsFolioKnowsAreLeftToTheirCommands() throws {
        let help = try BuildCommandTests().folio(["help", "build"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: folio build"))
        let missing = try BuildCommandTests().folio(["build", "--content"])
        #expect(missing.status == 64)
        #expect(missing.errors.hasPrefix("Error: Missing value for '--content <dir>'"))
    }
}
