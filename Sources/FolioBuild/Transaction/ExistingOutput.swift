import FolioFormats
import FolioParallel
import Foundation
import Synchronization

/// What the output folder holds before a build replaces it: every file with its digest, and
/// the manifest of the build that wrote it.
///
/// A build reads it to find the files it would lose (files Folio did not write, and files it
/// wrote that were changed since) and the files whose bytes it can keep as they are.
struct ExistingOutput: Sendable {
    /// The manifest the last build left in the folder; `nil` when there is none, or it
    /// cannot be read.
    let manifest: OutputManifest?
    /// Every regular file below the folder, by relative path, with the digest of its bytes
    /// as a build makes it now, to compare with the files it writes.
    let files: [String: FileDigest]
    /// The same files' digests made the way the manifest's were, to compare with those:
    /// ``files`` itself, unless the manifest was written by an older Folio.
    private let filesAsRecorded: [String: FileDigest]
    /// Everything else that is not a folder (symbolic links, files that cannot be read):
    /// never reused, and Folio's only if the manifest says so, which it never does.
    let others: Set<String>

    /// Nothing: the output folder does not exist yet.
    static let empty = ExistingOutput(manifest: nil, files: [:], others: [])

    private init(manifest: OutputManifest?, files: [String: FileDigest], others: Set<String>) {
        self.manifest = manifest
        self.files = files
        self.filesAsRecorded = files
        self.others = others
    }

    /// Lists and hashes every file below `output`, on the build's threads
    /// (``ParallelLoop/jobs``); `display` names it in messages.
    ///
    /// A file that `record` lists with the size, inode and time it still has, in an output
    /// whose manifest is the one `record` names, is not read again: its digest is the
    /// manifest's. Rebuilding a large site, that is most of the old site's bytes. Under a
    /// manifest an older Folio wrote, every file is read and hashed both ways.
    init(
        scanning output: URL, display: String, trusting record: BuildRecord? = nil
    ) throws(Diagnostic) {
        var listing: (regular: [String], others: [String]) = ([], [])
        var statuses: [String: BuildRecord.OutputFile] = [:]
        let root = output.standardizedFileURL.resolvingSymlinksInPath().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            self = .empty
            return
        }
        do {
            try FolderWalk.walk(root) { entry in
                if entry.kind == .file {
                    listing.regular.append(entry.relative)
                    if record != nil {
                        statuses[entry.relative] = BuildRecord.OutputFile(
                            path: entry.relative, status: entry.status)
                    }
                } else {
                    listing.others.append(entry.relative)
                }
            }
        } catch {
            throw .error(
                "cannot list the files of \(display): \(error.localizedDescription); check "
                    + "that the folder is readable")
        }
        let manifestData = FileManager.default.contents(
            atPath: root + "/" + OutputManifest.fileName)
        let manifest = manifestData.flatMap(OutputManifest.init(parsing:))
        var recorded: [String: BuildRecord.OutputFile] = [:]
        let olderHash = manifest?.algorithm == .word64 ? nil : manifest?.algorithm
        if let record, let manifestData, let manifest, olderHash == nil,
            FileDigest(of: manifestData).hexHash == record.manifest
        {
            for file in record.output where manifest.files[file.path] != nil {
                recorded[file.path] = file
            }
        }
        let known = recorded
        let found = statuses
        let paths = listing.regular
        let digests = Mutex<(now: [String: FileDigest], older: [String: FileDigest])>(([:], [:]))
        let unreadable = Mutex<[String]>([])
        // Hashing reads every byte of the old site: spread it over the cores.
        ParallelLoop.forEach(paths.count) { index in
            let path = paths[index]
            if let file = known[path], let digest = manifest?.files[path], found[path] == file {
                digests.withLock { $0.now[path] = digest }
            } else if let data = FileManager.default.contents(atPath: root + "/" + path) {
                let digest = FileDigest(of: data)
                let older = olderHash.map { FileDigest(of: data, $0) }
                digests.withLock {
                    $0.now[path] = digest
                    if let older { $0.older[path] = older }
                }
            } else {
                unreadable.withLock { $0.append(path) }
            }
        }
        let (now, older) = digests.withLock { $0 }
        files = now
        filesAsRecorded = olderHash == nil ? now : older
        others = Set(listing.others + unreadable.withLock { $0 })
        self.manifest = manifest
    }

    /// The files Folio would lose by replacing this folder with a build that writes `paths`:
    /// files it did not write, and files it wrote whose bytes were changed since.
    ///
    /// Without a manifest that can be read (a folder built by hand, or by an older Folio),
    /// nothing shows which files are Folio's, so every file counts as not written by Folio
    /// but one that the new build writes with the very same bytes, which replacing loses
    /// nothing of.
    func unclaimed(writing written: [String: FileDigest]) -> (foreign: [String], changed: [String])
    {
        let present = Set(files.keys).union(others).subtracting([OutputManifest.fileName])
        guard let manifest else {
            let foreign = present.filter { path in
                guard let digest = files[path] else { return true }
                return written[path] != digest
            }
            return (foreign.sorted(), [])
        }
        let foreign = present.filter { manifest.files[$0] == nil }
        let changed = present.filter { path in
            guard let recorded = manifest.files[path] else { return false }
            return filesAsRecorded[path] != recorded
        }
        return (foreign.sorted(), changed.sorted())
    }
}
