import FolioFormats
import FolioModel
import FolioParallel
import Foundation
import Synchronization

/// The search index as small script files that the search page loads as a query needs
/// them, so that a query reads a few of them and the page itself stays small at any size.
///
/// They are scripts, each calling the page's `folioSearch(name, data)`, because a page
/// opened from disk (`file://`) cannot `fetch` a file, while it can load a script beside it.
/// Under `search/shards/`:
/// - `root.js`: how many entries there are, how many one records shard holds, and the keys
///   of the term shards at the top;
/// - `terms/<key>.js`: for each folded word (``SearchText``) whose first two letters are the
///   key (a word of one letter is a key of its own), the entries that hold it. A shard
///   larger than ``termShardLimit`` holding more than one word is split by one more letter,
///   down to keys of ``longestKey`` letters: it then keeps only the word that is its key,
///   with `all`, the entries of every word it covers (for a query word that ends at its
///   key), and `next`, its children's keys. A file is named by its key's UTF-8 bytes in
///   hexadecimal, which any file system and address take as they are;
/// - `records/<n>.js`: entries from `n * recordsPerShard` on, as results show them:
///   `[kind, name, href, line, industry, tier, manager]`, `line` being the summary or,
///   without one, the start of the text, and the industry and tier their labels
///   (``ValueLabels``: "Tier 1");
/// - `facets/<facet>-<value>.js`: the entries of each value the search page's filters
///   offer: `manager-<person id>`, `industry-<slug>`, `tier-<slug>`, `health-<band>`.
///
/// Entry numbers are those of ``SearchIndex/entries`` and are written as
/// ``SearchPostings``. An entry's words are those of its title, summary, tags, industry,
/// manager's name, tier (as "tier 1"), the labels of its industry, tier and tags, and
/// excerpt, and for a client those of its account's
/// activity summaries. Only the excerpt of a body counts, so that a body edited past its
/// excerpt changes no shard (``BodyPatch``).
package struct SearchShards: Sendable {
    /// The shards' folder, from the site's root.
    static let folder = "search/shards/"
    /// The folders a build makes for the shards.
    package static let folders = ["terms", "records", "facets"].map { folder + $0 }
    /// How many entries one records shard holds: few enough that the records of the first
    /// results, in as many shards at worst, stay small.
    static let recordsPerShard = 32
    /// The size in bytes above which a term shard of more than one word is split, unless
    /// told otherwise.
    static let termShardLimit = 32 * 1024
    /// The longest key a term shard is split to, in Unicode scalars.
    static let longestKey = 8
    /// The length of the keys at the top, in Unicode scalars.
    static let topKeyLength = 2

    /// One file of `terms/`.
    struct TermShard: Sendable, Equatable {
        /// The first letters of its words.
        var key: String
        /// The words it holds the entries of, in the order of their UTF-8 bytes.
        var words: [String]
        /// For a shard that is split, every word it covers, whose entries its file lists as
        /// `all` (made when the file is written, as they can be most of the entries); else
        /// empty.
        var covered: [String] = []
        /// For a shard that is split, its children's keys; else empty.
        var next: [String] = []
    }

    let entries: [SearchIndex.Entry]
    /// Each word's entries, ascending.
    let postings: [String: [Int32]]
    /// The keys of the term shards at the top, in the order of their UTF-8 bytes.
    let keys: [String]
    let termShards: [TermShard]
    /// Each facet file's name (`industry-retail`) and entries.
    let facets: [(name: String, entries: [Int32])]
    /// How results name industries and tiers.
    let labels: ValueLabels

    init(
        _ index: SearchIndex, portfolio: Portfolio, terms: [Taxonomy: [Taxonomy.Term]],
        termShardLimit: Int = Self.termShardLimit
    ) {
        entries = index.entries
        labels = portfolio.settings.labels
        postings = Self.postings(of: index.entries, portfolio: portfolio)
        (keys, termShards) = Self.plan(postings, limit: termShardLimit)
        // The index lists the clients first, in the portfolio's order.
        let churned = Set(
            portfolio.clients.indices.filter { portfolio.clients[$0].account.status == .churned })
        facets = Self.facets(
            of: index.entries, leavingOut: churned, managers: index.managers.map(\.id),
            industries: terms[.industry] ?? [], tiers: terms[.tier] ?? [])
    }

    /// The text whose words find `entries[number]`.
    private static func texts(
        of entries: [SearchIndex.Entry], _ number: Int, portfolio: Portfolio
    ) -> [String] {
        let entry = entries[number]
        var texts = [entry.title, entry.summary ?? "", entry.industry ?? "", entry.text]
        texts += entry.tags
        if let name = portfolio.person(entry.manager)?.name { texts.append(name) }
        if let tier = entry.tier { texts.append("tier " + tier) }
        // A label of the site's own is found too ("Strategic" for tier 1).
        let labels = portfolio.settings.labels
        let labelled: [(ValueLabels.Vocabulary, String?)] =
            [(.industry, entry.industry), (.tier, entry.tier)] + entry.tags.map { (.tag, $0) }
        for (vocabulary, value) in labelled {
            if let value, case let label = labels.label(vocabulary, value), label != value {
                texts.append(label)
            }
        }
        // The index lists the clients first, in the portfolio's order.
        if number < portfolio.clients.count {
            let id = portfolio.clients[number].account.id
            texts += portfolio.activities(ofAccount: id).compactMap(\.summary)
        }
        return texts
    }

    /// Each word's entries, made from chunks of entries on up to ``ParallelLoop/jobs`` threads and joined
    /// in order, so that each list is ascending.
    private static func postings(
        of entries: [SearchIndex.Entry], portfolio: Portfolio
    ) -> [String: [Int32]] {
        // A few chunks a thread, to even out their ends: each chunk's words are merged
        // into the whole on one thread.
        let chunk = max(256, entries.count / (4 * ParallelLoop.jobs) + 1)
        let chunks = (entries.count + chunk - 1) / chunk
        let parts = Mutex([[String: [Int32]]](repeating: [:], count: chunks))
        ParallelLoop.forEach(chunks) { part in
            var postings: [String: [Int32]] = [:]
            for number in part * chunk..<min(entries.count, (part + 1) * chunk) {
                // An entry is listed once under each of its words: the entries come in
                // order, so a word seen before in this entry ends its list with it.
                func add(_ list: inout [Int32]) {
                    if list.last != Int32(number) { list.append(Int32(number)) }
                }
                for text in texts(of: entries, number, portfolio: portfolio) {
                    SearchText.forEachWord(in: text) { add(&postings[$0, default: []]) }
                }
            }
            parts.withLock { $0[part] = postings }
        }
        var postings: [String: [Int32]] = [:]
        for part in parts.withLock({ $0 }) {
            for (word, numbers) in part { postings[word, default: []].append(contentsOf: numbers) }
        }
        return postings
    }

    /// The first `length` Unicode scalars of `word`.
    static func key(of word: String, length: Int) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(length)))
    }

    /// The key of the top shard that holds `word`.
    static func topKey(of word: String) -> String {
        key(of: word, length: topKeyLength)
    }

    /// Whether `one` comes before `other` in the order of their UTF-8 bytes, which does not
    /// depend on Unicode's collation and is what the script's keys compare by.
    static func precedes(_ one: String, _ other: String) -> Bool {
        one.utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// The top keys and every term shard, each split until it fits.
    private static func plan(_ postings: [String: [Int32]], limit: Int)
        -> (keys: [String], shards: [TermShard])
    {
        let sizes = postings.mapValues(SearchPostings.encodedLength)
        func size(_ word: String) -> Int {
            JSONString.quoted(word).utf8.count + 2 + (sizes[word] ?? 0)
        }
        func shards(_ key: String, _ words: [String]) -> [TermShard] {
            let length = key.unicodeScalars.count
            let longer = words.filter { $0.unicodeScalars.count > length }
            guard words.count > 1, length < longestKey, !longer.isEmpty,
                words.reduce(0, { $0 + size($1) }) > limit
            else { return [TermShard(key: key, words: words.sorted(by: precedes))] }
            let groups = Dictionary(grouping: longer) { Self.key(of: $0, length: length + 1) }
            let next = groups.keys.sorted(by: precedes)
            let split = TermShard(
                key: key, words: words.filter { $0.unicodeScalars.count == length },
                covered: words, next: next)
            return [split] + next.flatMap { shards($0, groups[$0] ?? []) }
        }
        let groups = Dictionary(grouping: postings.keys, by: topKey)
        let keys = groups.keys.sorted(by: precedes)
        return (keys, keys.flatMap { shards($0, groups[$0] ?? []) })
    }

    /// The entries of each value of each filter, by file name; the entries of churned
    /// accounts (`leavingOut`) are found by their words but by no filter, as every count of
    /// the live book leaves them out.
    private static func facets(
        of entries: [SearchIndex.Entry], leavingOut churned: Set<Int>, managers: [String],
        industries: [Taxonomy.Term], tiers: [Taxonomy.Term]
    ) -> [(name: String, entries: [Int32])] {
        var byManager: [String: [Int32]] = [:]
        var byIndustry: [String: [Int32]] = [:]
        var byTier: [String: [Int32]] = [:]
        var byHealth: [String: [Int32]] = [:]
        for (number, entry) in entries.enumerated() where !churned.contains(number) {
            let number = Int32(number)
            if let manager = entry.manager { byManager[manager, default: []].append(number) }
            if let industry = entry.industry { byIndustry[industry, default: []].append(number) }
            if let tier = entry.tier { byTier[tier, default: []].append(number) }
            if let health = entry.health { byHealth[health, default: []].append(number) }
        }
        return managers.map { ("manager-\($0)", byManager[$0] ?? []) }
            + industries.map { ("industry-\($0.slug)", byIndustry[$0.value] ?? []) }
            + tiers.map { ("tier-\($0.slug)", byTier[$0.value] ?? []) }
            + HealthBand.allCases.map { ("health-\($0.rawValue)", byHealth[$0.rawValue] ?? []) }
    }

    // MARK: - Files

    /// The name of the term shard of `key`: its UTF-8 bytes in hexadecimal.
    static func fileName(ofKey key: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var name: [UInt8] = []
        for byte in key.utf8 {
            name.append(digits[Int(byte >> 4)])
            name.append(digits[Int(byte & 15)])
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// How many records shards there are.
    var recordShardCount: Int {
        (entries.count + Self.recordsPerShard - 1) / Self.recordsPerShard
    }

    /// Every shard, by path from the site's root; each file's text is made when asked for.
    package var files: [(path: String, text: @Sendable () -> String)] {
        var files: [(path: String, text: @Sendable () -> String)] = [
            (Self.folder + "root.js", { self.root })
        ]
        for shard in termShards {
            let name = "terms/" + Self.fileName(ofKey: shard.key)
            files.append((Self.folder + name + ".js", { self.text(of: shard, named: name) }))
        }
        for number in 0..<recordShardCount {
            files.append((Self.folder + "records/\(number).js", { self.records(number) }))
        }
        for (name, numbers) in facets {
            files.append(
                (
                    Self.folder + "facets/\(name).js",
                    { Self.script("facets/" + name, SearchPostings.encode(numbers)) }
                ))
        }
        return files
    }

    /// `root.js`.
    var root: String {
        let keys = keys.map(JSONString.quoted).joined(separator: ",")
        return Self.script(
            "root",
            "{\"entries\":\(entries.count),\"records\":\(Self.recordsPerShard),\"keys\":[\(keys)]}")
    }

    /// The text of the term shard `shard`, named `name`.
    func text(of shard: TermShard, named name: String) -> String {
        var json = "{\"terms\":{"
        json += shard.words.map {
            JSONString.quoted($0) + ":" + SearchPostings.encode(postings[$0] ?? [])
        }.joined(separator: ",")
        json += "}"
        if !shard.next.isEmpty {
            let all = SearchPostings.union(
                shard.covered.map { postings[$0] ?? [] }, count: entries.count)
            json += ",\"all\":" + SearchPostings.encode(all)
            json += ",\"next\":[" + shard.next.map(JSONString.quoted).joined(separator: ",") + "]"
        }
        return Self.script(name, json + "}")
    }

    /// The text of records shard `number`.
    func records(_ number: Int) -> String {
        let start = number * Self.recordsPerShard
        let lines = entries[start..<min(entries.count, start + Self.recordsPerShard)].map {
            entry in
            let line =
                entry.summary.flatMap { $0.isEmpty ? nil : $0 }
                ?? (entry.text.isEmpty ? nil : entry.text)
            let values = [
                entry.kind, entry.name, entry.href, line, labels.label(.industry, entry.industry),
                labels.label(.tier, entry.tier), entry.manager,
            ]
            return "[" + values.map(SearchIndex.quoted).joined(separator: ",") + "]"
        }
        return Self.script("records/\(number)", "[\n" + lines.joined(separator: ",\n") + "\n]")
    }

    /// A shard's file: a call of the page's `folioSearch` with its name and data, the data
    /// escaped as inside a `<script>` element so that no line separator or `</script>`
    /// in the content can end it early, however the file is loaded.
    private static func script(_ name: String, _ json: String) -> String {
        "folioSearch(\"\(name)\"," + JSONString.scriptSafe(json) + ");\n"
    }
}

/// Lists of entry numbers as the search page's script reads them.
///
/// A list is the shorter of two forms: a JSON array of the first number and the gap to each
/// next one (`[3,1,10]` is 3, 4 and 14), or a JSON string, in base64, of a bitmap whose bit
/// `n % 8` of byte `n / 8` stands for entry `n`. A word in most entries thus costs a bit
/// per entry, at most `entries / 6` bytes, however common it is.
enum SearchPostings {
    /// `numbers`, ascending, in the shorter form.
    static func encode(_ numbers: [Int32]) -> String {
        guard let last = numbers.last else { return "[]" }
        if bitmapLength(last) < gapsLength(numbers) {
            var bytes = [UInt8](repeating: 0, count: Int(last) / 8 + 1)
            for number in numbers { bytes[Int(number) / 8] |= 1 << (UInt8(number % 8)) }
            return "\"" + Data(bytes).base64EncodedString() + "\""
        }
        var text = "["
        var previous: Int32 = 0
        for (position, number) in numbers.enumerated() {
            if position > 0 { text += "," }
            text += String(number - previous)
            previous = number
        }
        return text + "]"
    }

    /// The length in bytes of `encode(numbers)`.
    static func encodedLength(_ numbers: [Int32]) -> Int {
        guard let last = numbers.last else { return 2 }
        return min(bitmapLength(last), gapsLength(numbers))
    }

    /// The entries in any of `lists`, ascending, among entries `0..<count`.
    static func union(_ lists: [[Int32]], count: Int) -> [Int32] {
        if lists.count == 1 { return lists[0] }
        var marks = [Bool](repeating: false, count: count)
        for list in lists {
            for number in list { marks[Int(number)] = true }
        }
        return marks.indices.filter { marks[$0] }.map(Int32.init)
    }

    /// The length of a bitmap up to entry `last`, in base64 between quotes.
    private static func bitmapLength(_ last: Int32) -> Int {
        let bytes = Int(last) / 8 + 1
        return 2 + 4 * ((bytes + 2) / 3)
    }

    /// The length of the array of gaps.
    private static func gapsLength(_ numbers: [Int32]) -> Int {
        var length = 1 + numbers.count  // the brackets and the commas between
        var previous: Int32 = 0
        for number in numbers {
            length += digits(number - previous)
            previous = number
        }
        return length
    }

    private static func digits(_ number: Int32) -> Int {
        var count = 1
        var rest = number / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }
}
