public import FolioFormats
public import FolioTemplates

extension DataNode {
    /// The node as a template value: scalars as text, lists and mappings kept whole, so that
    /// fields Folio does not know still reach the templates.
    public var templateValue: TemplateValue {
        switch content {
        case .null: .null
        case .scalar(let text): .string(text)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let entries):
            .map(
                TemplateMap(entries.lazy.map { ($0.key, $0.value.templateValue) }) { first, _ in
                    first
                })
        }
    }
}
