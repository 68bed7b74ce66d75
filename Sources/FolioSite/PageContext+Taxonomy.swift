import FolioModel
import FolioTemplates

/// The pages of the taxonomies (industry, segment, tier, tag): each taxonomy's index of
/// values, and each value's accounts.
extension PageContext {
    /// A taxonomy's page: the taxonomy, and each of its values.
    func taxonomyPage(_ taxonomy: Taxonomy) -> TemplateMap {
        ["taxonomy": self.taxonomy(taxonomy), "terms": .list(termValues[taxonomy] ?? [])]
    }

    func taxonomy(_ taxonomy: Taxonomy) -> TemplateValue {
        [
            "key": .string(taxonomy.rawValue), "title": .string(taxonomy.title),
            "singular": .string(taxonomy.singular), "href": .string(taxonomy.href),
            "terms_count": .int(terms[taxonomy]?.count ?? 0),
        ]
    }

    /// Page `number` of a taxonomy value's accounts: the value, the page's accounts as
    /// `term.accounts`, and the pagination.
    func termPage(_ taxonomy: Taxonomy, _ index: Int, number: Int) -> TemplateMap {
        let term = (terms[taxonomy] ?? [])[index]
        let list = PagedList.term(taxonomy, index, term)
        var value = termValues[taxonomy]?[index] ?? .null
        if case .map(var map) = value {
            map["accounts"] = .list(rows(of: list, list.rows(page: number)))
            value = .map(map)
        }
        return [
            "taxonomy": self.taxonomy(taxonomy), "term": value,
            "pagination": pagination(list, number: number),
        ]
    }

    /// A value of `taxonomy` with its accounts' count and ARR.
    func term(_ taxonomy: Taxonomy, _ term: Taxonomy.Term) -> TemplateValue {
        let arr = portfolio.arrByCurrency(term.clients.map { portfolio.clients[$0].account })
        return [
            "value": .string(term.value),
            "label": .string(labels.label(taxonomy.vocabulary, term.value)),
            "title": .string(taxonomy.title(of: term, labels: labels)),
            "slug": .string(term.slug),
            "href": .string(taxonomy.href(term)), "accounts_count": .int(term.clients.count),
            "arr": money(arr), "multiple_currencies": .bool(arr.count > 1),
        ]
    }

    /// The four taxonomies, for links to their index pages.
    func taxonomies() -> TemplateValue {
        .list(Taxonomy.allCases.map(taxonomy))
    }
}
