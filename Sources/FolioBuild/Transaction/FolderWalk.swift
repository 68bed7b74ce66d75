import FolioParallel
import Foundation
import Synchronization

/// Every entry below a folder, found with `lstat` so that a symbolic link is seen as a link
/// and never followed: how Folio lists the content folder and an existing output.
enum FolderWalk {
    /// What an entry is.
    enum Kind: Sendable {
        case file
        case symbolicLink
        /// A folder: listed by ``entries(below:)``, never visited by
        /// ``walk(_:statuses:skippingHidden:_:)``.
        case folder
        /// Anything else, or an entry `lstat` could not read.
        case other
    }

    /// An entry below the folder.
    struct Entry: Sendable {
        /// The path relative to the folder walked (`a/b.md`).
        var relative: String
        /// The full path.
        var path: String
        var kind: Kind
        /// What `lstat` says of it; zeros for an entry it could not read, or that a walk
        /// without statuses did not look up.
        var status: stat
    }

    /// Calls `visit` with every entry below `folder`, descending into subfolders, which are
    /// not visited themselves, in the order the file system lists them.
    ///
    /// Each folder is read once with `readdir`, and each name that `readdir` does not show to
    /// be a folder is looked up with `fstatat` relative to it: FileManager's listing, or a
    /// `lstat` of each full path that the system resolves again from the root, would cost
    /// most of the time Folio takes to see that a site of thousands of folders has not
    /// changed.
    ///
    /// Without `statuses`, a file or link that `readdir` shows as such is not looked up,
    /// and its entry's `status` is zeros: for callers that need only each entry's kind, such
    /// as the search for links in the content folder, which runs at the start of a build
    /// while the other cores wait.
    ///
    /// With `skippingHidden`, an entry whose name starts with `.` is neither visited nor,
    /// when it is a folder, descended into: content folders keep editors' and tools' files
    /// (`.git`, `.DS_Store`, `.acme.md.swp`) beside the documents.
    ///
    /// - Throws: When a folder cannot be listed.
    static func walk(
        _ folder: String, statuses: Bool = true, skippingHidden: Bool = false,
        _ visit: (Entry) -> Void
    ) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError.current }
        try walk(
            descriptor, path: folder, prefix: "", statuses: statuses,
            skippingHidden: skippingHidden, visit)
    }

    /// Walks the folder open as `descriptor`, which it closes, opening each subfolder
    /// relative to it, so that no folder is reached through a link put in its path since.
    private static func walk(
        _ descriptor: Int32, path folder: String, prefix: String, statuses: Bool,
        skippingHidden: Bool, _ visit: (Entry) -> Void
    ) throws {
        try read(
            descriptor, path: folder, prefix: prefix, statuses: statuses,
            skippingHidden: skippingHidden, visit,
            subfolder: { parent, name, full, inner in
                let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                guard child >= 0 else { throw POSIXError.current }
                try walk(
                    child, path: full, prefix: inner, statuses: statuses,
                    skippingHidden: skippingHidden, visit)
            })
    }

    /// Reads the folder open as `descriptor`, which it closes: calls `visit` with each entry
    /// that is not a folder, and `subfolder` with each folder's parent descriptor, name,
    /// full path and relative prefix, while the parent is still open.
    ///
    /// Without `statuses`, and with `skippingHidden`, as for
    /// ``walk(_:statuses:skippingHidden:_:)``.
    private static func read(
        _ descriptor: Int32, path folder: String, prefix: String, statuses: Bool = true,
        skippingHidden: Bool = false, _ visit: (Entry) -> Void,
        subfolder: (_ parent: Int32, _ name: String, _ path: String, _ prefix: String) throws
            -> Void
    ) throws {
        guard let directory = fdopendir(descriptor) else {
            let error = POSIXError.current
            close(descriptor)
            throw error
        }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        while let (name, type) = next(in: directory) {
            guard name != ".", name != "..", !skippingHidden || !name.hasPrefix(".") else {
                continue
            }
            let relative = prefix + name
            let full = folder + "/" + name
            // A folder needs no `fstatat` when the listing says what it is: an output has a
            // folder per page, so that is a call saved per page each time one is listed.
            // (File systems that do not say give `DT_UNKNOWN`, and are asked below.)
            switch type {
            case UInt8(DT_DIR):
                try subfolder(fd, name, full, relative + "/")
                continue
            case UInt8(DT_REG) where !statuses:
                visit(Entry(relative: relative, path: full, kind: .file, status: stat()))
                continue
            case UInt8(DT_LNK) where !statuses:
                visit(Entry(relative: relative, path: full, kind: .symbolicLink, status: stat()))
                continue
            default:
                break
            }
            var status = stat()
            guard fstatat(fd, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                visit(Entry(relative: relative, path: full, kind: .other, status: stat()))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: try subfolder(fd, name, full, relative + "/")
            case S_IFREG:
                visit(Entry(relative: relative, path: full, kind: .file, status: status))
            case S_IFLNK:
                visit(Entry(relative: relative, path: full, kind: .symbolicLink, status: status))
            default:
                visit(Entry(relative: relative, path: full, kind: .other, status: status))
            }
        }
    }

    /// The name and the type (`DT_DIR`, `DT_REG`, ...) of the next entry `readdir` lists
    /// in `directory`, or `nil` after the last.
    ///
    /// The entry `readdir` returns lives until the next call on `directory`; its name, which
    /// ends at a zero byte inside the entry, is copied out before this returns.
    private static func next(in directory: Directory) -> (name: String, type: UInt8)? {
        guard let found = readdir(directory) else { return nil }
        let name = withUnsafeBytes(of: found.pointee.d_name) { bytes in
            String(decoding: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)], as: UTF8.self)
        }
        return (name, found.pointee.d_type)
    }

    #if canImport(Glibc)
    private typealias Directory = OpaquePointer
    #else
    private typealias Directory = UnsafeMutablePointer<DIR>
    #endif

    /// Every entry below `folder` that ``walk(_:statuses:skippingHidden:_:)`` visits, and
    /// every folder below it too, in no particular order, with the folders of each depth read
    /// on the build's threads (``ParallelLoop/jobs``) at once.
    ///
    /// A site's output is wide rather than deep (a folder per page), so reading its folders
    /// side by side keeps every core busy, where listing the output one folder after
    /// another would leave the others idle at the end of a build.
    ///
    /// - Throws: When a folder cannot be listed.
    static func entries(below folder: String) throws -> [Entry] {
        var entries: [Entry] = []
        var level = [(path: folder, prefix: "")]
        while !level.isEmpty {
            let folders = level
            let listed = Mutex(
                [Result<(entries: [Entry], folders: [(String, String)]), any Error>?](
                    repeating: nil, count: folders.count))
            ParallelLoop.forEach(folders.count) { index in
                let result = Result { try list(folders[index].path, prefix: folders[index].prefix) }
                listed.withLock { $0[index] = result }
            }
            level = []
            for result in listed.withLock({ $0 }) {
                guard let (found, subfolders) = try result?.get() else { continue }
                entries += found
                level += subfolders
            }
        }
        return entries
    }

    /// The entries of the folder at `folder`, its folders included, and its folders' paths
    /// and prefixes.
    ///
    /// A folder below the one walked (`prefix` is not empty) is not opened when it has
    /// become a symbolic link since it was listed.
    private static func list(_ folder: String, prefix: String) throws -> (
        entries: [Entry], folders: [(String, String)]
    ) {
        let descriptor = open(
            folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (prefix.isEmpty ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { throw POSIXError.current }
        var entries: [Entry] = []
        var folders: [(String, String)] = []
        try read(
            descriptor, path: folder, prefix: prefix, { entries.append($0) },
            subfolder: { parent, name, path, inner in
                folders.append((path, inner))
                var status = stat()
                let isFolder =
                    fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0
                    && status.st_mode & S_IFMT == S_IFDIR
                entries.append(
                    Entry(
                        relative: String(inner.dropLast()), path: path,
                        kind: isFolder ? .folder : .other, status: status))
            })
        return (entries, folders)
    }

    /// The paths, relative to `folder` and sorted, of the files below it, following
    /// symbolic links as the file system does; none when it cannot be listed.
    static func files(below folder: URL) -> [String] {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: folder.appending(path: path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }
}
