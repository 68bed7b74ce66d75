public import Foundation

/// One data file of a site, such as `Content/data/accounts.csv`: where it is and which of the
/// formats Folio reads it is written in.
public struct DataFile: Hashable, Sendable {
    /// The formats a data file may be written in, named by their file extensions.
    public enum Format: String, CaseIterable, Sendable {
        /// RFC 4180 CSV with a header row.
        case csv
        /// A JSON array of objects.
        case json
        /// A YAML list of mappings.
        case yml
        /// A YAML list of mappings.
        case yaml
    }

    /// Where the file is.
    public var url: URL
    /// The file's path as shown to the user.
    public var path: String
    /// The file's format.
    public var format: Format

    /// Describes a data file.
    public init(url: URL, path: String, format: Format) {
        self.url = url
        self.path = path
        self.format = format
    }

    /// The data file called `name` (without extension) in `folder`, whatever its format, or
    /// `nil` when there is none.
    ///
    /// - Parameters:
    ///   - name: The file's name without extension, such as `accounts`.
    ///   - folder: The folder to look in, such as the site's `Content/data`.
    ///   - display: The folder's path as shown to the user, such as `Content/data`.
    /// - Throws: An error naming the files when more than one format exists for `name`: a site
    ///   picks one format per file name.
    public static func find(_ name: String, in folder: URL, display: String) throws(Diagnostic)
        -> DataFile?
    {
        let prefix = display.isEmpty || display.hasSuffix("/") ? display : display + "/"
        let found = Format.allCases.compactMap { format -> DataFile? in
            let url = folder.appendingPathComponent("\(name).\(format.rawValue)")
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { return nil }
            return DataFile(url: url, path: "\(prefix)\(name).\(format.rawValue)", format: format)
        }
        guard found.count <= 1 else {
            let paths = found.map(\.path)
            let listed = paths.dropLast().joined(separator: ", ") + " and " + (paths.last ?? "")
            throw Diagnostic.error(
                "\(listed) \(found.count == 2 ? "both" : "all") hold the data '\(name)'; keep "
                    + "one of them (a site picks one format per data file name)")
        }
        return found.first
    }

    /// Finds the data file called `name` in `folder` (see `find`) and reads it, or returns
    /// `nil` when there is none.
    public static func read(name: String, in folder: URL, display: String)
        throws(DiagnosticList) -> DataTable?
    {
        let file: DataFile?
        do {
            file = try find(name, in: folder, display: display)
        } catch {
            throw DiagnosticList([error])
        }
        return try file?.read()
    }

    /// Reads and parses the file.
    public func read() throws(DiagnosticList) -> DataTable {
        let text: String
        do {
            text = try SourceText.read(url, file: path)
        } catch {
            throw DiagnosticList([error])
        }
        return try Self.parse(text, path: path, format: format)
    }

    /// Parses `text` (decoded by `SourceText`) as a data file of `format`.
    public static func parse(_ text: String, path: String, format: Format) throws(DiagnosticList)
        -> DataTable
    {
        switch format {
        case .csv:
            return try CSVReader.read(text, file: path)
        case .json:
            return try table(
                YAMLReader.read(text, file: path, syntax: .json), path: path, json: true)
        case .yml, .yaml:
            return try table(
                YAMLReader.read(text, file: path, syntax: .yaml), path: path, json: false)
        }
    }

    /// The rows of a JSON or YAML document, which must be a list of mappings.
    private static func table(_ root: DataNode, path: String, json: Bool) throws(DiagnosticList)
        -> DataTable
    {
        let items: [DataNode]
        switch root.content {
        case .null:
            items = []
        case .list(let list):
            items = list
        case .scalar, .map:
            let expected =
                json
                ? "a JSON data file holds an array of objects, one per row, such as "
                    + "[{\"account_id\": \"ACME-001\"}]"
                : "a YAML data file holds a list of mappings, one per row, such as "
                    + "'- account_id: ACME-001'"
            throw DiagnosticList([
                .error("\(expected); found \(root.kindDescription)", at: root.location)
            ])
        }
        var problems: [Diagnostic] = []
        for item in items {
            if case .map = item.content { continue }
            let expected =
                json
                ? "each row of a JSON data file is an object of field names and values, such as "
                    + "{\"account_id\": \"ACME-001\"}"
                : "each row of a YAML data file is a mapping of field names and values, such as "
                    + "'- account_id: ACME-001'"
            problems.append(.error("\(expected); found \(item.kindDescription)", at: item.location))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return DataTable(file: path, rows: items)
    }
}
