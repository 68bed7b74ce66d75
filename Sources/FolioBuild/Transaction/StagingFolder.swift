import CFolioSwap
import FolioFormats
import FolioModel
import Foundation
import Synchronization

/// A folder beside the output where a build writes the whole site before it replaces the
/// output in one swap, so that a failed or interrupted build never leaves half a site.
///
/// The swap exchanges the two folders in one atomic step where the system can (Linux's
/// `renameat2` with `RENAME_EXCHANGE`, macOS's `renamex_np` with `RENAME_SWAP`), and
/// otherwise renames the output aside to `.<name>.folio-previous` and the staging folder
/// into its place. A build killed at any moment therefore leaves the old site or the new one
/// in the output, or, between the two renames, the old one beside it, which
/// ``recover(_:display:)`` puts back at the start of the next build.
///
/// A file whose bytes equal those of the same file in the output is hard-linked from there
/// instead of written, so that it keeps its modification time; linking leaves the old site
/// as it was, so the swap stays atomic.
final class StagingFolder: Sendable {
    /// The output folder this staging folder will replace.
    let output: URL
    /// The staging folder itself.
    let url: URL
    /// How messages name the output folder.
    let outputDisplay: String
    /// The paths of `url` and of `output`, made once: `URL.path` parses the URL each time,
    /// which costs more than a file's write.
    private let root: String
    private let outputRoot: String
    /// The files of the output, which files of the same bytes are linked from.
    let existing: ExistingOutput
    /// Every file written so far, and how many of them were linked.
    private let ledger = Mutex<(files: [String: FileDigest], linked: Int)>(([:], 0))

    /// Creates an empty staging folder beside `output`; call ``recover(_:display:)`` first,
    /// which removes any that an interrupted build left behind.
    init(replacing output: URL, display: String, reusing existing: ExistingOutput)
        throws(Diagnostic)
    {
        self.output = output
        self.outputDisplay = display
        self.existing = existing
        self.url = Self.sibling(of: output, "staging")
        root = url.path
        outputRoot = output.path
        do {
            try FileManager.default.createDirectory(
                at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw Self.failure("cannot prepare a staging folder beside", display, error)
        }
    }

    /// Repairs what an interrupted build left beside `output`.
    ///
    /// Puts the previous site back when the output is missing beside it, and removes the
    /// staging and previous folders. Returns a note for each thing it did.
    static func recover(_ output: URL, display: String) throws(Diagnostic) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let previous = sibling(of: output, "previous")
        let previousDisplay = siblingDisplay(of: display, previous.lastPathComponent)
        if !exists(output), exists(previous) {
            guard rename(previous.path, output.path) == 0 else {
                throw failure("cannot put back the previous site as", display, POSIXError.current)
            }
            notes.append(
                Diagnostic(
                    .note,
                    "put the previous site back from \(previousDisplay) into \(display), which a "
                        + "build that was interrupted during the swap had left missing"))
        }
        let leftovers = [
            sibling(of: output, "staging"), previous, BuildRecord.pendingLocation(of: output),
        ]
        for leftover in leftovers where exists(leftover) {
            let shown = siblingDisplay(of: display, leftover.lastPathComponent)
            do {
                try FileManager.default.removeItem(at: leftover)
            } catch {
                throw failure(
                    "cannot remove \(shown), left by an interrupted build, beside", display, error)
            }
            notes.append(
                Diagnostic(
                    .note,
                    "removed \(shown), which a build that was interrupted left beside "
                        + "\(display); \(display) itself is a whole site"))
        }
        return notes
    }

    /// Creates the folders that `paths` (relative to the site's root) will be written into.
    func createFolders(for paths: some Sequence<String>) throws(Diagnostic) {
        let folders = Set(
            paths.compactMap { path -> String? in
                guard let slash = path.lastIndex(of: "/") else { return nil }
                return String(path[..<slash])
            })
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
    /// Safe to call from several threads at once for different paths.
    func write(_ contents: String, to path: String) throws(Diagnostic) {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes one file, or links the output's file of the same path when its bytes are the
    /// same; its folder must exist.
    ///
    /// Safe to call from several threads at once for different paths.
    func write(_ data: Data, to path: String) throws(Diagnostic) {
        try Self.checkInside(path, display: outputDisplay)
        let digest = FileDigest(of: data)
        let linked = try place(data, digest: digest, at: path)
        ledger.withLock {
            $0.files[path] = digest
            if linked { $0.linked += 1 }
        }
    }

    /// Copies every file below `source` to `path` inside the staging folder; returns how
    /// many files it copied.
    func copyFiles(from source: URL, to path: String) throws(Diagnostic) -> Int {
        try Self.checkInside(path, display: outputDisplay)
        let manager = FileManager.default
        let files: [String]
        do {
            files = try manager.subpathsOfDirectory(atPath: source.path).sorted()
        } catch {
            throw Self.failure("cannot copy \(source.path) into", outputDisplay, error)
        }
        try createFolders(for: [path + "/"])
        var count = 0
        for file in files {
            let from = source.appending(path: file)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: from.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try createFolders(for: ["\(path)/\(file)/"])
                continue
            }
            guard let data = manager.contents(atPath: from.path) else {
                throw .error(
                    "cannot read \(source.path)/\(file) to copy it into \(outputDisplay); check "
                        + "that the file is readable")
            }
            try write(data, to: "\(path)/\(file)")
            count += 1
        }
        return count
    }

    /// Every file written so far, with its digest.
    var written: [String: FileDigest] { ledger.withLock { $0.files } }

    /// How many of the files written so far kept the output's file, bytes and times.
    var unchangedCount: Int { ledger.withLock { $0.linked } }

    /// Writes the manifest of every file written so far; call it last.
    func writeManifest() throws(Diagnostic) {
        let data = Data(OutputManifest(files: written).json.utf8)
        _ = try place(data, digest: FileDigest(of: data), at: OutputManifest.fileName)
    }

    /// Replaces the output folder with the staging folder, then removes the old site.
    ///
    /// - Parameter exchanging: Whether to try the one-step exchange first; tests turn it off
    ///   to take the path of file systems that refuse it.
    func commit(exchanging: Bool = true) throws(Diagnostic) {
        if Self.exists(output) {
            guard exchanging else { return try renameAside() }
            if folio_exchange(url.path, output.path) == 0 {
                // The staging folder's name now holds the old site. Should removing it fail,
                // the next build removes it and says so.
                try? FileManager.default.removeItem(at: url)
                return
            }
            let error = POSIXError.current
            // Linux says EINVAL where the file system cannot exchange, macOS ENOTSUP.
            guard [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(error.code.rawValue) else {
                throw Self.failure("cannot put the new site in place of", outputDisplay, error)
            }
            try renameAside()
        } else if rename(url.path, output.path) != 0 {
            throw Self.failure(
                "cannot put the new site in place of", outputDisplay, POSIXError.current)
        }
    }

    /// Removes the staging folder, leaving the output as it was.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The swap in two renames, where the file system cannot exchange two folders.
    ///
    /// A build killed between them leaves the old site beside the output, for the next
    /// build to put back.
    private func renameAside() throws(Diagnostic) {
        let previous = Self.sibling(of: output, "previous")
        guard rename(output.path, previous.path) == 0 else {
            throw Self.failure("cannot move aside", outputDisplay, POSIXError.current)
        }
        guard rename(url.path, output.path) == 0 else {
            let error = POSIXError.current
            _ = rename(previous.path, output.path)
            throw Self.failure("cannot put the new site in place of", outputDisplay, error)
        }
        try? FileManager.default.removeItem(at: previous)
    }

    /// Links the output's file at `path` when it holds `digest`'s bytes, else writes `data`;
    /// returns whether it linked.
    private func place(_ data: Data, digest: FileDigest, at path: String) throws(Diagnostic)
        -> Bool
    {
        let target = "\(root)/\(path)"
        if existing.files[path] == digest, link("\(outputRoot)/\(path)", target) == 0 {
            return true
        }
        do throws(POSIXError) {
            try FileCalls.write(data, toFile: target)
        } catch {
            throw Self.failure("cannot write \(path) in", outputDisplay, error)
        }
        return false
    }

    /// The folder (or, with `.notDirectory`, the file) `.<output's name>.folio-<role>`
    /// beside `output`.
    static func sibling(
        of output: URL, _ role: String, directoryHint: URL.DirectoryHint = .isDirectory
    ) -> URL {
        output.deletingLastPathComponent().appending(
            path: ".\(output.lastPathComponent).folio-\(role)", directoryHint: directoryHint)
    }

    /// How messages name the file `name` beside the output that `display` names.
    static func siblingDisplay(of display: String, _ name: String) -> String {
        guard let slash = display.lastIndex(of: "/") else { return name }
        return String(display[...slash]) + name
    }

    /// Whether anything, even a broken symbolic link, is at `url`.
    static func exists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0
    }

    /// Refuses a relative path that could lead outside the staging folder or is not one
    /// plain name per level: absolute, empty, with an empty, `.` or `..` part, a backslash
    /// (a separator on Windows), a NUL or another control character.
    ///
    /// Content names are checked where they are read; this is the last line of defence,
    /// so that no mistake in planning pages can write over a file outside the site.
    static func checkInside(_ path: String, display: String) throws(Diagnostic) {
        // On the UTF-8 bytes: every byte it looks for is ASCII, which never occurs inside
        // a longer UTF-8 sequence, and searching the text would break it into characters
        // for every file written.
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let parts = bytes.split(separator: slash, omittingEmptySubsequences: false)
        let problem: String? =
            if bytes.first == slash {
                "it is absolute"
            } else if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
                "it has a control character"
            } else if bytes.contains(UInt8(ascii: "\\")) {
                "it has a backslash"
            } else if parts.contains(where: {
                $0.isEmpty || $0.elementsEqual([dot]) || $0.elementsEqual([dot, dot])
            }) {
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

    /// The system's error code behind `error`, from the system's calls or FileManager's.
    private static func cause(of error: any Error) -> POSIXErrorCode? {
        if let error = error as? POSIXError { return error.code }
        guard let error = error as? CocoaError else { return nil }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return underlying.code
        }
        return switch error.code {
        case .fileWriteFileExists: .EEXIST
        case .fileWriteOutOfSpace: .ENOSPC
        case .fileWriteNoPermission: .EACCES
        case .fileWriteVolumeReadOnly: .EROFS
        default: nil
        }
    }

    /// An error naming what failed and the advice that fits its cause.
    private static func failure(_ what: String, _ display: String, _ error: any Error) -> Diagnostic
    {
        let advice =
            switch Self.cause(of: error) {
            case .ENOSPC?, .EDQUOT?: "free some space on the disk and build again"
            case .EACCES?, .EPERM?, .EROFS?: "check that the folder is writable"
            case .EEXIST?, .ENOTEMPTY?:
                "another program is writing beside \(display) at the same time; wait for it "
                    + "to end and build again"
            default: "check that the folder is writable and the disk is not full"
            }
        return .error("\(what) \(display): \(error.localizedDescription); \(advice)")
    }
}

extension POSIXError {
    /// The error that `errno` holds now.
    static var current: POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
