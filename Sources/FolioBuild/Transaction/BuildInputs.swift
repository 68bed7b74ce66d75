import FolioFormats
import FolioModel
import FolioParallel
import Foundation
import Synchronization

/// One fingerprint of everything a build's output is made from: every byte of the content
/// and templates folders, the options that change a page, the date the portfolio is seen
/// from, and the folio program itself.
///
/// Two builds with the same fingerprint write the same bytes, so a build whose fingerprint
/// equals the last one's, into an output nobody touched since, has nothing to do. It is
/// made from the files' contents, never their times: saving a file unchanged, or checking
/// out another branch and back, changes nothing.
struct BuildInputs: Equatable, Sendable {
    /// The fingerprint: FNV-1a 64 over each file's path, size and hash, then the options.
    let fingerprint: UInt64
    /// How many files it covers.
    let fileCount: Int
    /// Each file's digest, by `content/` or `templates/` and its path in that folder.
    let files: [String: FileDigest]
    /// The fingerprint of the options alone (``optionFacts(_:)``), in hexadecimal.
    let optionsHex: String

    /// The fingerprint of what `options` would build from, or `nil` when it cannot vouch
    /// for the output: a folder cannot be listed or a file read, or a folder holds a
    /// symbolic link (whose target could change without any byte below the folder changing).
    init?(_ options: BuildOptions) {
        var listed: [(folder: String, relative: String, path: String)] = []
        for (tag, folder) in [("content", options.content), ("templates", options.templates)] {
            var linked = false
            do {
                try FolderWalk.walk(folder.standardizedFileURL.path, statuses: false) { entry in
                    if entry.kind == .file {
                        listed.append((tag, entry.relative, entry.path))
                    } else {
                        linked = true
                    }
                }
            } catch {
                return nil
            }
            if linked { return nil }
        }
        listed.sort { ($0.folder, $0.relative) < ($1.folder, $1.relative) }
        let files = listed
        let digests = Mutex([FileDigest?](repeating: nil, count: files.count))
        // In runs of files that share one buffer to read into.
        let runLength = 64
        ParallelLoop.forEach((files.count + runLength - 1) / runLength) { run in
            let range = run * runLength..<min(files.count, (run + 1) * runLength)
            var buffer = Self.readBuffer()
            let found = range.map { Self.digest(of: files[$0].path, buffer: &buffer) }
            digests.withLock { $0.replaceSubrange(range, with: found) }
        }
        var hasher = FingerprintHasher()
        var byKey: [String: FileDigest] = [:]
        byKey.reserveCapacity(files.count)
        for (file, digest) in zip(files, digests.withLock { $0 }) {
            guard let digest else { return nil }
            let key = "\(file.folder)/\(file.relative)"
            byKey[key] = digest
            hasher.combine(key)
            hasher.combine(String(digest.size))
            hasher.combine(digest.hexHash)
        }
        var optionsHasher = FingerprintHasher()
        for option in Self.optionFacts(options) {
            hasher.combine(option)
            optionsHasher.combine(option)
        }
        fingerprint = hasher.value
        fileCount = files.count
        self.files = byKey
        optionsHex = FileDigest(size: 0, hash: optionsHasher.value).hexHash
    }

    /// The key of ``files`` for the content file that messages name `display`, or `nil`
    /// when `display` is not inside the content folder as `options` name it.
    static func contentKey(_ display: String, _ options: BuildOptions) -> String? {
        let folder = options.contentDisplay + "/"
        guard display.hasPrefix(folder) else { return nil }
        return contentPrefix + display.dropFirst(folder.count)
    }

    /// The path inside the content folder of the file whose key of ``files`` is `key`, or
    /// `nil` when it is a template.
    static func contentRelative(_ key: String) -> String? {
        key.hasPrefix(contentPrefix) ? String(key.dropFirst(contentPrefix.count)) : nil
    }

    private static let contentPrefix = "content/"

    /// The size and the ``WordHash`` of the file at `path`, as the manifest records its
    /// files, or `nil` when it cannot be read.
    static func digest(of path: String) -> FileDigest? {
        var buffer = readBuffer()
        return digest(of: path, buffer: &buffer)
    }

    /// ``digest(of:)``, reading the file through `buffer`, one of ``readBuffer()``'s.
    private static func digest(of path: String, buffer: inout [UInt8]) -> FileDigest? {
        var hasher = WordHash()
        let read = FileCalls.readBlocks(ofFile: path, into: &buffer) { hasher.combine($0) }
        return read ? FileDigest(size: hasher.count, hash: hasher.value) : nil
    }

    /// A buffer to read files through: a whole number of the hash's 8-byte words, so that
    /// only the last block of a file can end inside one.
    private static func readBuffer() -> [UInt8] {
        [UInt8](repeating: 0, count: 1 << 16)
    }

    /// The fingerprint as 16 lowercase hexadecimal digits.
    var hex: String { FileDigest(size: 0, hash: fingerprint).hexHash }

    /// Everything besides the files that changes what a build writes or says: the options,
    /// where the folders are and how messages name them, the date the portfolio is seen
    /// from when it is not pinned, and the program.
    private static func optionFacts(_ options: BuildOptions) -> [String] {
        var facts = [
            "version=\(options.version)",
            "audience=\(options.audience.rawValue)",
            "drafts=\(options.includeDrafts)",
            "strict=\(options.strictTemplates)",
            "content=\(options.content.standardizedFileURL.path)",
            "templates=\(options.templates.standardizedFileURL.path)",
            "output=\(options.output.standardizedFileURL.path)",
            "displays=\(options.contentDisplay)|\(options.templatesDisplay)|\(options.outputDisplay)",
            "as-of=\(options.asOf?.description ?? "site")",
        ]
        if let root = options.notFoundRoot { facts.append("not-found-root=\(root)") }
        // Without a date in the options or in site.yml, the site is seen from today and
        // ages with it: tomorrow's build must not be skipped.
        if options.asOf == nil, ContentLoader.readSettings(options).settings.asOf == nil {
            facts.append("today=\(options.today)")
        }
        // A folio rebuilt from changed sources may keep its version number; its file differs.
        if let program = Bundle.main.executablePath,
            let attributes = try? FileManager.default.attributesOfItem(atPath: program)
        {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            facts.append("program=\(program)|\(size)|\(time)")
        }
        return facts
    }
}

/// FNV-1a 64 over a sequence of strings, each ended by a byte no text holds, so that
/// `["ab", "c"]` and `["a", "bc"]` differ.
private struct FingerprintHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
