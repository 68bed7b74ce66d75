/// Reads RFC 4180 CSV into a `DataTable`, keeping the line and column of every cell.
///
/// Written here rather than taken from SwiftCSV or yaslab/CSV.swift: neither reports where a
/// cell or an error is (their errors carry no line or column), and every Folio error names its
/// place. The reader works over UTF-8 bytes and counts columns in characters only on lines that
/// are not plain ASCII.
///
/// The first row that is not blank is the header; column order is free. Cells may be quoted,
/// with commas, doubled quotes and line breaks inside. Lines may end in LF or CRLF, the last
/// one may lack its line ending, and a UTF-8 byte order mark is skipped. Blank lines, and rows
/// whose cells are all empty (as spreadsheets export empty rows), are skipped. An empty cell
/// becomes `.null`; any other cell stays the text as written, spaces included. Every syntax
/// error of the file is reported; a malformed row is left out and reading goes on.
public enum CSVReader {
    /// Reads `text` as CSV; `file` is its path as shown to the user.
    public static func read(_ text: String, file: String) throws(DiagnosticList) -> DataTable {
        var scanner = CSVScanner(bytes: Array(text.utf8), file: file)
        let result = scanner.readTable()
        if !result.diagnostics.isEmpty { throw DiagnosticList(result.diagnostics) }
        return result.table
    }
}

/// The state of one pass over a CSV file's bytes.
private struct CSVScanner {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1
    /// Where a character of the current line starts, with its column, to count the next
    /// column from: the line's start, or the last character counted.
    var knownByte = 0
    var knownColumn = 1
    var diagnostics: [Diagnostic] = []

    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// One cell as read.
    struct Cell {
        var node: DataNode
        /// Whether the cell is empty or holds only spaces and tabs.
        var isBlank: Bool
    }

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            knownByte = 3
        }
    }

    mutating func readTable() -> (table: DataTable, diagnostics: [Diagnostic]) {
        var header: [DataNode] = []
        var headerRead = false
        var headerValid = true
        var keys: [DataEntry] = []
        var rows: [DataNode] = []
        var entries: [DataEntry] = []
        while position < bytes.count {
            let rowStart = SourceLocation(file: file, line: line, column: 1)
            let errorsBefore = diagnostics.count
            let (rowEnd, blank) = readRow(into: &entries, keys: keys)
            let malformed = diagnostics.count > errorsBefore
            if malformed || blank || !headerRead {
                if !headerRead && (malformed || !blank) {
                    headerRead = true
                    header = entries.map(\.value)
                    headerValid = checkHeader(&header) && !malformed
                    keys = header.map { node in
                        let name = if case .scalar(let name) = node.content { name } else { "" }
                        return DataEntry(key: name, keyLocation: node.location, value: node)
                    }
                }
                entries.removeAll(keepingCapacity: true)
                continue
            }
            guard checkWidth(entries, header: header, rowEnd: rowEnd), headerValid else {
                entries.removeAll(keepingCapacity: true)
                continue
            }
            rows.append(DataNode(.map(entries), at: rowStart))
            entries = []
            entries.reserveCapacity(header.count)
        }
        if !headerRead {
            diagnostics.append(
                .error(
                    "the file has no header row; its first line must name the columns, such as "
                        + "account_id,name",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return (DataTable(file: file, rows: rows, columns: header), diagnostics)
    }

    // MARK: Rows and cells

    /// Reads one row, up to and past its line ending, giving each cell the key of its column
    /// in `keys` (or an empty key past the header's width); returns where the row's text ends
    /// and whether all its cells are blank.
    private mutating func readRow(into entries: inout [DataEntry], keys: [DataEntry])
        -> (end: SourceLocation, blank: Bool)
    {
        var blank = true
        while true {
            let cell: Cell
            if position < bytes.count && bytes[position] == Self.quote {
                guard let quoted = readQuotedCell() else { return (here(), false) }
                cell = quoted
            } else {
                cell = readPlainCell()
            }
            blank = blank && cell.isBlank
            if entries.count < keys.count {
                let key = keys[entries.count]
                entries.append(
                    DataEntry(key: key.key, keyLocation: key.keyLocation, value: cell.node))
            } else {
                entries.append(
                    DataEntry(key: "", keyLocation: cell.node.location, value: cell.node))
            }
            guard position < bytes.count else { return (here(), blank) }
            if bytes[position] == Self.comma {
                position += 1
                continue
            }
            let end = here()
            endLine()
            return (end, blank)
        }
    }

    /// Reads a cell that does not start with a quote, up to the next comma or line ending;
    /// a quote inside it is reported unless `quotesReported`.
    private mutating func readPlainCell(quotesReported: Bool = false) -> Cell {
        let start = position
        let location = here()
        var strayQuoteReported = quotesReported
        var blank = true
        while position < bytes.count {
            let byte = bytes[position]
            // Every delimiter sorts at or below ',', so most bytes take one comparison.
            if byte <= Self.comma {
                if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn {
                    break
                }
                if byte == Self.quote && !strayQuoteReported {
                    strayQuoteReported = true
                    diagnostics.append(
                        .error(
                            "unexpected '\"' in a cell that does not start with a quote; put the "
                                + "whole cell in double quotes and write each quote inside it "
                                + "twice, such as \"Acme \"\"East\"\"\"", at: here()))
                }
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { blank = false }
            } else {
                blank = false
            }
            position += 1
        }
        if start == position { return Cell(node: DataNode(.null, at: location), isBlank: true) }
        let text = String(
            decoding: bytes[start..<position], as: UTF8.self)
        return Cell(node: DataNode(.scalar(text), at: location), isBlank: blank)
    }

    /// Reads a quoted cell and anything up to the next comma or line ending; `nil` when the
    /// quote is never closed, after moving to the line after the opening quote.
    private mutating func readQuotedCell() -> Cell? {
        let opening = here()
        let openingState = (position, line, knownByte, knownColumn)
        position += 1
        var segmentStart = position
        var unescaped: [UInt8]?
        while true {
            guard position < bytes.count else {
                diagnostics.append(
                    .error(
                        "this quoted cell is never closed; add the closing '\"' (a quote inside "
                            + "a quoted cell is written twice: \"\")", at: opening))
                // Go on after the line of the opening quote, so that later rows are checked.
                (position, line, knownByte, knownColumn) = openingState
                while position < bytes.count && bytes[position] != Self.lineFeed
                    && bytes[position] != Self.carriageReturn
                {
                    position += 1
                }
                endLine()
                return nil
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count && bytes[position + 1] == Self.quote {
                    unescaped = (unescaped ?? []) + bytes[segmentStart...position]
                    position += 2
                    segmentStart = position
                    continue
                }
                break
            }
            position += 1
            if byte == Self.lineFeed
                || (byte == Self.carriageReturn
                    && !(position < bytes.count && bytes[position] == Self.lineFeed))
            {
                startLine()
            }
        }
        let contentEnd = position
        position += 1
        var value: [UInt8]
        if var unescaped {
            unescaped += bytes[segmentStart..<contentEnd]
            value = unescaped
        } else {
            value = Array(bytes[segmentStart..<contentEnd])
        }
        if position < bytes.count {
            let next = bytes[position]
            if next != Self.comma && next != Self.lineFeed && next != Self.carriageReturn {
                diagnostics.append(
                    .error(
                        "text after the closing quote of a quoted cell; put the whole cell inside "
                            + "the quotes, writing each quote inside it twice (\"\"), or add the "
                            + "missing ','", at: here()))
                let rest = position
                _ = readPlainCell(quotesReported: true)
                value += bytes[rest..<position]
            }
        }
        if value.isEmpty { return Cell(node: DataNode(.null, at: opening), isBlank: true) }
        let text = String(decoding: value, as: UTF8.self)
        let blank = value.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return Cell(node: DataNode(.scalar(text), at: opening), isBlank: blank)
    }

    // MARK: Checks

    /// Trims the header's names and reports empty and repeated ones.
    private mutating func checkHeader(_ header: inout [DataNode]) -> Bool {
        var valid = true
        var seen: [String: (column: Int, location: SourceLocation)] = [:]
        for index in header.indices {
            let location = header[index].location
            guard case .scalar(let raw) = header[index].content, !raw.trimmingWhitespace.isEmpty
            else {
                valid = false
                diagnostics.append(
                    .error(
                        "column \(index + 1) of the header has no name; name the column or "
                            + "remove the extra ','", at: location))
                continue
            }
            let name = raw.trimmingWhitespace
            header[index].content = .scalar(name)
            if let first = seen[name] {
                valid = false
                diagnostics.append(
                    .error(
                        "the column name '\(name)' appears twice in the header (columns "
                            + "\(first.column) and \(index + 1)); rename or remove one of them",
                        at: location,
                        notes: [.note("'\(name)' is first named here", at: first.location)]))
            } else {
                seen[name] = (index + 1, location)
            }
        }
        return valid
    }

    /// Reports a row whose number of cells differs from the header's.
    private mutating func checkWidth(
        _ cells: [DataEntry], header: [DataNode], rowEnd: SourceLocation
    ) -> Bool {
        if cells.count > header.count {
            diagnostics.append(
                .error(
                    "this row has \(Plural.count(cells.count, "cell")) but the header names "
                        + "\(Plural.count(header.count, "column")); remove the extra cells, or put quotes around "
                        + "a value that contains a comma", at: cells[header.count].value.location))
            return false
        }
        if cells.count < header.count {
            let names = header[cells.count...].map { node in
                if case .scalar(let name) = node.content { return "'\(name)'" }
                return "?"
            }
            // A long list would hide the advice; four names show which end is short.
            var missing = names.prefix(4).joined(separator: ", ")
            if names.count > 4 { missing += " and \(names.count - 4) more" }
            diagnostics.append(
                .error(
                    "this row has \(Plural.count(cells.count, "cell")) but the header names "
                        + "\(Plural.count(header.count, "column")) (missing: \(missing)); add the missing "
                        + "cells, leaving a cell empty (,,) where there is no value", at: rowEnd))
            return false
        }
        return true
    }

    // MARK: Positions

    /// The location of the byte at `position`.
    private mutating func here() -> SourceLocation {
        SourceLocation(file: file, line: line, column: column(at: position))
    }

    /// The character column of the byte at `offset` on the current line: one more than the
    /// number of characters before it, counted on from the last character counted.
    ///
    /// Counting on from `offset` itself would count wrong where a cell starts with a
    /// combining mark: with the comma before it, the mark makes one character, but counted
    /// apart they make two, and the error's column could lie past the line's end. A
    /// character's start is a boundary whatever follows, so counting goes on from the start
    /// of the last character counted.
    private mutating func column(at offset: Int) -> Int {
        guard offset > knownByte else { return knownColumn }
        var ascii = true
        var index = knownByte
        while index < offset {
            if bytes[index] >= 0x80 {
                ascii = false
                break
            }
            index += 1
        }
        let column: Int
        if ascii {
            // One character per byte; the last one starts at `offset - 1`.
            column = knownColumn + offset - knownByte
            knownByte = offset - 1
            knownColumn = column - 1
        } else {
            let segment = String(
                decoding: bytes[knownByte..<offset], as: UTF8.self)
            let count = segment.count
            column = knownColumn + count
            let lastStart = segment.index(before: segment.endIndex)
            knownByte += segment.utf8.distance(from: segment.startIndex, to: lastStart)
            knownColumn = column - 1
        }
        return column
    }

    /// Steps over the line ending at `position` (LF, CRLF or CR) and starts the next line.
    private mutating func endLine() {
        guard position < bytes.count else { return }
        if bytes[position] == Self.carriageReturn {
            position += 1
            if position < bytes.count && bytes[position] == Self.lineFeed { position += 1 }
        } else {
            position += 1
        }
        startLine()
    }

    /// Starts a new line at `position`.
    private mutating func startLine() {
        line += 1
        knownByte = position
        knownColumn = 1
    }
}
