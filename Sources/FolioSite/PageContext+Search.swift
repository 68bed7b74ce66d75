import FolioFormats
import FolioModel
import FolioTemplates

/// The search page's context; the index itself is ``SearchIndex`` and its files
/// ``SearchShards``.
extension PageContext {
    /// The search page: where its script finds the index, and the values it filters by,
    /// each a link for readers without JavaScript.
    func search() -> TemplateValue {
        let index = searchIndex
        let accounts = portfolio.clients.map(\.account)
        func values(_ taxonomy: Taxonomy) -> TemplateValue {
            .list(
                (terms[taxonomy] ?? []).map {
                    [
                        "value": .string($0.value),
                        "label": .string(labels.label(taxonomy.vocabulary, $0.value)),
                        "slug": .string($0.slug), "href": .string(taxonomy.href($0)),
                        "accounts_count": .int($0.clients.count),
                    ]
                })
        }
        var bandCounts: [String: Int] = [:]
        for account in accounts where account.status != .churned {
            if let band = portfolio.healthBand(of: account) {
                bandCounts[band.rawValue, default: 0] += 1
            }
        }
        return [
            // It grows with the site: made only for a theme that shows it.
            "index": embedsSearchIndex ? .html(JSONString.scriptSafe(index.json())) : .null,
            "shards": .string(SearchShards.folder),
            "entries": .int(index.entries.count),
            "managers": .list(index.managers.map { person(portfolio.person($0.id)) }),
            "industries": values(.industry),
            "tiers": values(.tier),
            "health_bands": .list(
                HealthBand.allCases.map {
                    [
                        "value": .string($0.rawValue), "label": .string($0.label),
                        "accounts_count": .int(bandCounts[$0.rawValue] ?? 0),
                    ]
                }),
        ]
    }
}
