public import FolioFormats
import Foundation

extension BuildOptions {
    /// Why the output folder cannot take a site, or `nil` when it can.
    ///
    /// A build replaces the whole output folder, so the output must not be a file or a
    /// symbolic link (which the swap would replace by a folder), and must not be, contain
    /// or lie inside the content or templates folder: replacing it would
    /// remove the sources, and a site inside the content would be read back as content.
    /// The folders are compared as real paths, after symbolic links, so that no spelling of
    /// a path (`./Content/../Content/x`, a link to `Content`) slips past.
    ///
    /// `build`, `check` and `serve` refuse such an output before they read or write
    /// anything; it is a mistake on the command line (exit 64), not in the site.
    public var outputPlacementProblem: Diagnostic? {
        var link = stat()
        if lstat(self.output.standardizedFileURL.path, &link) == 0,
            link.st_mode & S_IFMT == S_IFLNK
        {
            let target =
                (try? FileManager.default.destinationOfSymbolicLink(
                    atPath: self.output.standardizedFileURL.path)) ?? "another folder"
            return .error(
                "the output \(outputDisplay) is a symbolic link (to \(target)), and a build "
                    + "replaces its output folder whole, which would put a folder in the link's "
                    + "place and leave the site it leads to as it was; build into the folder "
                    + "it leads to instead")
        }
        let output = Self.realPath(output)
        var status = stat()
        if stat(output, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
            return .error(
                "the output \(outputDisplay) is a file, not a folder, and building would "
                    + "replace it; choose another folder with --output DIR")
        }
        for (folder, display, kind) in [
            (content, contentDisplay, "content"), (templates, templatesDisplay, "templates"),
        ] {
            let input = Self.realPath(folder)
            let relation: String
            if input == output {
                relation = "is"
            } else if Self.path(input, liesInside: output) {
                relation = "contains"
            } else if Self.path(output, liesInside: input) {
                relation = "lies inside"
            } else {
                continue
            }
            return .error(
                "the output folder \(outputDisplay) \(relation) the \(kind) folder \(display); a "
                    + "build replaces its output folder whole, which would remove your sources or "
                    + "mix the site into them, so choose a folder outside \(contentDisplay) and "
                    + "\(templatesDisplay) with --output DIR")
        }
        return nil
    }

    /// Whether `inner` names a file or folder below the folder `outer`.
    private static func path(_ inner: String, liesInside outer: String) -> Bool {
        inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The absolute path of `url` with every symbolic link of its existing part resolved:
    /// the longest part that exists goes through `realpath`, and the names below it that do
    /// not exist yet follow as written.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                guard !missing.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + missing.reversed().joined(separator: "/")
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else {
                return url.standardizedFileURL.path
            }
            missing.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
