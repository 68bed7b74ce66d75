import FolioFormats
import FolioMarkdown
import FolioModel
import FolioParallel
import Synchronization

/// The search's entries: one per client, handoff, person and guide chapter.
///
/// Made once per build. The search page loads them in shards (``SearchShards``);
/// `search-index.json` holds them whole, for other tools.
///
/// Each entry of the JSON is an array rather than an object, in the order of `fields`, and
/// body text is cut to a short excerpt, so that the index of 10,000 accounts stays a few
/// megabytes.
package struct SearchIndex: Sendable {
    /// One searchable page.
    package struct Entry: Sendable, Equatable {
        /// `client`, `handoff`, `person` or `chapter`.
        var kind: String
        /// The page's title ("Handoff: Acme Logistics").
        var title: String
        /// What a search result calls the page beside its kind: the title, or for a
        /// handoff its account's name, so that no result reads "Handoff · Handoff: ...".
        var name: String
        /// The page's path from the site's root.
        var href: String
        var summary: String?
        var tags: [String]
        var industry: String?
        /// The account manager's person id.
        var manager: String?
        var tier: String?
        /// `red`, `yellow` or `green`.
        var health: String?
        /// The start of the page's Markdown as plain text.
        package var text: String
    }

    /// The names of an entry's values, in the order the JSON writes them.
    static let fields = [
        "kind", "title", "href", "summary", "tags", "industry", "manager", "tier", "health", "text",
    ]

    /// How many characters of a page's body text an entry keeps.
    static let excerptLength = 280

    package var entries: [Entry]
    /// Account managers that own an account, `(id, name)`, by name.
    var managers: [(id: String, name: String)]

    init(_ portfolio: Portfolio) {
        // The excerpts are most of the work (each body is parsed again for its text), and
        // independent: make them on every core.
        let bodies =
            portfolio.clients.map { $0.brief?.body ?? "" } + portfolio.handoffs.map(\.body)
            + portfolio.chapters.map(\.body)
        let excerpts = Self.excerpts(of: bodies)
        var entries: [Entry] = []
        entries.reserveCapacity(bodies.count + portfolio.people.count)
        for (offset, client) in portfolio.clients.enumerated() {
            let account = client.account
            entries.append(
                Entry(
                    kind: "client", title: client.displayName, name: client.displayName,
                    href: client.href,
                    summary: client.brief?.summary, tags: client.brief?.tags ?? [],
                    industry: account.industry, manager: account.accountManager?.id,
                    tier: account.tier, health: portfolio.healthBand(of: account)?.rawValue,
                    text: excerpts[offset]))
        }
        for (offset, handoff) in portfolio.handoffs.enumerated() {
            let client = portfolio.client(accountID: handoff.account.id)
            let account = client?.account
            let name = client?.displayName ?? handoff.account.id
            entries.append(
                Entry(
                    kind: "handoff", title: "Handoff: \(name)", name: name, href: handoff.href,
                    summary: handoff.whyTheyBought, tags: handoff.products,
                    industry: account?.industry,
                    manager: account?.accountManager?.id ?? handoff.to?.id, tier: account?.tier,
                    health: account.flatMap { portfolio.healthBand(of: $0)?.rawValue },
                    text: excerpts[portfolio.clients.count + offset]))
        }
        for person in portfolio.people {
            entries.append(
                Entry(
                    kind: "person", title: person.name, name: person.name, href: person.href,
                    summary: [
                        person.title,
                        portfolio.settings.labels.label(.teamRole, person.role?.rawValue),
                        person.region,
                    ].compactMap { $0 }
                        .joined(separator: " · "),
                    tags: [], industry: nil,
                    manager: person.role == .accountManager ? person.id : nil, tier: nil,
                    health: nil, text: ""))
        }
        for (offset, chapter) in portfolio.chapters.enumerated() {
            entries.append(
                Entry(
                    kind: "chapter", title: chapter.title, name: chapter.title,
                    href: chapter.href,
                    summary: chapter.summary, tags: [], industry: nil, manager: nil, tier: nil,
                    health: nil,
                    text: excerpts[portfolio.clients.count + portfolio.handoffs.count + offset]))
        }
        self.entries = entries
        let managerIDs = Set(portfolio.clients.compactMap(\.account.accountManager?.id))
        self.managers = portfolio.people.filter { managerIDs.contains($0.id) }.map {
            ($0.id, $0.name)
        }
    }

    /// The excerpt of each of `bodies`, in order, made on up to ``ParallelLoop/jobs`` threads.
    private static func excerpts(of bodies: [String]) -> [String] {
        let excerpts = Mutex([String](repeating: "", count: bodies.count))
        ParallelLoop.forEach(bodies.count) { index in
            let excerpt = Self.excerpt(bodies[index])
            excerpts.withLock { $0[index] = excerpt }
        }
        return excerpts.withLock { $0 }
    }

    /// The first `excerptLength` characters of `markdown` as plain text, with runs of
    /// white space made one space, cut at a word's end (a first word longer than that is
    /// cut where the excerpt ends).
    ///
    /// Only the start of the text is looked at: splitting a very large brief into words
    /// would cost minutes and gigabytes to keep a few hundred characters.
    package static func excerpt(_ markdown: String) -> String {
        guard markdown.contains(where: { !$0.isWhitespace }) else { return "" }
        // Words of the plain text are separated by single spaces, with none at either end.
        let text = Markdown.plainText(markdown)
        if let excerpt = asciiExcerpt(text) { return excerpt }
        var lastSpace: String.Index?
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " { lastSpace = index }
            if count == excerptLength { return String(text[..<(lastSpace ?? index)]) }
            count += 1
            index = text.index(after: index)
        }
        return text
    }

    /// The excerpt of `text` when its first `excerptLength + 1` bytes are ASCII, or `nil`.
    ///
    /// Each of those bytes is then a character of its own (plain text has no line breaks to
    /// pair), so the cut is found by counting bytes, where walking characters to find it
    /// would break graphemes for every one.
    private static func asciiExcerpt(_ text: String) -> String? {
        let utf8 = text.utf8
        var lastSpace: String.Index?
        var count = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") { lastSpace = index }
            if count == excerptLength { return String(text[..<(lastSpace ?? index)]) }
            count += 1
            utf8.formIndex(after: &index)
        }
        return text
    }

    /// The index as compact JSON, made when asked for, as it grows with the site:
    /// `{"fields":[...],"managers":{"id":"Name"},"entries":[[kind, title, ...], ...]}`.
    package func json() -> String {
        var json = "{\"fields\":[" + Self.fields.map(Self.quoted).joined(separator: ",") + "],"
        json += "\"managers\":{"
        json += managers.map { Self.quoted($0.id) + ":" + Self.quoted($0.name) }
            .joined(separator: ",")
        json += "},\"entries\":[\n"
        // Each entry's line is made on its own thread: at 100,000 accounts they are tens
        // of megabytes of escaped text.
        let lines = Mutex([String](repeating: "", count: entries.count))
        ParallelLoop.forEach(entries.count) { index in
            let line = Self.line(entries[index])
            lines.withLock { $0[index] = line }
        }
        json += lines.withLock { $0 }.joined(separator: ",\n")
        return json + "\n]}\n"
    }

    /// One entry as a JSON array, in the order of `fields`.
    private static func line(_ entry: Entry) -> String {
        let values = [
            Self.quoted(entry.kind), Self.quoted(entry.title), Self.quoted(entry.href),
            Self.quoted(entry.summary),
            "[" + entry.tags.map(Self.quoted).joined(separator: ",") + "]",
            Self.quoted(entry.industry), Self.quoted(entry.manager), Self.quoted(entry.tier),
            Self.quoted(entry.health), Self.quoted(entry.text),
        ]
        return "[" + values.joined(separator: ",") + "]"
    }

    /// A JSON string, or `null`.
    static func quoted(_ text: String?) -> String {
        text.map(JSONString.quoted) ?? "null"
    }
}
