import Foundation

/// Every entry below a folder, found with `lstat` so that a symbolic link is seen as a link
/// and never followed: how Folio lists the content folder and an existing output.
enum FolderWalk {
    /// What an entry is.
    enum Kind {
        case file
        case symbolicLink
        /// Anything else, or an entry `lstat` could not read.
        case other
    }

    /// Calls `visit` with the path relative to `folder` (`a/b.md`), the full path and the
    /// kind of every entry below `folder`, descending into subfolders, which are not
    /// visited themselves.
    ///
    /// - Throws: When a folder cannot be listed.
    static func walk(_ folder: String, _ visit: (String, String, Kind) -> Void) throws {
        try walk(folder, prefix: "", visit)
    }

    private static func walk(
        _ folder: String, prefix: String, _ visit: (String, String, Kind) -> Void
    ) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let relative = prefix + name
            let full = folder + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else {
                visit(relative, full, .other)
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: try walk(full, prefix: relative + "/", visit)
            case S_IFREG: visit(relative, full, .file)
            case S_IFLNK: visit(relative, full, .symbolicLink)
            default: visit(relative, full, .other)
            }
        }
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
