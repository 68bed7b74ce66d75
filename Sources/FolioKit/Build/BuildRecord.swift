import Foundation

/// What the last successful build was made from and what it left in the output, kept beside
/// the output as `.<name>.folio-build` (`.Public.folio-build`), outside the site so that it
/// is never published.
///
/// A build whose inputs have the fingerprint recorded here, into an output that still holds
/// exactly the files recorded here, would write the same bytes again: it reports the
/// recorded warnings and leaves the output as it is. The output is compared by each file's
/// size, inode and modification time, and by the manifest's hash, so that a file added,
/// removed or changed by hand since is noticed without reading the whole site; anything
/// that differs, or a record that cannot be read, makes a full build.
struct BuildRecord: Codable, Equatable, Sendable {
    /// A file of the output as the file system describes it.
    struct OutputFile: Codable, Hashable, Sendable {
        var path: String
        var size: Int64
        var inode: UInt64
        /// The modification time, in nanoseconds since 1970.
        var modified: Int64

        /// The file at `fullPath` as `path`; `nil` when it is not a file that can be read.
        init?(path: String, at fullPath: String) {
            var status = stat()
            guard lstat(fullPath, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                return nil
            }
            self.path = path
            size = Int64(status.st_size)
            inode = UInt64(status.st_ino)
            modified = BuildRecord.modified(status)
        }
    }

    /// The record format this version of Folio writes and reads.
    static let format = 1

    var format: Int
    /// The inputs' fingerprint (``BuildInputs``), in hexadecimal.
    var inputs: String
    /// The hash of the output's manifest, in hexadecimal.
    var manifest: String
    /// How many pages and files the build wrote.
    var pages: Int
    var files: Int
    /// Every file of the output, the manifest included, sorted by path.
    var output: [OutputFile]
    /// The warnings and notes the build reported, which a build it saves must report again.
    var diagnostics: [Diagnostic]

    /// The record of a build from `inputs` that wrote `pages` pages and `files` files into
    /// `output` and reported `diagnostics`; `nil` when the output cannot be described.
    init?(
        inputs: BuildInputs, output: URL, pages: Int, files: Int, diagnostics: [Diagnostic]
    ) {
        guard let listing = Self.describe(output),
            let manifest = Self.manifestHash(in: output)
        else { return nil }
        self.format = Self.format
        self.inputs = inputs.hex
        self.manifest = manifest
        self.pages = pages
        self.files = files
        self.output = listing
        self.diagnostics = diagnostics.filter { $0.severity != .error }
    }

    /// The record beside `output`, or `nil` when there is none that this Folio can read.
    static func read(beside output: URL) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: location(of: output).path),
            let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
            record.format == format
        else { return nil }
        return record
    }

    /// Whether a build from `inputs` into `output` would write what `output` holds now.
    func isCurrent(for inputs: BuildInputs, output folder: URL) -> Bool {
        inputs.hex == self.inputs && Self.describe(folder) == output
            && Self.manifestHash(in: folder) == manifest
    }

    /// Writes the record beside `output`, replacing the last one in one step (through
    /// `.<name>.folio-build-new`, which the next build removes should this be interrupted);
    /// a record that cannot be written only costs the next build its shortcut, so it is not
    /// an error.
    func write(beside output: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let pending = Self.pendingLocation(of: output)
        guard let data = try? encoder.encode(self), (try? data.write(to: pending)) != nil,
            rename(pending.path, Self.location(of: output).path) == 0
        else {
            try? FileManager.default.removeItem(at: pending)
            Self.remove(beside: output)
            return
        }
    }

    /// Removes the record beside `output`, if any.
    static func remove(beside output: URL) {
        try? FileManager.default.removeItem(at: location(of: output))
    }

    /// The file `.<output's name>.folio-build` beside `output`.
    static func location(of output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appending(
            path: ".\(output.lastPathComponent).folio-build", directoryHint: .notDirectory)
    }

    /// Where a record is written before it replaces the last one.
    static func pendingLocation(of output: URL) -> URL {
        location(of: output).deletingLastPathComponent().appending(
            path: location(of: output).lastPathComponent + "-new", directoryHint: .notDirectory)
    }

    /// Every file below `folder` with its size, inode and time, sorted by path; `nil` when
    /// the folder cannot be listed or holds anything but folders and files.
    private static func describe(_ folder: URL) -> [OutputFile]? {
        var files: [OutputFile] = []
        var plain = true
        do {
            try FolderWalk.walk(folder.standardizedFileURL.path) { relative, path, kind in
                guard kind == .file, let file = OutputFile(path: relative, at: path) else {
                    plain = false
                    return
                }
                files.append(file)
            }
        } catch {
            return nil
        }
        guard plain else { return nil }
        return files.sorted { $0.path < $1.path }
    }

    /// The hash of the manifest in `folder`, or `nil` when there is none.
    private static func manifestHash(in folder: URL) -> String? {
        FileManager.default.contents(
            atPath: folder.appending(path: OutputManifest.fileName).path
        ).map { FileDigest(of: $0).hexHash }
    }

    fileprivate static func modified(_ status: stat) -> Int64 {
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
