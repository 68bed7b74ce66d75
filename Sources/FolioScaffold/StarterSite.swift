public import FolioFormats
public import Foundation

/// Creates a new site: `folio init <folder>`.
public enum StarterSite {
    /// Writes a new site into `folder`, which must not exist or be empty.
    ///
    /// `Content/` gets an example portfolio dated around `today`, `Templates/` the default
    /// theme, and `.gitignore` the files a build keeps beside `Public/`; `display` is how
    /// messages name the folder. Returns the problems; nothing is
    /// written when there is one.
    public static func create(at folder: URL, display: String, today: CalendarDate)
        -> [Diagnostic]
    {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                return [.error("\(display) is a file; name a new or empty folder")]
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard entries.isEmpty else {
                return [
                    .error(
                        "\(display) is not empty and was left as it was; name a new or empty "
                            + "folder")
                ]
            }
        }
        let files =
            StarterContent.files(today: today).map { ("Content/\($0.path)", $0.text) }
            + DefaultTheme.files.map { ("Templates/\($0.path)", $0.text) }
            + [(".gitignore", gitignore)]
        do {
            for (path, text) in files {
                let url = folder.appending(path: path)
                try manager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            return [.error("could not write \(display): \(error.localizedDescription)")]
        }
        return []
    }

    /// What a new site keeps out of git: what `folio build` keeps beside the output folder.
    static let gitignore = """
        # What folio build keeps beside the output folder: the record of the last build, the
        # lock that keeps two builds apart, and what an interrupted build left (the next
        # build removes that).
        .*.folio-build
        .*.folio-build-new
        .*.folio-patch
        .*.folio-patch-new
        .*.folio-lock
        .*.folio-staging
        .*.folio-previous

        """
}
