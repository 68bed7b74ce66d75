import Dispatch
import Foundation
import Synchronization

/// Proves that a built site holds none of the private values its audience is kept from, by
/// searching every byte of every output file for each value as written, HTML-escaped,
/// JSON-escaped (also inside a `<script>` and inside an attribute) and escaped as a calendar
/// writes text.
///
/// The search is one pass over each file, whatever the number of values: each position's
/// next eight bytes are hashed into a bit set of the values' first eight bytes, and only a
/// hit is looked up and compared. A build of 10,000 accounts holds tens of thousands of
/// values and hundreds of megabytes; searching for each value in turn would multiply the
/// two.
struct PrivacyScan: Sendable {
    /// One form of one value, as bytes.
    private struct Needle: Sendable {
        var bytes: [UInt8]
        /// The index of its value in `values`.
        var value: Int
    }

    /// How many leading bytes are hashed; no value shorter is searched for.
    private static let keyLength = 8

    let values: [PrivateValue]
    private let needles: [Needle]
    /// The needles by their first eight bytes.
    private let byKey: [UInt64: [Int]]
    /// One bit per hash of a key that some needle starts with.
    private let filter: [UInt64]
    private let filterShift: UInt64

    init(_ values: [PrivateValue]) {
        self.values = values
        var needles: [Needle] = []
        var seen = Set<[UInt8]>()
        for (index, value) in values.enumerated() {
            for form in Self.forms(of: value.text) {
                let bytes = Array(form.utf8)
                guard bytes.count >= Self.keyLength, seen.insert(bytes).inserted else { continue }
                needles.append(Needle(bytes: bytes, value: index))
            }
        }
        var bits = 16
        while (1 << bits) < needles.count * 32, bits < 26 { bits += 1 }
        var filter = [UInt64](repeating: 0, count: (1 << bits) / 64)
        let shift = UInt64(64 - bits)
        var byKey: [UInt64: [Int]] = [:]
        for (index, needle) in needles.enumerated() {
            let key = needle.bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            byKey[key, default: []].append(index)
            let hash = Self.hash(key, shift: shift)
            filter[Int(hash >> 6)] |= 1 << (hash & 63)
        }
        self.needles = needles
        self.byKey = byKey
        self.filter = filter
        self.filterShift = shift
    }

    /// The ways a template, the search index or the calendar can write `text`.
    static func forms(of text: String) -> [String] {
        let json = String(JSONString.quoted(text).dropFirst().dropLast())
        let forms = [
            text, XMLText.escaped(text), json, JSONString.scriptSafe(json),
            XMLText.escaped(json), RenewalCalendar.escape(text),
        ]
        var unique: [String] = []
        for form in forms where !unique.contains(form) { unique.append(form) }
        return unique
    }

    /// The indexes in `values` of every value found in `bytes`.
    func matches(in bytes: UnsafeRawBufferPointer) -> Set<Int> {
        var found = Set<Int>()
        guard !needles.isEmpty, bytes.count >= Self.keyLength else { return found }
        filter.withUnsafeBufferPointer { filter in
            for offset in 0...(bytes.count - Self.keyLength) {
                let key = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let hash = Self.hash(key, shift: filterShift)
                guard filter[Int(hash >> 6)] & (1 << (hash & 63)) != 0,
                    let candidates = byKey[key]
                else { continue }
                for index in candidates where !found.contains(needles[index].value) {
                    let needle = needles[index].bytes
                    guard offset + needle.count <= bytes.count else { continue }
                    if bytes[offset..<offset + needle.count].elementsEqual(needle) {
                        found.insert(needles[index].value)
                    }
                }
            }
        }
        return found
    }

    /// Searches every file below `folder`, in parallel; returns an error at each value's
    /// place in the content for every value found, naming the files, sorted, that hold it.
    func scan(_ folder: URL, audience: Audience) -> [Diagnostic] {
        guard !needles.isEmpty else { return [] }
        let files = Self.files(in: folder)
        let findings = Findings()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = files[index]
            guard let data = FileManager.default.contents(atPath: folder.appending(path: path).path)
            else { return }
            search(data, named: path, into: findings)
        }
        return diagnostics(findings, audience: audience)
    }

    /// Which values were found in which files, gathered from several threads.
    final class Findings: Sendable {
        private let found = Mutex<[Int: [String]]>([:])

        func add(_ values: Set<Int>, in path: String) {
            guard !values.isEmpty else { return }
            found.withLock { found in
                for value in values { found[value, default: []].append(path) }
            }
        }

        var byValue: [Int: [String]] { found.withLock { $0 } }
    }

    /// Searches the bytes of the output file `path` and adds what it holds to `findings`.
    func search(_ data: Data, named path: String, into findings: Findings) {
        // A calendar folds its long lines; a value cut by a fold is still a value.
        let data = path.hasSuffix(".ics") ? Self.unfolded(data) : data
        findings.add(data.withUnsafeBytes { matches(in: $0) }, in: path)
    }

    /// An error at each value found, naming the files, sorted, that hold it.
    func diagnostics(_ findings: Findings, audience: Audience) -> [Diagnostic] {
        findings.byValue.map { index, paths in
            report(values[index], in: paths.sorted(), audience: audience)
        }
    }

    private func report(_ value: PrivateValue, in paths: [String], audience: Audience)
        -> Diagnostic
    {
        let others =
            paths.count == 1
            ? "" : " (and \(paths.count - 1) other file\(paths.count == 2 ? "" : "s"))"
        if value.isAddress {
            return .error(
                "the private page \(value.text) is linked from \(paths[0])\(others) of the "
                    + "\(audience.rawValue) build; take the link out of the template that writes "
                    + "it, or show it only to the team with "
                    + "{{#audience.sees_handoffs}}…{{/audience.sees_handoffs}}",
                at: value.location)
        }
        return .error(
            "the private field '\(value.path)' written here would be published in "
                + "\(paths[0])\(others) of the \(audience.rawValue) build; a template shows it "
                + "under another name, or another field repeats it: take it out of that "
                + "template, or reword the field that repeats it",
            at: value.location)
    }

    private static func hash(_ key: UInt64, shift: UInt64) -> UInt64 {
        (key &* 0x9E37_79B9_7F4A_7C15) >> shift
    }

    /// `data` without the CRLF and space that fold a calendar's content lines.
    static func unfolded(_ data: Data) -> Data {
        var result = Data(capacity: data.count)
        var index = data.startIndex
        while index < data.endIndex {
            if data[index] == 0x0D, index + 2 < data.endIndex, data[index + 1] == 0x0A,
                data[index + 2] == 0x20 || data[index + 2] == 0x09
            {
                index += 3
                continue
            }
            result.append(data[index])
            index += 1
        }
        return result
    }

    /// The paths of the regular files below `folder`, relative to it.
    private static func files(in folder: URL) -> [String] {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: folder.appending(path: path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }
}
