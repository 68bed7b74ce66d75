import FolioFormats
import FuzzHarness

/// The fuzz target: the input is a CSV file's bytes.
///
/// Besides not crashing, every error must point inside the file; a file without quotes that
/// reads without error must give one row per line that has a non-blank cell after the
/// header, each the line's comma-separated cells; and any table read must read back the same
/// from a CSV that quotes every cell.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    // Line endings as written (the reader handles CR and CRLF itself), and as Folio passes
    // them after SourceText.
    guard let text = String(validating: input, as: UTF8.self) else { return 0 }
    check(text)
    if let decoded = try? SourceText.decode(Array(input), file: "accounts.csv"), decoded != text {
        check(decoded)
    }
    return 0
}

private func check(_ file: String) {
    let table: DataTable
    // The reader skips a byte order mark; lines and columns count from after it.
    let text = file.hasPrefix("\u{FEFF}") ? String(file.dropFirst()) : file
    do {
        table = try CSVReader.read(file, file: "accounts.csv")
    } catch {
        checkLocations(of: error.diagnostics, in: text, carriageReturnsEndLines: true)
        return
    }
    if !text.contains("\"") { checkAgainstLines(table, text) }
    checkRoundTrip(table)
}

/// Without quotes, each line is a row of comma-separated cells.
private func checkAgainstLines(_ table: DataTable, _ text: String) {
    let lines = lines(of: text, carriageReturnsEndLines: true)
    let blank: (String) -> Bool = { line in
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "," }
    }
    let filled = lines.indices.filter { !blank(lines[$0]) }
    guard let headerLine = filled.first else {
        fatalError("a file with no header row was read without error")
    }
    let header = lines[headerLine].split(separator: ",", omittingEmptySubsequences: false)
    guard table.columns.count == header.count else {
        fatalError("\(header.count) columns in the header line, \(table.columns.count) read")
    }
    let rowLines = Array(filled.dropFirst())
    guard table.rows.count == rowLines.count else {
        fatalError("\(rowLines.count) lines with cells after the header, \(table.rows.count) rows")
    }
    for (row, line) in zip(table.rows, rowLines) {
        guard row.location.line == line + 1 else {
            fatalError("the row of line \(line + 1) is said to be on line \(row.location.line)")
        }
        let cells = lines[line].split(separator: ",", omittingEmptySubsequences: false)
        let read = row.entries.map { entry -> String in
            if case .scalar(let text) = entry.value.content { return text }
            return ""
        }
        guard read == cells.map(String.init) else {
            fatalError("line \(line + 1) has cells \(cells), read as \(read)")
        }
    }
}

/// Written back with every cell quoted, the table reads the same.
private func checkRoundTrip(_ table: DataTable) {
    func quoted(_ node: DataNode) -> String {
        guard case .scalar(let text) = node.content else { return "" }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
    var csv = table.columns.map(quoted).joined(separator: ",") + "\n"
    for row in table.rows {
        csv += row.entries.map { quoted($0.value) }.joined(separator: ",") + "\n"
    }
    let again: DataTable
    do {
        again = try CSVReader.read(csv, file: "again.csv")
    } catch {
        fatalError("the table written back does not read: \(error.diagnostics.map(\.message))")
    }
    func values(_ table: DataTable) -> [[String?]] {
        table.rows.map { row in
            row.entries.map { entry in
                if case .scalar(let text) = entry.value.content { return text }
                return nil
            }
        }
    }
    guard values(again) == values(table),
        again.columns.map(\.content) == table.columns.map(\.content)
    else { fatalError("the table written back reads differently") }
}

@main
enum FuzzCSVTarget {
    static func main() {
        runFuzzer { data, size in fuzzCSV(data, size) }
    }
}
