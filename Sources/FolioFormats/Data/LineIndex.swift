/// Converts positions that count Unicode scalars (as libyaml's marks do) into the columns a
/// person sees, which count characters (extended grapheme clusters).
///
/// Lines break where libyaml breaks them (LF, NEL, LS, PS), so that a mark's line number finds
/// the right text. Lines of plain ASCII convert in constant time; other lines are walked once,
/// left to right, so the marks of a long minified JSON line cost no more than the line itself.
struct LineIndex {
    private let text: String
    /// The UTF-8 offset where each line starts.
    private var lineStarts: [Int] = [0]
    /// Whether each line holds only ASCII, where scalars and characters are the same.
    private var asciiLines: [Bool] = []
    /// The last conversion, to continue from when the next mark is further along the line.
    private var cache: (line: Int, scalarColumn: Int, index: String.Index, column: Int)?

    init(_ text: String) {
        self.text = text
        var ascii = true
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            var breakLength = 0
            if byte == 0x0A {
                breakLength = 1
            } else if byte >= 0x80 {
                ascii = false
                if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0x85 {
                    breakLength = 2
                } else if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                    bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
                {
                    breakLength = 3
                }
            }
            if breakLength > 0 {
                asciiLines.append(ascii)
                ascii = true
                offset += breakLength
                lineStarts.append(offset)
            } else {
                offset += 1
            }
        }
        asciiLines.append(ascii)
    }

    /// The number of lines.
    var lineCount: Int { lineStarts.count }

    /// The character column of the scalar at `scalarColumn` on `line`, all counted from 1.
    ///
    /// Positions past the end of a line count as if the line went on in ASCII.
    mutating func column(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, scalarColumn > 1 else {
            return max(1, scalarColumn)
        }
        if asciiLines[line - 1] { return scalarColumn }
        var index = lineStartIndex(line)
        var walked = 1
        var column = 1
        if let cache, cache.line == line, cache.scalarColumn <= scalarColumn {
            index = cache.index
            walked = cache.scalarColumn
            column = cache.column
        }
        let start = index
        let scalars = text.unicodeScalars
        while walked < scalarColumn, index < scalars.endIndex, !isBreak(scalars[index]) {
            index = scalars.index(after: index)
            walked += 1
        }
        column += text[start..<index].count + (scalarColumn - walked)
        cache = (line, scalarColumn, index, column)
        return column
    }

    /// The UTF-8 offset of the scalar at `scalarColumn` on `line`, both from 1, or `nil` when
    /// the line is shorter.
    func utf8Offset(line: Int, scalarColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        var index = lineStartIndex(line)
        let scalars = text.unicodeScalars
        for _ in 1..<max(1, scalarColumn) {
            guard index < scalars.endIndex, !isBreak(scalars[index]) else { return nil }
            index = scalars.index(after: index)
        }
        return text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The line (from 1) and character column (from 1) of the character `offset` characters
    /// from the start of the text.
    func position(ofCharacterOffset offset: Int) -> (line: Int, column: Int) {
        let index =
            text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex)
            ?? text.endIndex
        let utf8Offset = text.utf8.distance(from: text.utf8.startIndex, to: index)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= utf8Offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, text[lineStartIndex(low + 1)..<index].count + 1)
    }

    private func lineStartIndex(_ line: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: lineStarts[line - 1])
    }

    private func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
