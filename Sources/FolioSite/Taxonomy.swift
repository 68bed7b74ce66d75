import FolioModel
import Foundation

/// A way to group accounts, each with a page per value and an index page:
/// `industries/`, `segments/`, `tiers/` and `tags/` (the briefs' tags).
package enum Taxonomy: String, CaseIterable, Sendable {
    case industry
    case segment
    case tier
    case tag

    /// One value of a taxonomy and the accounts that have it.
    struct Term: Sendable, Equatable {
        /// The value as the content writes it.
        var value: String
        /// The page's folder name: ASCII, lower-case, unique within the taxonomy.
        var slug: String
        /// Indexes into the portfolio's clients, in the portfolio's order (by name).
        var clients: [Int]
    }

    /// The longest slug a value gets, before `terms(in:)` makes it unique.
    static let maximumSlugLength = 80

    /// The folder of the taxonomy's pages.
    var folder: String {
        switch self {
        case .industry: "industries"
        case .segment: "segments"
        case .tier: "tiers"
        case .tag: "tags"
        }
    }

    /// "Industries".
    var title: String { folder.prefix(1).uppercased() + folder.dropFirst() }

    /// "Industry".
    var singular: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The index page's path from the site's root.
    var href: String { "\(folder)/index.html" }

    /// The vocabulary that labels the taxonomy's values (``ValueLabels``).
    var vocabulary: ValueLabels.Vocabulary {
        switch self {
        case .industry: .industry
        case .segment: .segment
        case .tier: .tier
        case .tag: .tag
        }
    }

    /// The title of `term`'s page: its label after the taxonomy's name ("Industry: Grocery
    /// retail"), or the label alone when it names the taxonomy already ("Tier 1").
    func title(of term: Term, labels: ValueLabels) -> String {
        let label = labels.label(vocabulary, term.value)
        let lowered = label.lowercased()
        if lowered.hasPrefix(rawValue + " ") || lowered == rawValue { return label }
        return "\(singular): \(label)"
    }

    /// The path of `term`'s page from the site's root.
    func href(_ term: Term) -> String { "\(folder)/\(term.slug)/index.html" }

    /// The values `client` has in this taxonomy.
    func values(of client: Portfolio.Client) -> [String] {
        let value: String?
        switch self {
        case .industry: value = client.account.industry
        case .segment: value = client.account.segment
        case .tier: value = client.account.tier
        case .tag: return client.brief?.tags ?? []
        }
        return value.map { [$0] } ?? []
    }

    /// Every value some account has, ordered by value ignoring case, with unique slugs.
    func terms(in portfolio: Portfolio) -> [Term] {
        var clientsByValue: [String: [Int]] = [:]
        // Churned accounts are left out, as from every count and list of the live book.
        for (index, client) in portfolio.clients.enumerated()
        where client.account.status != .churned {
            // Each value once per client. A short list is searched, without a set for each of
            // thousands of clients; a long one (a brief may list thousands of tags) goes
            // through a set, so that the search does not grow with the square of its length.
            let values = values(of: client)
            if values.count > 16 {
                for value in Set(values) where !value.isEmpty {
                    clientsByValue[value, default: []].append(index)
                }
            } else {
                for (position, value) in values.enumerated()
                where !value.isEmpty && !values[..<position].contains(value) {
                    clientsByValue[value, default: []].append(index)
                }
            }
        }
        var taken: Set<String> = []
        return clientsByValue.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map {
            value in
            var base = Self.slug(value)
            // `con` or `nul` would open a device rather than a folder on Windows.
            if PageName.isReservedDevice(base) { base += "-\(rawValue)" }
            var slug = base
            var suffix = 2
            while taken.contains(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(slug)
            return Term(value: value, slug: slug, clients: clientsByValue[value] ?? [])
        }
    }

    /// An ASCII, lower-case folder name for `value`.
    ///
    /// Accents are dropped (`Café` gives `cafe`), every run of other characters becomes one
    /// hyphen, none at either end; a value with no ASCII letter or digit left is `term`
    /// (made unique by `terms(in:)`). A slug stops at `maximumSlugLength` characters, so that
    /// a long value still makes a folder name every file system accepts.
    static func slug(_ value: String) -> String {
        let plain = value.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in plain.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty {
                    if slug.unicodeScalars.count + 2 > maximumSlugLength { break }
                    slug += "-"
                }
                if slug.unicodeScalars.count == maximumSlugLength { break }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "term" : slug
    }
}
