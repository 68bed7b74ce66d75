import FolioFormats
import FolioParallel
import FolioTemplates
import Foundation
import Synchronization

/// What the last successful build was made from and what it left in the output, kept beside
/// the output as `.<name>.folio-build` (`.Public.folio-build`), outside the site so that it
/// is never published.
///
/// A build whose inputs have the fingerprint recorded here, into an output that still holds
/// exactly the files recorded here, would write the same bytes again: it reports the
/// recorded warnings and leaves the output as it is. The output is compared by each file's
/// and folder's size, inode and modification time, and by the manifest's hash, so that a
/// file added, removed or changed by hand since is noticed without reading the whole site
/// (``describes(_:)``); anything that differs, or a record that cannot be read, makes
/// a full build.
///
/// The record is text, a line per output file and folder, since a site has tens of
/// thousands of them and decoding them as JSON would take longer than the rest of the
/// check:
///
/// ```
/// folio-build 3
/// inputs 5c0e2b7a9d3f1e64
/// options 91d3e0c4b2a87f10
/// manifest 0f41c2d86b9a7e35
/// pages 102
/// files 108
/// output 109
/// 1877 1048602 1764412800123456789 404.html
/// 60 1048590 1764412800120000000 ./
/// …
/// diagnostics [{"location":{…},"message":"…","notes":[],"severity":"warning"}]
/// bodies 0
/// …
/// ```
///
/// The `bodies` section that may follow (``Bodies``) is read only by a build whose inputs
/// changed, to see whether it can update the pages in place (``BodyPatch``).
struct BuildRecord: Equatable, Sendable {
    /// A file or folder of the output as the file system describes it: a folder's path
    /// ends with a slash, and the output folder's own is ``outputFolder``.
    struct OutputFile: Hashable, Sendable {
        var path: String
        var size: Int64
        var inode: UInt64
        /// The modification time, in nanoseconds since 1970.
        var modified: Int64
    }

    /// The record format this version of Folio writes and reads.
    ///
    /// 3 added the folders, whose times show an entry added since.
    static let format = 3

    /// The inputs' fingerprint (``BuildInputs``), in hexadecimal.
    var inputs: String
    /// The fingerprint of the options alone (``BuildInputs/optionsHex``).
    var options: String
    /// The hash of the output's manifest, in hexadecimal.
    var manifest: String
    /// How many pages and files the build wrote.
    var pages: Int
    var files: Int
    /// Every file and folder of the output, the manifest and the output folder itself
    /// included, sorted by path.
    var output: [OutputFile]
    /// The warnings and notes the build reported, which a build it saves must report again.
    var diagnostics: [Diagnostic]
    /// The text of the `bodies` section, read when asked for (``bodies``); `nil` when the
    /// build could not record where its bodies went.
    var bodiesSection: Data?

    /// Where the build put each brief's and handoff's body, and what it made them from:
    /// what a build whose only changes are in those bodies needs to update the pages in
    /// place.
    struct Bodies: Equatable, Sendable {
        /// A brief or handoff as the build read it.
        struct Document: Equatable, Sendable {
            /// Its number in the build (the ``TracedHTML/tag`` its body is rendered with).
            var number: Int
            /// The digest of its front matter (``FrontMatterDigests``).
            var frontMatter: UInt64
            /// The ``WordHash`` of its search excerpt (``SearchIndex/excerpt(_:)``).
            var excerpt: UInt64
            /// Whether its body shows nothing (``PageContext/isEmptyBody(_:)``).
            var isEmpty: Bool
        }

        /// Whether Markdown kept raw HTML (``MarkdownOptions/allowsRawHTML``).
        var allowsRawHTML: Bool
        /// Every input file's digest, by ``BuildInputs/files``' key.
        var sources: [String: FileDigest]
        /// The briefs and handoffs the pages show, by the key of their file.
        var documents: [String: Document]
        /// Where each page shows bodies, by the page's path; each page's sorted by offset.
        var placements: [String: [HTMLPlacement]]
    }
}

// The initializers are in an extension, so that the memberwise ones are kept.
extension BuildRecord.OutputFile {
    /// The file at `path` that `lstat` describes as `status`.
    init(path: String, status: stat) {
        self.init(
            path: path, size: Int64(status.st_size), inode: UInt64(status.st_ino),
            modified: BuildRecord.modified(status))
    }
}

extension BuildRecord {
    /// The record of a build from `inputs` that wrote `pages` pages and `files` files into
    /// `output` and reported `diagnostics`, with the `bodies` section made from what
    /// `bodies` returns; `nil` when the output cannot be described (or holds a file whose
    /// name has a line break, which the record could not list).
    ///
    /// The output is described (a `stat` per file) while the bodies section is made, on
    /// another thread unless the build runs on one (`--jobs 1`): each is a pass over every
    /// file of a large site, and one after the other they would leave a core idle.
    init?(
        inputs: BuildInputs, output: URL, pages: Int, files: Int, diagnostics: [Diagnostic],
        bodies: @Sendable () -> Bodies?
    ) {
        let (listing, section) = ParallelLoop.both(
            { Self.describe(output) },
            { bodies().flatMap(Self.section(of:)) })
        guard let listing, !listing.contains(where: { Self.breaksLine($0.path) }),
            let manifest = Self.manifestHash(in: output)
        else { return nil }
        self.init(
            inputs: inputs.hex, options: inputs.optionsHex, manifest: manifest, pages: pages,
            files: files, output: listing,
            diagnostics: diagnostics.filter { $0.severity != .error }, bodiesSection: section)
    }

    /// Whether `text` holds a line break, which no path of the record may.
    static func breaksLine(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// The `bodies` section for `bodies`, ending with `end`; `nil` when a path has a line
    /// break.
    ///
    /// Its lines are in no particular order: only this Folio reads them, into maps. It is
    /// made a byte at a time, since an update in place writes it again and at 10,000
    /// accounts it has 40,000 lines.
    static func section(of bodies: Bodies) -> Data? {
        guard !bodies.sources.keys.contains(where: breaksLine),
            !bodies.placements.keys.contains(where: breaksLine)
        else { return nil }
        var text = RecordText()
        text.line("bodies", bodies.allowsRawHTML ? 1 : 0)
        text.line("sources", UInt64(bodies.sources.count))
        for (key, digest) in bodies.sources {
            text.line(UInt64(digest.size), digest.hash, text: key)
        }
        text.line("documents", UInt64(bodies.documents.count))
        for (key, document) in bodies.documents {
            text.line(
                UInt64(document.number), document.frontMatter, document.excerpt,
                document.isEmpty ? 1 : 0, text: key)
        }
        text.line("placements", UInt64(bodies.placements.values.reduce(0) { $0 + $1.count }))
        for (page, placements) in bodies.placements {
            for placement in placements {
                text.line(
                    UInt64(placement.tag), UInt64(placement.offset),
                    UInt64(placement.length), text: page)
            }
        }
        text.append("end\n")
        return Data(text.bytes)
    }

    /// The `bodies` section, read; `nil` when there is none or it cannot be read.
    var bodies: Bodies? {
        guard let bodiesSection else { return nil }
        var reader = LineReader(data: bodiesSection)
        return Self.parseBodies(&reader)
    }

    private static func parseBodies(_ reader: inout LineReader) -> Bodies? {
        guard let raw = reader.value("bodies"), raw == "0" || raw == "1",
            let count = reader.value("sources").flatMap({ Int($0) }), count >= 0
        else { return nil }
        var sources: [String: FileDigest] = [:]
        sources.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let size = reader.number(), let hash = reader.number(), let key = reader.line(),
                let size = Int(exactly: size)
            else { return nil }
            sources[key] = FileDigest(size: size, hash: hash)
        }
        guard let count = reader.value("documents").flatMap({ Int($0) }), count >= 0 else {
            return nil
        }
        var documents: [String: Bodies.Document] = [:]
        documents.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let number = reader.number(), let frontMatter = reader.number(),
                let excerpt = reader.number(), let empty = reader.number(), empty <= 1,
                let key = reader.line(), let number = Int(exactly: number)
            else { return nil }
            documents[key] = Bodies.Document(
                number: number, frontMatter: frontMatter, excerpt: excerpt, isEmpty: empty == 1)
        }
        guard let count = reader.value("placements").flatMap({ Int($0) }), count >= 0 else {
            return nil
        }
        var placements: [String: [HTMLPlacement]] = [:]
        for _ in 0..<count {
            guard let number = reader.number(), let offset = reader.number(),
                let length = reader.number(), let page = reader.line(),
                let number = Int(exactly: number), let offset = Int(exactly: offset),
                let length = Int(exactly: length)
            else { return nil }
            placements[page, default: []].append(
                HTMLPlacement(tag: number, offset: offset, length: length))
        }
        guard reader.line() == "end", reader.position == reader.data.count else { return nil }
        return Bodies(
            allowsRawHTML: raw == "1", sources: sources, documents: documents,
            placements: placements)
    }

    /// The record as it is written.
    var data: Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(diagnostics) else { return nil }
        var text = RecordText()
        text.append("folio-build \(Self.format)\ninputs \(inputs)\noptions \(options)\n")
        text.append("manifest \(manifest)\npages \(pages)\nfiles \(files)\n")
        text.line("output", UInt64(output.count))
        for file in output {
            if let size = UInt64(exactly: file.size), let modified = UInt64(exactly: file.modified)
            {
                text.line(size, file.inode, modified, text: file.path)
            } else {
                text.append("\(file.size) \(file.inode) \(file.modified) \(file.path)\n")
            }
        }
        text.append("diagnostics " + String(decoding: json, as: UTF8.self) + "\n")
        return Data(text.bytes) + (bodiesSection ?? Data())
    }

    /// Reads a record; `nil` when `data` is not one this version of Folio wrote.
    init?(parsing data: Data) {
        var reader = LineReader(data: data)
        guard var record = Self.parse(&reader) else { return nil }
        if reader.position < data.count {
            record.bodiesSection = data.subdata(
                in: data.startIndex + reader.position..<data.endIndex)
        }
        self = record
    }

    private static func parse(_ reader: inout LineReader) -> BuildRecord? {
        guard reader.value("folio-build") == String(format), let inputs = reader.value("inputs"),
            let options = reader.value("options"), let manifest = reader.value("manifest"),
            let pages = reader.value("pages").flatMap({ Int($0) }),
            let files = reader.value("files").flatMap({ Int($0) }),
            let count = reader.value("output").flatMap({ Int($0) }), count >= 0
        else { return nil }
        var output: [OutputFile] = []
        output.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let size = reader.number(), let inode = reader.number(),
                let modified = reader.number(), let path = reader.line(),
                let size = Int64(exactly: size), let modified = Int64(exactly: modified)
            else { return nil }
            output.append(OutputFile(path: path, size: size, inode: inode, modified: modified))
        }
        guard let json = reader.value("diagnostics"),
            let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8))
        else { return nil }
        return BuildRecord(
            inputs: inputs, options: options, manifest: manifest, pages: pages, files: files,
            output: output, diagnostics: diagnostics)
    }

    /// Reads a record's lines and numbers straight from its bytes: a record lists every
    /// file of the site, and splitting it into strings first would take as long as the rest
    /// of the check.
    private struct LineReader {
        let data: Data
        /// The offset in `data` of the next byte to read.
        var position = 0

        /// The rest of the line after `key` and a space.
        mutating func value(_ key: String) -> String? {
            guard let line = line(), line.hasPrefix(key + " ") else { return nil }
            return String(line.dropFirst(key.count + 1))
        }

        /// The rest of the line, without its line break.
        mutating func line() -> String? {
            let bytes = data.span
            var end = position
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            guard end < bytes.count else { return nil }
            let start = data.startIndex
            let text = String(decoding: data[start + position..<start + end], as: UTF8.self)
            position = end + 1
            return text
        }

        /// A whole number of decimal digits, and the space after it.
        mutating func number() -> UInt64? {
            let bytes = data.span
            var value: UInt64 = 0
            var digits = 0
            while position < bytes.count, (48...57).contains(bytes[position]) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(UInt64(bytes[position] - 48))
                guard !overflow, !carry else { return nil }
                value = sum
                digits += 1
                position += 1
            }
            guard digits > 0, position < bytes.count, bytes[position] == UInt8(ascii: " ") else {
                return nil
            }
            position += 1
            return value
        }
    }

    /// The record beside `output`, or `nil` when there is none that this Folio can read.
    static func read(beside output: URL) -> BuildRecord? {
        FileManager.default.contents(atPath: location(of: output).path).flatMap(
            BuildRecord.init(parsing:))
    }

    /// Whether `folder` still holds what the recorded build left in it: every file and
    /// folder the record lists is there with the size, inode and time it had, and nothing
    /// was added.
    ///
    /// Each entry is looked up once with `fstatat`, on the build's threads
    /// (``ParallelLoop/jobs``), rather than listed folder by folder: adding, removing or
    /// renaming an entry changes the time of its folder, and every folder is in the record.
    /// Listing the output instead takes several system calls per page, which would be most
    /// of the time of a build with nothing to do.
    ///
    /// A folder whose recorded time is not before the record's own could have changed in
    /// the same tick of a file system with coarse times, which would not show in its time:
    /// it is listed, and its names compared with the record's.
    func describes(_ folder: URL) -> Bool {
        guard Self.manifestHash(in: folder) == manifest else { return false }
        let root = folder.standardizedFileURL.path
        var recordStatus = stat()
        guard lstat(Self.location(of: folder).path, &recordStatus) == 0 else { return false }
        let recordTime = Self.modified(recordStatus)
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let output = output
        let chunk = 256
        let differs = Atomic<Bool>(false)
        let racy = Mutex<[String]>([])
        ParallelLoop.forEach((output.count + chunk - 1) / chunk) { index in
            for entry in output[(index * chunk)..<min(output.count, (index + 1) * chunk)] {
                guard !differs.load(ordering: .relaxed) else { return }
                let isFolder = entry.path.hasSuffix("/")
                var status = stat()
                guard
                    fstatat(descriptor, Self.name(of: entry.path), &status, AT_SYMLINK_NOFOLLOW)
                        == 0,
                    status.st_mode & S_IFMT == (isFolder ? S_IFDIR : S_IFREG),
                    OutputFile(path: entry.path, status: status) == entry
                else {
                    differs.store(true, ordering: .relaxed)
                    return
                }
                if isFolder, entry.modified >= recordTime {
                    racy.withLock { $0.append(entry.path) }
                }
            }
        }
        guard !differs.load(ordering: .relaxed) else { return false }
        return listsAsRecorded(racy.withLock { $0 }, in: root)
    }

    /// Whether each of `folders` holds the names the record lists in it, and no other.
    ///
    /// Names are compared as bytes: as strings, `é` composed and decomposed are one name,
    /// but they are two files.
    private func listsAsRecorded(_ folders: [String], in root: String) -> Bool {
        guard !folders.isEmpty else { return true }
        let wanted = Set(folders)
        var recorded: [String: Set<[UInt8]>] = [:]
        for entry in output where entry.path != Self.outputFolder {
            let (parent, name) = Self.parentAndName(of: entry.path)
            if wanted.contains(parent) { recorded[parent, default: []].insert(Array(name.utf8)) }
        }
        for folder in folders {
            let path = folder == Self.outputFolder ? root : root + "/" + folder.dropLast()
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path),
                names.count == recorded[folder, default: []].count,
                Set(names.map { Array($0.utf8) }) == recorded[folder, default: []]
            else { return false }
        }
        return true
    }

    /// How the record names the output folder itself; any other folder is its path with a
    /// slash at the end (`clients/acme/`), which no file's path has.
    static let outputFolder = "./"

    /// The path to look `path`, a file's or folder's in the record, up with, relative to the
    /// output folder.
    private static func name(of path: String) -> String {
        path == outputFolder ? "." : path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The record's path of the folder that holds the entry at `path`, and the entry's name.
    private static func parentAndName(of path: String) -> (parent: String, name: String) {
        let trimmed = path.hasSuffix("/") ? path.dropLast() : Substring(path)
        guard let slash = trimmed.lastIndex(of: "/") else {
            return (outputFolder, String(trimmed))
        }
        return (
            String(trimmed[...slash]), String(trimmed[trimmed.index(after: slash)...])
        )
    }

    /// Records again, as they are now, the files at `paths` and the folders that hold them,
    /// which an update in place changed; false when one cannot be read or is not in the
    /// record.
    mutating func refresh(_ paths: [String], in folder: URL) -> Bool {
        let places = Dictionary(
            output.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        let root = folder.standardizedFileURL.path
        for path in Set(paths.flatMap { [$0, Self.parentAndName(of: $0).parent] }) {
            var status = stat()
            guard let index = places[path],
                lstat(root + "/" + Self.name(of: path), &status) == 0
            else { return false }
            output[index] = OutputFile(path: path, status: status)
        }
        return true
    }

    /// Writes the record beside `output`, replacing the last one in one step (through
    /// `.<name>.folio-build-new`, which the next build removes should this be interrupted);
    /// a record that cannot be written only costs the next build its shortcut, so it is not
    /// an error.
    func write(beside output: URL) {
        let pending = Self.pendingLocation(of: output)
        guard let data, (try? data.write(to: pending)) != nil,
            rename(pending.path, Self.location(of: output).path) == 0
        else {
            try? FileManager.default.removeItem(at: pending)
            Self.remove(beside: output)
            return
        }
    }

    /// Whether there is a record beside `output`, readable or not.
    static func exists(beside output: URL) -> Bool {
        access(location(of: output).path, F_OK) == 0
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

    /// Every file and folder below `folder`, and `folder` itself, with its size, inode and
    /// time, sorted by path; `nil` when the folder cannot be listed or holds anything but
    /// folders and files.
    ///
    /// Its folders are read on the build's threads (``ParallelLoop/jobs``).
    static func describe(_ folder: URL) -> [OutputFile]? {
        let root = folder.standardizedFileURL.path
        var status = stat()
        guard lstat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
            let entries = try? FolderWalk.entries(below: root)
        else { return nil }
        var files = [OutputFile(path: outputFolder, status: status)]
        files.reserveCapacity(entries.count + 1)
        for entry in entries {
            switch entry.kind {
            case .file: files.append(OutputFile(path: entry.relative, status: entry.status))
            case .folder:
                files.append(OutputFile(path: entry.relative + "/", status: entry.status))
            case .symbolicLink, .other: return nil
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The hash of the manifest in `folder`, or `nil` when there is none.
    static func manifestHash(in folder: URL) -> String? {
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

/// Lines of decimal numbers and text, made straight into bytes.
struct RecordText {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `numbers`, each followed by a space, then `text` and a line break.
    mutating func line(_ numbers: UInt64..., text: String) {
        for number in numbers {
            append(number)
            bytes.append(UInt8(ascii: " "))
        }
        append(text)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `key`, a space, `value` and a line break.
    mutating func line(_ key: String, _ value: UInt64) {
        append(key)
        bytes.append(UInt8(ascii: " "))
        append(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `number` in decimal.
    mutating func append(_ number: UInt64) { bytes.appendDecimal(number) }
}
