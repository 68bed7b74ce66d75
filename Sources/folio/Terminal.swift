import FolioFormats
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the command line writes what a person reads.
struct Terminal {
    /// Whether diagnostics are coloured: standard error is a terminal and `NO_COLOR` is
    /// unset or empty (no-color.org).
    let colored =
        isatty(STDERR_FILENO) != 0
        && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    /// Formats diagnostics with their source lines, read from the files they name.
    var formatter: DiagnosticFormatter {
        DiagnosticFormatter(colored: colored) { path in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
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
