/// Reads YAML text, and JSON (which is YAML's flow syntax), into `DataNode` trees whose every
/// value knows the file, line and column where it was written.
///
/// Composition uses Yams with its basic resolver: no value is guessed into a number, date or
/// boolean (so `no` stays the word "no"), which is both faster and safer; the portfolio layer
/// types each field from the content contract. Plain `~`, `null`, `Null`, `NULL` and empty
/// values become `.null`; quoted ones stay text.
public enum YAMLReader {
    /// The syntax a text is written in, which decides the advice that errors give.
    public enum Syntax: Sendable {
        /// YAML, as in front matter, `site.yml` and `.yml`/`.yaml` data files.
        case yaml
        /// JSON, as in `.json` data files.
        case json
    }

    /// Reads one YAML document from `text`.
    ///
    /// - Parameters:
    ///   - text: The YAML, with LF line endings (see `SourceText`).
    ///   - file: The path shown to the user in locations.
    ///   - firstLine: The line of the file where `text` starts, so that front matter
    ///     positions are file positions.
    ///   - syntax: Whether the text is YAML or JSON.
    /// - Returns: The document's root, or a `.null` node at the first line for an empty text.
    /// - Throws: Every problem found: a syntax error, duplicate keys, keys that are not text.
    public static func read(
        _ text: String, file: String, firstLine: Int = 1, syntax: Syntax = .yaml
    ) throws(DiagnosticList) -> DataNode {
        if syntax == .yaml, let node = YAMLFastPath.read(text, file: file, firstLine: firstLine) {
            return node
        }
        return try composed(text, file: file, firstLine: firstLine, syntax: syntax)
    }

    /// Reads `text` with Yams alone, as `read` does for whatever the fast path declines.
    static func composed(
        _ text: String, file: String, firstLine: Int = 1, syntax: Syntax = .yaml
    ) throws(DiagnosticList) -> DataNode {
        var composer = YAMLComposer(text: text, file: file, firstLine: firstLine, syntax: syntax)
        return try composer.compose()
    }
}
