import FolioFormats
import Foundation

/// The list of files a build wrote, with each file's size and hash, kept in the output
/// folder as `.folio-manifest.json` so that it moves with the site in the same swap.
///
/// The next build reads it to tell the files Folio wrote from files someone put into the
/// output or changed by hand since, and to keep the files whose bytes did not change. It
/// holds no times and lists the paths sorted, so two builds of the same site write the same
/// manifest:
///
/// ```json
/// {
///   "folio_manifest": 2,
///   "hash": "word64",
///   "files": [
///     {"path": "404.html", "size": 1877, "hash": "5c0e2b7a9d3f1e64"},
///     {"path": "assets/style.css", "size": 20114, "hash": "0f41c2d86b9a7e35"}
///   ]
/// }
/// ```
///
/// Version 2 hashes with ``WordHash``; version 1, written by Folio before it, with FNV-1a 64
/// (`"hash": "fnv1a64"`), and is still read.
struct OutputManifest: Equatable, Sendable {
    /// The manifest's file name inside the output folder.
    static let fileName = ".folio-manifest.json"

    /// Every file the build wrote, by its path relative to the output folder (with `/`).
    var files: [String: FileDigest]
    /// How the digests of `files` were hashed.
    var algorithm: FileDigest.Algorithm

    /// A manifest of `files`, hashed as Folio hashes them now.
    init(files: [String: FileDigest]) {
        self.files = files
        algorithm = .word64
    }

    /// The manifest's JSON: one file a line, sorted by path, so that it diffs well.
    var json: String {
        var text =
            "{\n  \"folio_manifest\": \(algorithm.manifestVersion),\n  \"hash\": \"\(algorithm.rawValue)\",\n"
            + "  \"files\": [\n"
        let lines = files.keys.sorted().map { path in
            "    " + Self.entry(path, files[path] ?? FileDigest(size: 0, hash: 0))
        }
        text += lines.joined(separator: ",\n")
        return text + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    /// The JSON of one file's entry: `{"path": "404.html", "size": 1842, "hash": "…"}`.
    static func entry(_ path: String, _ digest: FileDigest) -> String {
        "{\"path\": \(JSONString.quoted(path)), \"size\": \(digest.size), "
            + "\"hash\": \"\(digest.hexHash)\"}"
    }

    /// Where the entries of `paths`, sorted, are in `json`, the text of a manifest as
    /// ``json`` writes it, and the digests they hold; `nil` when one has none.
    ///
    /// Updating a few files of a large site, this finds their entries in one pass, without
    /// decoding every other one.
    static func entries(of paths: [String], in json: Data) -> [(
        range: Range<Int>, digest: FileDigest
    )]? {
        var entries: [(range: Range<Int>, digest: FileDigest)] = []
        var from = json.startIndex
        for path in paths {
            // A quoted path escapes every quote, so the start of an entry, quotes and all, can
            // only be found where that entry starts; entries are sorted, so each is after the
            // last.
            let start = Data(("{\"path\": " + JSONString.quoted(path) + ", \"size\": ").utf8)
            guard let found = json.range(of: start, in: from..<json.endIndex),
                let end = json[found.upperBound...].firstIndex(of: UInt8(ascii: "}"))
            else { return nil }
            let text = String(decoding: json[found.upperBound..<end], as: UTF8.self)
            let parts = text.split(separator: " ")
            guard parts.count == 3, parts[0].hasSuffix(","), parts[1] == "\"hash\":",
                let size = Int(parts[0].dropLast()), parts[2].count == 18,
                let hash = UInt64(parts[2].dropFirst().dropLast(), radix: 16)
            else { return nil }
            entries.append(
                (
                    found.lowerBound - json.startIndex..<end + 1 - json.startIndex,
                    FileDigest(size: size, hash: hash)
                ))
            from = end
        }
        return entries
    }

    /// Reads a manifest; `nil` when `data` is not one this version of Folio wrote.
    init?(parsing data: Data) {
        struct Stored: Decodable {
            struct File: Decodable {
                var path: String
                var size: Int
                var hash: String
            }
            enum CodingKeys: String, CodingKey {
                case version = "folio_manifest"
                case hash, files
            }
            var version: Int
            var hash: String
            var files: [File]
        }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data),
            let algorithm = FileDigest.Algorithm(rawValue: stored.hash),
            stored.version == algorithm.manifestVersion
        else { return nil }
        var files: [String: FileDigest] = [:]
        for file in stored.files {
            guard file.hash.count == 16, let hash = UInt64(file.hash, radix: 16), file.size >= 0
            else { return nil }
            files[file.path] = FileDigest(size: file.size, hash: hash)
        }
        self.files = files
        self.algorithm = algorithm
    }
}
