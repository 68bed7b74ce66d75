/// Diagnostics as machines read them: a JSON document, or GitHub Actions workflow commands
/// that show each problem on its line of a pull request.
public enum DiagnosticReport {
    /// A JSON array of `{severity, file, line, column, message, notes}`.
    ///
    /// One object per diagnostic in the order given, with keys in that order and two-space
    /// indentation;
    /// `file`, `line` and `column` are `null` for a problem with no place, and `notes` is an
    /// array of objects of the same shape. Ends with a newline.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        var text = "[\n"
        for (index, diagnostic) in diagnostics.enumerated() {
            appendJSON(diagnostic, indent: "  ", to: &text)
            text += index == diagnostics.count - 1 ? "\n" : ",\n"
        }
        return text + "]\n"
    }

    private static func appendJSON(_ diagnostic: Diagnostic, indent: String, to text: inout String)
    {
        let inner = indent + "  "
        let location = diagnostic.location
        text += "\(indent){\n"
        text += "\(inner)\"severity\": \(JSONString.quoted(diagnostic.severity.rawValue)),\n"
        text += "\(inner)\"file\": \(location.map { JSONString.quoted($0.file) } ?? "null"),\n"
        text += "\(inner)\"line\": \(location.map { String($0.line) } ?? "null"),\n"
        text += "\(inner)\"column\": \(location.map { String($0.column) } ?? "null"),\n"
        text += "\(inner)\"message\": \(JSONString.quoted(diagnostic.message)),\n"
        if diagnostic.notes.isEmpty {
            text += "\(inner)\"notes\": []\n"
        } else {
            text += "\(inner)\"notes\": [\n"
            for (index, note) in diagnostic.notes.enumerated() {
                appendJSON(note, indent: inner + "  ", to: &text)
                text += index == diagnostic.notes.count - 1 ? "\n" : ",\n"
            }
            text += "\(inner)]\n"
        }
        text += "\(indent)}"
    }

    /// One workflow command per diagnostic, such as
    /// `::error file=Content/clients/acme.md,line=3,col=10::unknown account 'ACME-9'`.
    ///
    /// Notes follow the message on lines of their own, as `note: path:line:col: text`.
    /// Each line ends with a newline.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let command =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            var properties = ""
            if let location = diagnostic.location {
                properties =
                    " file=\(escapedProperty(location.file)),line=\(location.line),"
                    + "col=\(location.column)"
            }
            var message = diagnostic.message
            for note in diagnostic.notes {
                message += "\nnote: "
                if let location = note.location { message += "\(location): " }
                message += note.message
            }
            return "::\(command)\(properties)::\(escapedData(message))\n"
        }.joined()
    }

    /// A workflow command's message, with `%`, CR and LF escaped as GitHub reads them.
    static func escapedData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A workflow command's property value: the message's escapes, and `:` and `,`.
    static func escapedProperty(_ text: String) -> String {
        var result = ""
        // By scalar, not by character: `:` followed by a combining mark is one character.
        for scalar in escapedData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
