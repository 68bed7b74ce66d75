import FolioFormats
import FolioMarkdown
import FolioModel
import FolioParallel
import FolioSite
import Foundation
import Synchronization

/// Proves that a built site holds none of the private values its audience is kept from, by
/// searching every byte of every output file for each value as written, HTML-escaped,
/// JSON-escaped (also inside a `<script>` and inside an attribute) and escaped as a calendar
/// writes text.
///
/// The search is one pass over each file, whatever the number of values. The values'
/// forms are kept in a trie; at each position the next eight bytes are hashed into a bit
/// set of the forms' first eight bytes, and only on a hit is the trie walked from the node
/// those bytes lead to, for as long as the output goes on matching some form. A position
/// thus costs at most the length of the longest form, never the number of values: the
/// values of 10,000 accounts often share their first words ("Wants a ..."), which public
/// text repeats too, and comparing each such value in turn would make the search grow with
/// the product of the values and the output.
struct PrivacyScan: Sendable {
    /// How many leading bytes are hashed; no form shorter is searched for.
    private static let keyLength = 8

    let values: [PrivateValue]
    /// For each trie node, the value whose form ends there, or -1.
    private let terminal: [Int32]
    /// The trie's edges, as an open-addressing table from `node << 8 | byte` (plus one, so
    /// that 0 marks a free slot) to the child node.
    private let edgeKeys: [UInt64]
    private let edgeNodes: [Int32]
    private let edgeShift: UInt64
    /// The node each form's first eight bytes lead to, by those bytes.
    private let byKey: [UInt64: Int32]
    /// One bit per hash of a key that some form starts with.
    private let filter: [UInt64]
    private let filterShift: UInt64

    init(_ values: [PrivateValue]) {
        self.values = values
        var forms: [([UInt8], Int)] = []
        for (index, value) in values.enumerated() {
            for form in Self.forms(of: value.text) where form.utf8.count >= Self.keyLength {
                forms.append((Array(form.utf8), index))
            }
        }
        let edgeCount = forms.reduce(0) { $0 + $1.0.count }
        var edgeBits = 4
        while (1 << edgeBits) < edgeCount * 2 { edgeBits += 1 }
        var edgeKeys = [UInt64](repeating: 0, count: 1 << edgeBits)
        var edgeNodes = [Int32](repeating: 0, count: 1 << edgeBits)
        let edgeShift = UInt64(64 - edgeBits)
        var terminal: [Int32] = [-1]
        var byKey: [UInt64: Int32] = [:]
        for (bytes, value) in forms {
            var node: Int32 = 0
            for (depth, byte) in bytes.enumerated() {
                let key = (UInt64(node) << 8 | UInt64(byte)) + 1
                var slot = Int(Self.hash(key, shift: edgeShift))
                while edgeKeys[slot] != 0, edgeKeys[slot] != key {
                    slot = (slot + 1) & (edgeKeys.count - 1)
                }
                if edgeKeys[slot] == 0 {
                    edgeKeys[slot] = key
                    edgeNodes[slot] = Int32(terminal.count)
                    terminal.append(-1)
                }
                node = edgeNodes[slot]
                if depth == Self.keyLength - 1 {
                    byKey[Self.key(bytes.span, at: 0)] = node
                }
            }
            if terminal[Int(node)] < 0 { terminal[Int(node)] = Int32(value) }
        }
        var bits = 16
        while (1 << bits) < byKey.count * 32, bits < 26 { bits += 1 }
        var filter = [UInt64](repeating: 0, count: (1 << bits) / 64)
        let shift = UInt64(64 - bits)
        for key in byKey.keys {
            let hash = Self.hash(key, shift: shift)
            filter[Int(hash >> 6)] |= 1 << (hash & 63)
        }
        self.terminal = terminal
        self.edgeKeys = edgeKeys
        self.edgeNodes = edgeNodes
        self.edgeShift = edgeShift
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
    func matches(in bytes: Span<UInt8>) -> Set<Int> {
        var found = Set<Int>()
        guard !byKey.isEmpty, bytes.count >= Self.keyLength else { return found }
        let filter = self.filter.span
        // The key at each offset, rolled on a byte at a time: the byte that leaves goes out
        // at the low end, the one that enters comes in at the high end.
        var key = Self.key(bytes, at: 0) << 8
        for offset in 0...(bytes.count - Self.keyLength) {
            key = key >> 8 | UInt64(bytes[offset + Self.keyLength - 1]) << 56
            let hash = Self.hash(key, shift: filterShift)
            guard filter[Int(hash >> 6)] & (1 << (hash & 63)) != 0,
                var node = byKey[key]
            else { continue }
            var next = offset + Self.keyLength
            while true {
                let value = terminal[Int(node)]
                if value >= 0 { found.insert(Int(value)) }
                guard next < bytes.count, let child = child(of: node, bytes[next]) else {
                    break
                }
                node = child
                next += 1
            }
        }
        return found
    }

    /// The ``keyLength`` bytes of `bytes` from `offset`, as a little-endian word.
    private static func key(_ bytes: Span<UInt8>, at offset: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in (offset..<offset + keyLength).reversed() {
            key = key << 8 | UInt64(bytes[index])
        }
        return key
    }

    /// The trie node `byte` leads to from `node`, if any.
    private func child(of node: Int32, _ byte: UInt8) -> Int32? {
        let key = (UInt64(node) << 8 | UInt64(byte)) + 1
        var slot = Int(Self.hash(key, shift: edgeShift))
        while true {
            let stored = edgeKeys[slot]
            if stored == key { return edgeNodes[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & (edgeKeys.count - 1)
        }
    }

    /// Where a private page's address was written into an output file: the template or
    /// the content file that made the link, given the value and the output files that hold
    /// it; `nil` when no source holds it.
    typealias Origin = @Sendable (_ value: PrivateValue, _ paths: [String]) -> SourceLocation?

    /// Searches every file below `folder`, on the build's threads (``ParallelLoop/jobs``);
    /// returns an error at each value's place in the content for every value found, naming
    /// the files, sorted, that hold it.
    func scan(_ folder: URL, audience: Audience, origin: Origin? = nil) -> [Diagnostic] {
        guard !byKey.isEmpty else { return [] }
        let files = FolderWalk.files(below: folder)
        let findings = Findings()
        ParallelLoop.forEach(files.count) { index in
            let path = files[index]
            guard let data = FileManager.default.contents(atPath: folder.appending(path: path).path)
            else { return }
            search(data, named: path, into: findings)
        }
        return diagnostics(findings, audience: audience, origin: origin)
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
        findings.add(matches(in: data.span), in: path)
    }

    /// An error at each value found, naming the files, sorted, that hold it.
    func diagnostics(_ findings: Findings, audience: Audience, origin: Origin? = nil)
        -> [Diagnostic]
    {
        findings.byValue.map { index, paths in
            report(values[index], in: paths.sorted(), audience: audience, origin: origin)
        }
    }

    private func report(
        _ value: PrivateValue, in paths: [String], audience: Audience, origin: Origin?
    ) -> Diagnostic {
        let others =
            paths.count == 1
            ? "" : " (and \(paths.count - 1) other file\(paths.count == 2 ? "" : "s"))"
        if value.isAddress {
            let written = "\(paths[0])\(others) of the \(audience.rawValue) build"
            guard let source = origin?(value, paths) else {
                return .error(
                    "the private page \(value.text) is linked from \(written), and no template "
                        + "or content file holds the link as written; look for what writes "
                        + "'\(value.text)' into that page",
                    at: value.location)
            }
            let advice =
                source.file.hasSuffix(".mustache")
                ? "take the link out of this template, or show it only to the team with "
                    + "{{#audience.sees_handoffs}}…{{/audience.sees_handoffs}}"
                : "write it as a Markdown link, which a client build shows as text, or take it out"
            return .error(
                "this links to the private page \(value.text), which the \(audience.rawValue) "
                    + "build leaves out, and would publish its address in \(written); \(advice)",
                at: source)
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
}
