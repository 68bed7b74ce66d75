import Foundation

/// A folder beside the output where a build writes the whole site before it replaces the
/// output in one swap, so that a failed or interrupted build never leaves half a site.
struct StagingFolder: Sendable {
    /// The output folder this staging folder will replace.
    let output: URL
    /// The staging folder itself.
    let url: URL
    /// How messages name the output folder.
    let outputDisplay: String

    /// Creates an empty staging folder beside `output`, removing any that an interrupted
    /// build left behind.
    init(replacing output: URL, display: String) throws(Diagnostic) {
        self.output = output
        self.outputDisplay = display
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).folio-"
        self.url = parent.appending(path: prefix + "staging", directoryHint: .isDirectory)
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            for leftover in try manager.contentsOfDirectory(atPath: parent.path)
            where leftover.hasPrefix(prefix) {
                try manager.removeItem(at: parent.appending(path: leftover))
            }
            try manager.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw Self.failure("cannot prepare a staging folder beside", display, error)
        }
    }

    /// Creates the folders that `paths` (relative to the site's root) will be written into.
    func createFolders(for paths: some Sequence<String>) throws(Diagnostic) {
        let folders = Set(
            paths.compactMap { path -> String? in
                guard let slash = path.lastIndex(of: "/") else { return nil }
                return String(path[..<slash])
            })
        let root = url.path
        for folder in folders.sorted() {
            try Self.checkInside(folder, display: outputDisplay)
            // One mkdir call for the common case of a page folder whose parent exists;
            // FileManager checks every level of the path first, which is most of the cost
            // for the ten thousands of folders of a large site.
            if mkdir("\(root)/\(folder)", 0o755) == 0 { continue }
            do {
                try FileManager.default.createDirectory(
                    at: url.appending(path: folder, directoryHint: .isDirectory),
                    withIntermediateDirectories: true)
            } catch {
                throw Self.failure("cannot create the folder \(folder) in", outputDisplay, error)
            }
        }
    }

    /// Writes one file; its folder must exist.
    ///
    /// Safe to call from several threads at once for
    /// different paths.
    func write(_ contents: String, to path: String) throws(Diagnostic) {
        try Self.checkInside(path, display: outputDisplay)
        do {
            try Data(contents.utf8).write(to: url.appending(path: path))
        } catch {
            throw Self.failure("cannot write \(path) in", outputDisplay, error)
        }
    }

    /// Copies the folder `source` to `path` inside the staging folder.
    func copyFolder(_ source: URL, to path: String) throws(Diagnostic) {
        try Self.checkInside(path, display: outputDisplay)
        do {
            try FileManager.default.copyItem(at: source, to: url.appending(path: path))
        } catch {
            throw Self.failure("cannot copy \(source.path) into", outputDisplay, error)
        }
    }

    /// Replaces the output folder with the staging folder.
    func commit() throws(Diagnostic) {
        let manager = FileManager.default
        let retired = output.deletingLastPathComponent()
            .appending(path: ".\(output.lastPathComponent).folio-previous")
        do {
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
                do {
                    try manager.moveItem(at: url, to: output)
                } catch {
                    try? manager.moveItem(at: retired, to: output)
                    throw error
                }
                try manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: url, to: output)
            }
        } catch {
            throw Self.failure("cannot put the new site in place of", outputDisplay, error)
        }
    }

    /// Removes the staging folder, leaving the output as it was.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Refuses a relative path that could lead outside the staging folder or is not one
    /// plain name per level: absolute, empty, with an empty, `.` or `..` part, a backslash
    /// (a separator on Windows), a NUL or another control character.
    ///
    /// Content names are checked where they are read; this is the last line of defence,
    /// so that no mistake in planning pages can write over a file outside the site.
    static func checkInside(_ path: String, display: String) throws(Diagnostic) {
        let problem: String? =
            if path.hasPrefix("/") {
                "it is absolute"
            } else if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                "it has a control character"
            } else if path.contains("\\") {
                "it has a backslash"
            } else if path.split(separator: "/", omittingEmptySubsequences: false)
                .contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
            {
                "it has an empty, '.' or '..' part"
            } else {
                nil
            }
        if let problem {
            throw .error(
                "refused to write '\(PageName.shortened(path))' in \(display): \(problem), and "
                    + "every file of the site must stay inside the output folder; this is a "
                    + "bug in Folio or in a template, please report it")
        }
    }

    private static func failure(_ what: String, _ display: String, _ error: any Error) -> Diagnostic
    {
        .error(
            "\(what) \(display): \(error.localizedDescription); check that the folder is "
                + "writable and the disk is not full")
    }
}
