/// The names close to one that matches nothing, for a message's "did you mean": every
/// message about an unknown account, person, template, name, field or command uses these,
/// so that each suggests in the same way.
///
/// A name is close to the one written when it differs only in letter case, when it is a few
/// typing mistakes away (inserted, dropped, changed or swapped characters, one for every
/// three characters written, at most three), or when it contains the name written, of three
/// characters or more (an id written in part, such as `acme` for `ACME-001`).
///
/// ```swift
/// let suggestions = Suggestions(among: ["build", "check", "serve"])
/// suggestions.didYouMean("bild")  // "did you mean 'build'?"
/// ```
package struct Suggestions: Sendable {
    /// How many names a message suggests at most.
    package static let limit = 3

    /// One name that may be suggested, with the texts it is found by, lower-cased.
    private struct Candidate: Sendable {
        var name: String
        var keys: [[Character]]
    }

    private let candidates: [Candidate]

    /// Suggestions among `names`.
    package init(among names: some Sequence<String>) {
        candidates = names.map { Candidate(name: $0, keys: [Array($0.lowercased())]) }
    }

    /// Suggestions among `names`, each also found by the texts `also` gives for it, such as
    /// an account's name for its id.
    package init<Item>(
        among items: some Sequence<Item>, name: (Item) -> String, also: (Item) -> [String]
    ) {
        candidates = items.map { item in
            let name = name(item)
            return Candidate(
                name: name, keys: ([name] + also(item)).map { Array($0.lowercased()) })
        }
    }

    /// The names closest to `written`, best first (fewest edits, then in alphabetical
    /// order), at most `limit`; never `written` itself, and only the names that differ from
    /// it in letter case alone when there are any.
    package func closest(to written: String, limit: Int = Suggestions.limit) -> [String] {
        let query = Array(written.lowercased())
        guard !query.isEmpty else { return [] }
        let allowed = min(3, max(1, (query.count + 1) / 3))
        var scored: [(score: Int, name: String)] = []
        for candidate in candidates where candidate.name != written {
            var best: Int?
            for key in candidate.keys where !key.isEmpty {
                let contains = query.count >= 3 && Self.contains(key, query)
                guard contains || abs(key.count - query.count) <= allowed else { continue }
                let distance = Self.distance(query, key)
                guard contains || distance <= allowed else { continue }
                best = min(best ?? distance, distance)
            }
            if let best { scored.append((best, candidate.name)) }
        }
        scored.sort { ($0.score, $0.name) < ($1.score, $1.name) }
        // A name that differs only in letter case is surely the one meant.
        if scored.first?.score == 0 { scored.removeAll { $0.score > 0 } }
        var names: [String] = []
        for entry in scored where !names.contains(entry.name) {
            names.append(entry.name)
            if names.count == limit { break }
        }
        return names
    }

    /// "did you mean 'X'?" for the names closest to `written`, or `nil` when none is close.
    package func didYouMean(_ written: String) -> String? {
        Self.didYouMean(closest(to: written))
    }

    /// "did you mean 'X'?", "did you mean 'X' or 'Y'?", "did you mean 'X', 'Y' or 'Z'?";
    /// `nil` for no names.
    package static func didYouMean(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        let quoted = names.map { "'\($0)'" }
        guard names.count > 1 else { return "did you mean \(quoted[0])?" }
        return "did you mean \(quoted.dropLast().joined(separator: ", ")) or '\(last)'?"
    }

    /// The number of characters inserted, dropped, changed or swapped with a neighbour that
    /// turn `left` into `right` (Levenshtein's distance, with a swap counted as one edit).
    package static func distance(_ left: String, _ right: String) -> Int {
        distance(Array(left), Array(right))
    }

    private static func distance(_ left: [Character], _ right: [Character]) -> Int {
        guard !left.isEmpty else { return right.count }
        guard !right.isEmpty else { return left.count }
        // Three rows of the table: two rows back are needed to count a swap.
        var beforePrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for row in 1...left.count {
            current[0] = row
            for column in 1...right.count {
                let cost = left[row - 1] == right[column - 1] ? 0 : 1
                var best = min(
                    previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, left[row - 1] == right[column - 2],
                    left[row - 2] == right[column - 1]
                {
                    best = min(best, beforePrevious[column - 2] + 1)
                }
                current[column] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[right.count]
    }

    /// Whether `text` holds `part` as a run of characters.
    private static func contains(_ text: [Character], _ part: [Character]) -> Bool {
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count)
        where text[start..<start + part.count].elementsEqual(part) {
            return true
        }
        return false
    }
}
