/// The parsed files a portfolio is merged from.
struct PortfolioSources: Sendable {
    var settings: SiteSettings
    var accounts: DataTable
    var team: DataTable?
    var activities: DataTable?
    var arr: DataTable?
    var briefs: [Document] = []
    var handoffs: [Document] = []
    var chapters: [Document] = []
    /// Markdown files listed but not read yet, when the loader was asked to defer them: the
    /// merge reads, parses and types each in one step and keeps only the typed record.
    var unread = UnreadDocuments()
}

/// The Markdown files of a content folder that the merge is to read itself, in file name
/// order, so that the parsed documents of a large site are never all in memory at once.
struct UnreadDocuments: Sendable {
    /// A Markdown file: its path in the file system, and as messages show it.
    struct File: Sendable {
        var location: String
        var path: String
    }

    var briefs: [File] = []
    var handoffs: [File] = []
    var chapters: [File] = []
}

extension DataTable {
    /// How messages name the `index`th row (from 0): a spreadsheet's row number for CSV,
    /// where the header is row 1, and the item's number for JSON and YAML lists.
    func rowLabel(_ index: Int) -> String {
        file.lowercased().hasSuffix(".csv") ? "row \(index + 2)" : "item \(index + 1)"
    }

    /// Reads every row with `read`, collecting the problems into `diagnostics`; without
    /// `makingFields`, no record gets its `fields`.
    func records<Record>(
        _ diagnostics: inout [Diagnostic], makingFields: Bool = true,
        _ read: (inout FieldReader) -> Record?
    ) -> [Record] {
        rows.enumerated().compactMap { index, row in
            var reader = FieldReader(
                row: row, rowLabel: rowLabel(index), headers: headers, dates: dates,
                makingFields: makingFields)
            let record = read(&reader)
            diagnostics += reader.diagnostics
            return record
        }
    }
}
