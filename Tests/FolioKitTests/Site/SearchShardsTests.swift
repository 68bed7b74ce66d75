import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

/// The search index in shards.
///
/// Which shard a word goes to, what a record holds, how entry numbers are written, and how
/// large the files of a generated portfolio grow. The shards are read back as the search
/// page's script reads them (``ShardFiles``).
@Suite struct SearchShardsTests {
    @Test(arguments: [
        ("muller", "mu", "6d75"),
        ("mu", "mu", "6d75"),
        ("a", "a", "61"),
        ("2027", "20", "3230"),
        ("東京都", "東京", "e69db1e4baac"),
        ("лейпциг", "ле", "d0bbd0b5"),
    ])
    func aWordGoesToTheShardOfItsFirstTwoLetters(word: String, key: String, file: String) {
        #expect(SearchShards.topKey(of: word) == key)
        #expect(SearchShards.fileName(ofKey: key) == file)
    }

    @Test func entryNumbersAreGapsOrABitmapWhicheverIsShorter() throws {
        #expect(SearchPostings.encode([]) == "[]")
        #expect(SearchPostings.encode([3, 4, 140]) == "[3,1,136]")
        // Entries 3, 4 and 14: "GEA=" is shorter than "[3,1,10]".
        #expect(SearchPostings.encode([3, 4, 14]) == "\"GEA=\"")
        #expect(SearchPostings.encode([0]) == "[0]")
        // Entries 0 to 15: two bytes of ones, "//8=" in base64, shorter than 16 gaps.
        let dense = (0..<16).map(Int32.init)
        #expect(SearchPostings.encode(dense) == "\"//8=\"")
        for numbers in [[], [7], [3, 4, 14], dense, [1, 9, 10, 11, 12, 13, 14, 15, 17, 1_000]]
            + [(0..<5_000).filter { $0 % 3 != 1 }.map(Int32.init)]
        {
            let encoded = SearchPostings.encode(numbers)
            #expect(SearchPostings.encodedLength(numbers) == encoded.utf8.count)
            let value = try JSONSerialization.jsonObject(
                with: Data(encoded.utf8), options: .fragmentsAllowed)
            #expect(ShardFiles.numbers(value) == numbers.map(Int.init))
        }
        #expect(SearchPostings.union([[1, 5], [0, 5, 9], []], count: 10) == [0, 1, 5, 9])
    }

    /// The portfolio of PortfolioMetricsTests: seven clients and three people.
    @Test func anAccountIsFoundByTheWordsOfItsActivities() throws {
        let portfolio = try PortfolioMetricsTests.portfolio()
        let files = ShardFiles(Self.shards(of: portfolio).files)
        let index = SearchIndex(portfolio)
        let gamma = try #require(index.entries.firstIndex { $0.name == "Gamma" })
        let delta = try #require(index.entries.firstIndex { $0.name == "Delta" })
        // "Invoice" is only in an activity of Gamma's account, "Planned" of Delta's.
        #expect(try files.entries(of: "invoice").entries == [gamma])
        #expect(try files.entries(of: "invo").entries == [gamma])
        #expect(try files.entries(of: "planned").entries == [delta])
        // The manager's name, and "tier" with the tier: Alpha, Fox and Beta are Ana's, and
        // of those Alpha and Fox are of tier 1.
        let alves = try files.entries(of: "alves").entries.map { index.entries[$0].name }
        #expect(alves == ["Alpha", "Beta", "Fox", "Ana Alves"])
        let tier = try Set(files.entries(of: "tier").entries)
            .intersection(files.entries(of: "1").entries)
            .intersection(files.entries(of: "alves").entries)
        #expect(tier.map { index.entries[$0].name }.sorted() == ["Alpha", "Fox"])
        #expect(try files.entries(of: "nothing").entries == [])
    }

    @Test func aFacetListsTheEntriesOfItsValue() throws {
        let portfolio = try PortfolioMetricsTests.portfolio()
        let files = ShardFiles(Self.shards(of: portfolio).files)
        let index = SearchIndex(portfolio)
        func names(_ facet: String) throws -> [String] {
            ShardFiles.numbers(try files.data("facets/" + facet)).map { index.entries[$0].name }
        }
        // Echo churned: search finds it by its words, but no filter.
        #expect(try names("manager-ben") == ["Delta", "Gamma", "Golf", "Ben Brook"])
        #expect(try names("industry-logistics") == ["Delta", "Gamma", "Golf"])
        #expect(try names("tier-2") == ["Beta", "Delta"])
        // Delta has a score of 30, Echo (churned) of 10; Fox has none.
        #expect(try names("health-red") == ["Delta"])
        #expect(files.names.filter { $0.hasPrefix("facets/") }.count == 2 + 2 + 2 + 3)
    }

    /// The sample site: names with accents, a word found only in activities, and a handoff's
    /// record, as the built files hold them.
    @Test func theSampleFindsNamesWithoutTheirAccents() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        #expect(site.build().result.succeeded)
        let files = try ShardFiles(folder: site.root.appending(path: "Public"))
        func names(_ query: String) throws -> [String] {
            var found: Set<Int>? = nil
            for word in SearchText.words(query) {
                let entries = Set(try files.entries(of: word).entries)
                found = found.map { $0.intersection(entries) } ?? entries
            }
            return try (found ?? []).sorted().map { number in
                let record = try files.record(number)
                return "\(record[0]) \(record[1])"
            }
        }
        #expect(try names("muller") == ["client Müller Kälte GmbH", "handoff Müller Kälte GmbH"])
        #expect(try names("MÜLLER kälte") == names("muller kalte"))
        #expect(try names("societe").contains("client Société Portuaire de l'Estuaire"))
        #expect(try names("tomas herrera").contains("person Tomás Herrera"))
        // "countersigned" is written only in the activities of these two accounts.
        #expect(
            try names("countersigned") == [
                "client Cascade Freight Lines", "client Müller Kälte GmbH",
            ])
        // The search page itself holds no index.
        let page = try String(
            contentsOf: site.root.appending(path: "Public/search/index.html"), encoding: .utf8)
        #expect(!page.contains("application/json"))
        #expect(page.contains(#"data-shards="../search/shards/""#))
        #expect(page.utf8.count < 20_000)
    }

    /// A portfolio of a few thousand generated accounts, with its shards split at the usual
    /// limit and at a small one.
    @Test func shardsStaySmallAndEveryWordIsFoundThroughThem() throws {
        let portfolio = try Self.generated(accounts: 3_000)
        let index = SearchIndex(portfolio)
        let shards = Self.shards(of: portfolio)
        let files = ShardFiles(shards.files)
        #expect(index.entries.count == 3_000 + 30 + 12)

        // At the usual limit nothing needs splitting at this size, and each kind of file
        // stays within its bound.
        for (name, text) in files.texts {
            let bound =
                name.hasPrefix("terms/")
                ? SearchShards.termShardLimit
                : name.hasPrefix("records/") ? 12 * 1024 : name == "root" ? 8 * 1024 : 1_024
            #expect(text.utf8.count <= bound, "\(name) is \(text.utf8.count) bytes")
        }
        // A query for a word reads the root, its term shard and the records of its first 20
        // results, at worst 20 records shards of about 5 KB: "wharfage" is in a tenth of the
        // briefs, scattered, and "the" in every one.
        for word in ["the", "wharfage", "kestrel", "2718", "zoe"] {
            let query = try files.entries(of: word)
            #expect(!query.entries.isEmpty, "\(word)")
            let records = Set(query.entries.prefix(20).map { $0 / SearchShards.recordsPerShard })
            let loaded = query.loaded + records.map { "records/\($0)" }
            let bytes = loaded.reduce(0) { $0 + (files.texts[$1]?.utf8.count ?? 0) }
            #expect(bytes <= 128 * 1024, "\(word): \(bytes) bytes in \(loaded)")
        }

        // With a limit of 1 KB, shards split, and every word, and the first two and three
        // letters of each, find exactly the entries of the words they start; a query of one
        // letter finds that word alone.
        let small = ShardFiles(Self.shards(of: portfolio, limit: 1_024).files)
        #expect(shards.termShards.allSatisfy { $0.next.isEmpty })
        #expect(small.names.filter { $0.hasPrefix("terms/") }.count > shards.termShards.count)
        for (name, text) in small.texts where name.hasPrefix("terms/") {
            // A shard over the limit holds one word, or is split and holds its key's word,
            // the entries of all its words and its children's keys.
            #expect(text.utf8.count <= 4 * 1_024, "\(name) is \(text.utf8.count) bytes")
        }
        let words = shards.postings.keys.sorted(by: SearchShards.precedes)
        var queries = Set(words)
        for word in words {
            for length in [2, 3] where word.unicodeScalars.count > length {
                queries.insert(SearchShards.key(of: word, length: length))
            }
        }
        for query in queries.sorted(by: SearchShards.precedes) {
            // The words that start with the query follow it in the order of their bytes.
            var first = words.partitioningIndex { !SearchShards.precedes($0, query) }
            var started: [[Int32]] = []
            while first < words.count,
                words[first].unicodeScalars.starts(with: query.unicodeScalars)
            {
                if query.unicodeScalars.count > 1 || words[first] == query {
                    started.append(shards.postings[words[first]] ?? [])
                }
                first += 1
            }
            let expected = SearchPostings.union(started, count: index.entries.count)
            #expect(try small.entries(of: query).entries == expected.map(Int.init), "\(query)")
        }
    }

    // MARK: - Helpers

    /// The shards of `portfolio`, split above `limit` bytes.
    static func shards(of portfolio: Portfolio, limit: Int = SearchShards.termShardLimit)
        -> SearchShards
    {
        let terms = Dictionary(
            uniqueKeysWithValues: Taxonomy.allCases.map { ($0, $0.terms(in: portfolio)) })
        return SearchShards(
            SearchIndex(portfolio), portfolio: portfolio, terms: terms, termShardLimit: limit)
    }

    /// `count` accounts with a brief each but every tenth, three to seven activities each,
    /// one account manager per 100 accounts and one salesperson per 250, made from a fixed
    /// seed with the vocabulary of Benchmarks/generate.py.
    static func generated(accounts count: Int) throws -> Portfolio {
        var seed: UInt64 = 4
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func pick(_ list: [String]) -> String { list[next(list.count)] }
        let first = ["Ada", "Bruno", "Chloe", "Dev", "Elena", "Farid", "Grace", "Zoe"]
        let last = ["Abbott", "Berg", "Castro", "Dahl", "Eriksen", "Fischer", "Garcia", "Hale"]
        let prefixes = ["Cascade", "Harbor", "Summit", "Ironbridge", "Kestrel", "Meridian"]
        let kinds = ["Freight", "Logistics", "Grocers", "Supply", "Parcel", "Shipping"]
        let industries = ["Trucking and freight", "Grocery retail", "Parcel delivery"]
        let words =
            ("the team wants fewer missed pickups and clearer numbers for the board while the "
            + "yard staff ask for training before the busy season starts and the finance lead "
            + "reads every figure twice so bring sources and keep the summary short").split(
                separator: " "
            ).map(String.init)
        func sentence(_ low: Int, _ high: Int) -> String {
            (0..<(low + next(high - low + 1))).map { _ in pick(words) }.joined(separator: " ")
        }
        let managers = (1...max(5, count / 100)).map { "am-\($0)" }
        let sellers = (1...max(3, count / 250)).map { "sp-\($0)" }
        var team = "id,name,role\n"
        for id in managers { team += "\(id),\(pick(first)) \(pick(last)),account_manager\n" }
        for id in sellers { team += "\(id),\(pick(first)) \(pick(last)),salesperson\n" }
        var accounts = "account_id,name,account_manager,salesperson,industry,tier,health_score\n"
        var activities = "account_id,date,type,summary\n"
        var briefs: [Document] = []
        for number in 1...count {
            let id = "G-\(number)"
            let name = "\(pick(prefixes)) \(pick(kinds)) \(number)"
            accounts +=
                "\(id),\(name),\(pick(managers)),\(pick(sellers)),\(pick(industries)),"
                + "\(1 + next(3)),\(10 + next(90))\n"
            for _ in 0..<(3 + next(5)) {
                activities += "\(id),2026-0\(1 + next(9))-1\(next(9)),call,\(sentence(6, 12))\n"
            }
            // A word in a tenth of the briefs only.
            let rare = next(10) == 0 ? " wharfage" : ""
            if number % 10 != 0 {
                briefs.append(
                    try Document.parse(
                        text: "---\naccount: \(id)\nsummary: \(sentence(10, 16))\n"
                            + "tags: [renewal-\(2027 + next(2))]\n---\n\(sentence(40, 60))\(rare)\n",
                        path: "clients/g-\(number).md"))
            }
        }
        let sources = PortfolioSources(
            settings: SiteSettings(), accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: try CSVReader.read(team, file: "team.csv"),
            activities: try CSVReader.read(activities, file: "activities.csv"),
            arr: try CSVReader.read("account_id,date,type,amount\n", file: "arr.csv"),
            briefs: briefs)
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        #expect(!problems.contains { $0.severity == .error }, "\(problems.prefix(3))")
        return portfolio
    }
}

extension Array {
    /// The index of the first element for which `belongs` holds, in an array where every
    /// element for which it holds follows every one for which it does not.
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Shard files read as the search page's script (`assets/folio.js`) reads them.
struct ShardFiles {
    /// Each file's text, by name: its path below `search/shards/` without `.js`.
    let texts: [String: String]

    var names: [String] { texts.keys.sorted() }

    init(_ files: [(path: String, text: @Sendable () -> String)]) {
        texts = Dictionary(
            uniqueKeysWithValues: files.map {
                (String($0.path.dropFirst(SearchShards.folder.count).dropLast(3)), $0.text())
            })
    }

    /// The shards among the files of a built site, by path.
    init(site: [String: String]) {
        var texts: [String: String] = [:]
        for (path, text) in site where path.hasPrefix(SearchShards.folder) {
            texts[String(path.dropFirst(SearchShards.folder.count).dropLast(3))] = text
        }
        self.texts = texts
    }

    /// The shards of the site built into `folder`.
    init(folder: URL) throws {
        let shards = folder.appending(path: SearchShards.folder)
        var texts: [String: String] = [:]
        for (path, data) in SiteFixture.files(in: shards) where path.hasSuffix(".js") {
            texts[String(path.dropLast(3))] = String(decoding: data, as: UTF8.self)
        }
        self.texts = texts
    }

    /// The data the file `name` hands to `folioSearch`.
    func data(_ name: String) throws -> Any {
        let text = try #require(texts[name], "there is no shard \(name)")
        let call = "folioSearch(\"\(name)\","
        #expect(text.hasPrefix(call) && text.hasSuffix(");\n"), "\(name)")
        let json = text.dropFirst(call.count).dropLast(3)
        return try JSONSerialization.jsonObject(
            with: Data(json.utf8), options: .fragmentsAllowed)
    }

    /// A list of entry numbers, from its array of gaps or its base64 bitmap.
    static func numbers(_ list: Any) -> [Int] {
        if let bitmap = list as? String {
            let bytes = Data(base64Encoded: bitmap) ?? Data()
            return bytes.enumerated().flatMap { index, byte in
                (0..<8).filter { byte & (1 << $0) != 0 }.map { index * 8 + $0 }
            }
        }
        var number = 0
        return (list as? [Int] ?? []).map {
            number += $0
            return number
        }
    }

    /// The entries of every word that starts with `word` (folded), and the files read to
    /// find them, walking from the root through split shards as the script does.
    func entries(of word: String) throws -> (entries: [Int], loaded: [String]) {
        let root = try #require(data("root") as? [String: Any])
        let keys = try #require(root["keys"] as? [String])
        let count = try #require(root["entries"] as? Int)
        let letters = Array(word.unicodeScalars)
        func prefix(_ length: Int) -> String {
            String(String.UnicodeScalarView(letters.prefix(length)))
        }
        var loaded = ["root"]
        var length = min(2, letters.count)
        guard keys.contains(prefix(length)) else { return ([], loaded) }
        while true {
            let name = "terms/" + Self.hex(prefix(length))
            loaded.append(name)
            let shard = try #require(data(name) as? [String: Any])
            if let next = shard["next"] as? [String] {
                if letters.count == length { return (Self.numbers(shard["all"] ?? []), loaded) }
                guard next.contains(prefix(length + 1)) else { return ([], loaded) }
                length += 1
                continue
            }
            let terms = try #require(shard["terms"] as? [String: Any])
            let lists = terms.filter { $0.key.unicodeScalars.starts(with: letters) }.values
            let marked = Set(lists.flatMap(Self.numbers))
            return ((0..<count).filter(marked.contains), loaded)
        }
    }

    /// The record of entry `number`.
    func record(_ number: Int) throws -> [Any] {
        let shard = number / SearchShards.recordsPerShard
        let records = try #require(data("records/\(shard)") as? [[Any]])
        return records[number % SearchShards.recordsPerShard]
    }

    /// The UTF-8 bytes of `text` in hexadecimal, as the script names a term shard.
    static func hex(_ text: String) -> String {
        text.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
