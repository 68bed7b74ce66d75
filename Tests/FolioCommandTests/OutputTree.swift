import Foundation

/// Every file below a built site's folder, by relative path, with its bytes: what two
/// builds are compared by, byte for byte.
struct OutputTree: Equatable {
    /// The files' bytes by path relative to the folder, such as `clients/acme/index.html`.
    var files: [String: Data]

    /// Reads every regular file below `folder`.
    init(_ folder: URL) {
        files = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
                !isFolder.boolValue, let data = FileManager.default.contents(atPath: full)
            {
                files[path] = data
            }
        }
    }

    /// The paths that only one of the trees has, or whose bytes differ, sorted.
    func differences(from other: OutputTree) -> [String] {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
    }
}
