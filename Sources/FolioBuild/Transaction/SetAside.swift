import FolioFormats
import Foundation

/// Moves files out of an output folder into a folder beside it, so that a build asked to
/// replace files it did not write (`--discard-foreign`) loses none of them.
///
/// The folder is named after the output and the build's day, `Public-set-aside-2026-12-06`,
/// with `-2`, `-3`, ... when a folder of that name exists already; each file keeps its
/// path below the output. It sits beside the output rather than inside it, so the next
/// build does not take it for part of the site.
enum SetAside {
    /// Moves each of `paths` (relative to `output`) into a new set-aside folder beside
    /// `output`, and returns that folder's name as messages show it (`display` names the
    /// output).
    ///
    /// A file that cannot be moved stops the move with an error naming the folder, where
    /// the files moved so far are.
    static func move(
        _ paths: [String], from output: URL, display: String, day: CalendarDate
    ) throws(Diagnostic) -> String {
        let parent = output.deletingLastPathComponent()
        let base = "\(output.lastPathComponent)-set-aside-\(day)"
        var name = base
        var number = 1
        while mkdir(parent.appending(path: name).path, 0o755) != 0 {
            guard errno == EEXIST else {
                throw failure(
                    "cannot create the folder \(name) beside \(display)",
                    POSIXError.current, display: display)
            }
            number += 1
            name = "\(base)-\(number)"
        }
        let folder = parent.appending(path: name, directoryHint: .isDirectory)
        let shown = StagingFolder.siblingDisplay(of: display, name)
        for path in paths {
            try StagingFolder.checkInside(path, display: display)
            let target = folder.appending(path: path)
            do {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw failure("cannot create a folder in \(shown)", error, display: display)
            }
            guard rename(output.appending(path: path).path, target.path) == 0 else {
                throw failure(
                    "cannot move \(path) into \(shown)", POSIXError.current, display: display)
            }
        }
        return shown
    }

    private static func failure(_ what: String, _ error: any Error, display: String) -> Diagnostic {
        .error(
            "\(what): \(error.localizedDescription); \(display) was left as it was, but for the "
                + "files already moved; check that the folder beside it is writable")
    }
}
