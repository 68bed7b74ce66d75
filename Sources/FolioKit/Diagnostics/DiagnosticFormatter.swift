/// Turns diagnostics into the text a person reads on a terminal:
///
/// ```
/// Content/clients/acme.md:3:10: error: unknown account 'ACME-9'; ...
/// account: ACME-9
///          ^
/// ```
///
/// The source line and caret come from `sourceText`, which gives a file's whole text by the
/// path a location names, or `nil` where the file cannot be read.
public struct DiagnosticFormatter: Sendable {
    private let sourceText: @Sendable (String) -> String?

    /// Creates a formatter that reads source lines through `sourceText`.
    public init(sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
    }

    /// The diagnostic and its notes, each with its source line and caret, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var text = ""
        append(diagnostic, to: &text)
        for note in diagnostic.notes {
            append(note, to: &text)
        }
        return text
    }

    private func append(_ diagnostic: Diagnostic, to text: inout String) {
        if let location = diagnostic.location {
            text += "\(location): "
        }
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        guard let location = diagnostic.location,
            let source = sourceText(location.file),
            let line = Self.line(location.line, of: source)
        else { return }
        text += line + "\n"
        // Keep tabs in the caret's indentation so it lines up under a tabbed source line.
        let indent = line.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " }
        text += indent.joined() + "^\n"
    }

    /// The `number`th line of `source` (from 1) without its line ending, or `nil` past the end.
    static func line(_ number: Int, of source: String) -> String? {
        var current = 1
        var start = source.startIndex
        if source.hasPrefix("\u{FEFF}") { start = source.index(after: start) }
        while current < number {
            guard let newline = source[start...].firstIndex(where: \.isNewline) else { return nil }
            start = source.index(after: newline)
            current += 1
        }
        let end = source[start...].firstIndex(where: \.isNewline) ?? source.endIndex
        if start == source.endIndex && current > 1 { return nil }
        return String(source[start..<end])
    }
}
