import FolioKit
import Foundation

/// Where the command line writes what a person reads.
struct Terminal {
    /// Formats diagnostics with their source lines, read from the files they name.
    let formatter = DiagnosticFormatter { path in
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes `text` to standard output.
    func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` to standard error.
    func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
