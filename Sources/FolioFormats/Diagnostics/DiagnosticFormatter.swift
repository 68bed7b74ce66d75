/// Turns diagnostics into the text a person reads on a terminal.
///
/// ```
/// Content/clients/acme.md:3:10: error: unknown account 'ACME-9'; ...
/// account: ACME-9
///          ^
/// ```
///
/// The source line and caret come from `sourceText`, which gives a file's whole text by the
/// path a location names, or `nil` where the file cannot be read. With `colored`, the place
/// and message are bold, the severity red, magenta or cyan, and the caret green, in ANSI
/// escapes, as compilers print them on a terminal.
public struct DiagnosticFormatter: Sendable {
    private let sourceText: @Sendable (String) -> String?
    private let colored: Bool

    /// Creates a formatter that reads source lines through `sourceText`.
    public init(colored: Bool = false, sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
        self.colored = colored
    }

    /// `text` wrapped in the ANSI escape `code` when colouring, else `text` alone.
    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The diagnostic and its notes, each with its source line and caret, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var sources = SourceLines(sourceText)
        return format(diagnostic, &sources)
    }

    /// Each diagnostic formatted as `format(_:)` does, reading each file they name once.
    ///
    /// Prefer this for many diagnostics: a thousand warnings about one large CSV file cost one
    /// read and one pass over it, not a thousand.
    public func format(_ diagnostics: some Sequence<Diagnostic>) -> [String] {
        var sources = SourceLines(sourceText)
        return diagnostics.map { format($0, &sources) }
    }

    private func format(_ diagnostic: Diagnostic, _ sources: inout SourceLines) -> String {
        var text = ""
        append(diagnostic, to: &text, &sources)
        for note in diagnostic.notes {
            append(note, to: &text, &sources)
        }
        return text
    }

    private func append(
        _ diagnostic: Diagnostic, to text: inout String, _ sources: inout SourceLines
    ) {
        if let location = diagnostic.location {
            text += paint("\(location):", "1") + " "
        }
        let color =
            switch diagnostic.severity {
            case .error: "1;31"
            case .warning: "1;35"
            case .note: "1;36"
            }
        text += paint("\(diagnostic.severity.rawValue):", color) + " "
        text += paint(Self.visible(diagnostic.message), "1") + "\n"
        guard let location = diagnostic.location,
            let line = sources.line(location.line, of: location.file)
        else { return }
        let (shown, caret) = Self.window(of: Self.visible(line), around: location.column - 1)
        text += shown + "\n"
        // Keep tabs in the caret's indentation so it lines up under a tabbed source line.
        let indent = shown.prefix(caret).map { $0 == "\t" ? "\t" : " " }
        text += indent.joined() + paint("^", "1;32") + "\n"
    }

    /// `text` with each control character but the tab shown as one visible character: C0
    /// controls as their Control Pictures (`␍`, `␊`, `␛`), DEL as `␡`, C1 controls as `�`.
    ///
    /// A value quoted in a message or a source line may hold any character; written raw, a
    /// line break would forge a diagnostic of its own and an escape would drive the
    /// terminal. One character for one keeps the caret under its column.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(scalar)
            case 0..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    /// How many characters of a source line are shown at most.
    static let maximumLineLength = 200

    /// The part of `line` to show, at most `maximumLineLength` characters around `column`
    /// (from 0), with `…` where it was cut, and the caret's offset in it.
    static func window(of line: String, around column: Int) -> (String, Int) {
        let characters = Array(line)
        guard characters.count > maximumLineLength else { return (line, column) }
        let half = maximumLineLength / 2
        let start = max(0, min(column - half, characters.count - maximumLineLength))
        let end = min(characters.count, start + maximumLineLength)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        return (prefix + String(characters[start..<end]) + suffix, column - start + prefix.count)
    }

    /// The `number`th line of `source` (from 1) without its line ending, or `nil` past the end.
    ///
    /// Lines end at LF only, as the readers count them; a CR before it is dropped. Only the
    /// text up to the line is scanned, so that showing problems of a 100 MB data file does
    /// not split all of it each time.
    static func line(_ number: Int, of source: String) -> String? {
        SourceLines.Text(source).line(number)
    }
}
