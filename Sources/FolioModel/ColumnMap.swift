package import FolioFormats

/// What `site.yml` says about one data file's columns: which headers of a CRM export stand
/// for which Folio fields (`columns:`), and how the file writes dates (`dates:`).
///
/// ```yaml
/// columns:
///   accounts.csv:
///     Account Name: name
///     Account ID: account_id
/// dates:
///   accounts.csv: MM/DD/YYYY
/// ```
///
/// The rename happens on the parsed table, before any field is typed, so every cell keeps
/// its line and column and every message can name the header as the file writes it.
package struct ColumnMap: Sendable {
    /// One `Header: field` entry.
    struct Rename: Sendable {
        /// The header as written in the data file.
        var header: String
        /// Where the header is written in `site.yml`.
        var location: SourceLocation
        /// The field the column stands for.
        var field: String
        /// Where the field is written in `site.yml`.
        var fieldLocation: SourceLocation
    }

    /// The data file's name, such as `accounts.csv`.
    var file: String
    /// Where the file is named in `site.yml`.
    var location: SourceLocation
    /// The entries, in the order written.
    var renames: [Rename] = []

    /// The fields Folio reads from each data file, by the file's name without extension.
    static let folioFields: [String: [String]] = [
        "accounts": [
            "account_id", "name", "account_manager", "salesperson", "industry", "segment", "tier",
            "status", "arr", "currency", "contract_start", "renewal_date", "health_score", "nps",
            "products", "last_touchpoint",
        ],
        "team": ["id", "name", "title", "role", "email", "region"],
        "activities": ["account_id", "date", "type", "summary", "owner"],
        "arr": ["account_id", "date", "type", "amount"],
    ]

    /// Reads `site.yml`'s `columns:` mapping of file names to mappings of headers to fields.
    static func read(_ node: DataNode, into reader: inout FieldReader) -> [ColumnMap] {
        node.entries.compactMap { file -> ColumnMap? in
            guard case .map(let entries) = file.value.content else {
                reader.report(
                    file.value.mismatch(
                        "'columns.\(file.key)'",
                        expected: "a mapping of the file's headers to Folio fields, such as "
                            + "'Account Name: name'"))
                return nil
            }
            var map = ColumnMap(file: file.key, location: file.keyLocation)
            for entry in entries {
                guard case .scalar(let field) = entry.value.content,
                    !field.trimmingWhitespace.isEmpty
                else {
                    reader.report(
                        entry.value.mismatch(
                            "'columns.\(file.key).\(entry.key)'",
                            expected: "the name of the Folio field the column stands for, such "
                                + "as name"))
                    continue
                }
                map.renames.append(
                    Rename(
                        header: entry.key.trimmingWhitespace, location: entry.keyLocation,
                        field: field.trimmingWhitespace, fieldLocation: entry.value.location))
            }
            return map
        }
    }

    /// Reads `site.yml`'s `dates:` mapping of file names to date orders.
    static func readDates(_ node: DataNode, into reader: inout FieldReader)
        -> [(file: String, order: DateStyle.Order?, location: SourceLocation)]
    {
        let allowed = ["YYYY-MM-DD"] + DateStyle.Order.allCases.map(\.rawValue)
        var dates: [(file: String, order: DateStyle.Order?, location: SourceLocation)] = []
        for entry in node.entries {
            do throws(Diagnostic) {
                let written = try entry.value.oneOf(allowed, "'dates.\(entry.key)'")
                dates.append((entry.key, DateStyle.Order(rawValue: written), entry.keyLocation))
            } catch {
                reader.report(error)
            }
        }
        return dates
    }

    /// The data tables with `settings`' maps and date orders applied, by name (`accounts`),
    /// and every problem found: a header the file does not have, two columns for one
    /// field, a file `site.yml` names that the site does not have.
    ///
    /// `unreadable` names files that exist but could not be read (their errors are already
    /// reported), so that a map for them is not also called a map for a missing file.
    package static func apply(
        _ settings: SiteSettings, to tables: [String: DataTable], unreadable: Set<String> = []
    ) -> ([String: DataTable], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var result = tables
        let byFile = Dictionary(
            tables.map { ($0.value.fileName, $0.key) }, uniquingKeysWith: { first, _ in first })
        let known = byFile.keys.sorted()
        func missing(_ file: String, _ key: String, _ location: SourceLocation) {
            guard !unreadable.contains(file) else { return }
            let fix =
                Suggestions(among: known).didYouMean(file)
                ?? "name one of its data files (\(known.joined(separator: ", "))) as written in "
                + "Content/data"
            diagnostics.append(
                .error(
                    "site.yml names '\(file)' under '\(key)', but the site has no such data "
                        + "file; \(fix)", at: location))
        }
        for map in settings.columns {
            guard let name = byFile[map.file], let table = result[name] else {
                missing(map.file, "columns", map.location)
                continue
            }
            result[name] = map.rename(table, fields: folioFields[name] ?? [], &diagnostics)
        }
        // Every file learns its name and where site.yml is, so that a slashed date in a file
        // without a declaration is told the line that declares it.
        for name in result.keys {
            guard let table = result[name] else { continue }
            result[name]?.dates = DateStyle(
                order: nil, file: table.fileName, settingsFile: settings.file,
                settingsHaveDates: settings.hasDates)
        }
        for declared in settings.dates {
            guard let name = byFile[declared.file] else {
                missing(declared.file, "dates", declared.location)
                continue
            }
            result[name]?.dates.order = declared.order
        }
        for name in result.keys.sorted() {
            guard let table = result[name], let fields = folioFields[name] else { continue }
            diagnostics += misspelledColumns(table, fields: fields)
        }
        return (result, diagnostics)
    }

    /// A warning for each column of `table` that is not one of `fields` but is a few typing
    /// mistakes from one the table lacks (`acount_manager`), at its header: such a column
    /// is otherwise taken for one of the user's own and silently left to templates.
    ///
    /// Columns renamed by `columns:` are checked where they are mapped. A JSON or YAML file
    /// has no header, so each key is checked where it is first written.
    private static func misspelledColumns(_ table: DataTable, fields: [String]) -> [Diagnostic] {
        let renamed = Set(table.headers.values)
        var written: [(name: String, location: SourceLocation)] = []
        if table.columns.isEmpty {
            var seen = renamed
            for row in table.rows {
                for entry in row.entries where seen.insert(entry.key).inserted {
                    written.append((entry.key, entry.keyLocation))
                }
            }
        } else {
            for column in table.columns {
                guard case .scalar(let name) = column.content, !renamed.contains(name) else {
                    continue
                }
                written.append((name, column.location))
            }
        }
        let present = Set(written.map(\.name)).union(table.headers.keys)
        let suggestions = Suggestions(among: fields.filter { !present.contains($0) })
        return written.compactMap { name, location in
            guard !fields.contains(name), let hint = suggestions.didYouMean(name) else {
                return nil
            }
            return .warning(
                "column '\(name)' of \(table.fileName) is not a field Folio reads from it, so it "
                    + "is ignored (templates still see it under fields); \(hint)", at: location)
        }
    }

    /// `table` with its columns renamed; `fields` are the names Folio reads from it.
    ///
    /// Each row keeps its renamed cells under the original header too, after the others,
    /// so that templates still find them under `fields` by either name.
    private func rename(
        _ table: DataTable, fields: [String], _ diagnostics: inout [Diagnostic]
    ) -> DataTable {
        var headers: [String] = []
        var headerLocations: [String: SourceLocation] = [:]
        if table.columns.isEmpty {
            var seen = Set<String>()
            for row in table.rows {
                for entry in row.entries where seen.insert(entry.key).inserted {
                    headers.append(entry.key)
                }
            }
        } else {
            for column in table.columns {
                guard case .scalar(let name) = column.content else { continue }
                headers.append(name)
                headerLocations[name] = column.location
            }
        }
        let present = Set(headers)
        let renamedAway = Set(renames.map(\.header)).intersection(present)
        var targets: [String: Rename] = [:]
        var renaming: [String: String] = [:]
        for rename in renames {
            guard present.contains(rename.header) else {
                let hint =
                    Suggestions(among: headers).didYouMean(rename.header).map { " (\($0))" } ?? ""
                diagnostics.append(
                    .error(
                        "\(file) has no column '\(rename.header)' to read as '\(rename.field)'"
                            + "\(hint); write the header exactly as the file does, or remove "
                            + "the entry", at: rename.location))
                continue
            }
            if let first = targets[rename.field] {
                diagnostics.append(
                    .error(
                        "columns '\(first.header)' and '\(rename.header)' of \(file) both map to "
                            + "'\(rename.field)'; map only one of them to it",
                        at: rename.location,
                        notes: [
                            .note(
                                "'\(first.header)' is mapped to '\(rename.field)' here",
                                at: first.location)
                        ]))
                continue
            }
            if present.contains(rename.field), !renamedAway.contains(rename.field) {
                diagnostics.append(
                    .error(
                        "columns '\(rename.header)' and '\(rename.field)' of \(file) would both "
                            + "be '\(rename.field)'; map '\(rename.header)' to another field, or "
                            + "rename or remove the column '\(rename.field)' in the file",
                        at: rename.location,
                        notes: headerLocations[rename.field].map {
                            [.note("the column '\(rename.field)' is here", at: $0)]
                        } ?? []))
                continue
            }
            if !fields.contains(rename.field) {
                diagnostics.append(
                    .warning(
                        "'\(rename.field)' is not a field Folio reads from \(file), so column "
                            + "'\(rename.header)' reaches templates only, as "
                            + "fields.\(rename.field); "
                            + (Suggestions(among: fields).didYouMean(rename.field).map { $0 + " " }
                                ?? "") + "Folio's fields are " + fields.joined(separator: ", "),
                        at: rename.fieldLocation))
            }
            targets[rename.field] = rename
            renaming[rename.header] = rename.field
        }
        guard !renaming.isEmpty else { return table }
        var renamed = table
        renamed.rows = table.rows.map { row in
            guard case .map(let entries) = row.content else { return row }
            var cells = entries.map { entry in
                var cell = entry
                if let field = renaming[entry.key] { cell.key = field }
                return cell
            }
            let keys = Set(cells.map(\.key))
            cells += entries.filter { renaming[$0.key] != nil && !keys.contains($0.key) }
            return DataNode(.map(cells), at: row.location)
        }
        renamed.headers = Dictionary(
            renaming.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return renamed
    }
}

extension DataTable {
    /// The file's name without its folder, such as `accounts.csv`.
    var fileName: String {
        file.split(separator: "/").last.map(String.init) ?? file
    }
}
