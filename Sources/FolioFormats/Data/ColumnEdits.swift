/// Column shifts between a text handed to libyaml and the original it was made from.
///
/// Marks in the one give columns in the other. Columns count Unicode scalars, as marks do.
struct ColumnEdits {
    /// For each line, the shifts: positions at or after `column` (in the edited text) are
    /// `delta` scalars further right than in the original.
    private var shifts: [Int: [(column: Int, delta: Int)]] = [:]

    /// Records that from `column` on, `line` is `delta` scalars longer in the edited text.
    mutating func shift(line: Int, from column: Int, by delta: Int) {
        shifts[line, default: []].append((column, delta))
    }

    /// Records `length` scalars inserted at `column` of `line` in the edited text.
    mutating func insert(line: Int, column: Int, length: Int) {
        if var existing = shifts[line] {
            for index in existing.indices where existing[index].column >= column {
                existing[index].column += length
            }
            shifts[line] = existing
        }
        shift(line: line, from: column + length, by: length)
    }

    /// The column in the original text of `column` on `line` of the edited text.
    func originalColumn(line: Int, column: Int) -> Int {
        guard let lineShifts = shifts[line] else { return column }
        var result = column
        for shift in lineShifts where shift.column <= column { result -= shift.delta }
        return result
    }
}
