public import FolioFormats

/// Every diagnostic and note points into the text: a line of it (or the one after its last
/// line ending) and a column within that line, counted in characters, or one past its end.
///
/// Lines end at each line feed; `carriageReturnsEndLines` makes a lone CR and a CRLF end a
/// line too, as the CSV reader counts them.
public func checkLocations(
    of diagnostics: [Diagnostic], in text: String, carriageReturnsEndLines: Bool = false
) {
    let lines = lines(of: text, carriageReturnsEndLines: carriageReturnsEndLines)
    for diagnostic in diagnostics + diagnostics.flatMap(\.notes) {
        guard let location = diagnostic.location else {
            fatalError("'\(diagnostic.message)' has no location")
        }
        guard location.line <= lines.count else {
            fatalError("'\(diagnostic.message)' is on line \(location.line) of \(lines.count)")
        }
        let length = lines[location.line - 1].count
        guard location.column <= length + 1 else {
            fatalError(
                "'\(diagnostic.message)' is at column \(location.column) of line "
                    + "\(location.line), which has \(length) characters")
        }
    }
}

/// The text's lines without their line endings; a text ending in a line ending has an empty
/// last line.
public func lines(of text: String, carriageReturnsEndLines: Bool) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
        if scalar == "\n" && afterCarriageReturn {
            afterCarriageReturn = false
            continue
        }
        afterCarriageReturn = false
        if scalar == "\n" || (carriageReturnsEndLines && scalar == "\r") {
            lines.append(String(current))
            current = String.UnicodeScalarView()
            afterCarriageReturn = scalar == "\r"
        } else {
            current.append(scalar)
        }
    }
    lines.append(String(current))
    return lines
}
