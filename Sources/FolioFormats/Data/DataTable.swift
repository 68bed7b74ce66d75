/// The rows of one data file, each a mapping from field name to value, whatever the file's
/// format (CSV, JSON or YAML).
public struct DataTable: Hashable, Sendable {
    /// The file's path as shown to the user.
    public var file: String
    /// The rows, in file order: each a `.map` node located where the row starts.
    public var rows: [DataNode]
    /// A CSV file's column names, each located in the header row; empty for JSON and YAML,
    /// whose rows name their own fields.
    public var columns: [DataNode]
    /// For each column `site.yml` renamed, the header as written in the file, by the field
    /// name it now has.
    package var headers: [String: String] = [:]
    /// How the file writes dates, as `site.yml` declares it.
    package var dates = DateStyle.iso

    /// Creates a table.
    public init(file: String, rows: [DataNode], columns: [DataNode] = []) {
        self.file = file
        self.rows = rows
        self.columns = columns
    }
}
