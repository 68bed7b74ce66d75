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

    /// Drops the rows and documents, keeping the settings and the files' names.
    mutating func releaseRecords() {
        accounts.rows = []
        team?.rows = []
        activities?.rows = []
        arr?.rows = []
        briefs = []
        handoffs = []
        chapters = []
    }
}

extension DataTable {
    /// How messages name the `index`th row (from 0): a spreadsheet's row number for CSV,
    /// where the header is row 1, and the item's number for JSON and YAML lists.
    func rowLabel(_ index: Int) -> String {
        file.lowercased().hasSuffix(".csv") ? "row \(index + 2)" : "item \(index + 1)"
    }

    /// Reads every row with `read`, collecting the problems into `diagnostics`.
    func records<Record>(
        _ diagnostics: inout [Diagnostic], _ read: (inout FieldReader) -> Record?
    ) -> [Record] {
        rows.enumerated().compactMap { index, row in
            var reader = FieldReader(
                row: row, rowLabel: rowLabel(index), headers: headers, dates: dates)
            let record = read(&reader)
            diagnostics += reader.diagnostics
            return record
        }
    }
}
