/// How many diagnostics of one file a person is shown: a data file with a million bad rows
/// would otherwise print a million messages before the summary.
public enum DiagnosticLimit {
    /// How many diagnostics of one file are shown by default.
    public static let perFile = 100

    /// `diagnostics` (sorted by place) with at most `limit` of each file, each file's
    /// hidden rest counted in one note after its last shown diagnostic.
    ///
    /// Diagnostics with no place are all kept. The counts of errors and warnings are the
    /// caller's to print from the whole list.
    public static func shown(_ diagnostics: [Diagnostic], limit: Int = perFile) -> [Diagnostic] {
        let limit = max(1, limit)
        var shownByFile: [String: Int] = [:]
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var result: [Diagnostic] = []
        var lastShown: [String: Int] = [:]
        for diagnostic in diagnostics {
            guard let file = diagnostic.location?.file else {
                result.append(diagnostic)
                continue
            }
            let count = shownByFile[file, default: 0]
            if count < limit {
                shownByFile[file] = count + 1
                result.append(diagnostic)
                lastShown[file] = result.count - 1
            } else {
                var tally = hidden[file, default: (0, 0)]
                if diagnostic.severity == .error { tally.errors += 1 } else { tally.warnings += 1 }
                hidden[file] = tally
            }
        }
        // Inserted from the end so that earlier positions stay valid.
        let notes = hidden.map {
            (index: lastShown[$0.key, default: 0], file: $0.key, tally: $0.value)
        }
        for (index, file, tally) in notes.sorted(by: { $0.index > $1.index }) {
            let total = tally.errors + tally.warnings
            let parts = [
                tally.errors > 0 ? count(tally.errors, "error") : nil,
                tally.warnings > 0 ? count(tally.warnings, "warning") : nil,
            ].compactMap { $0 }
            result.insert(
                .note(
                    "\(count(total, "more problem")) in \(file) (\(parts.joined(separator: ", "))) "
                        + "\(total == 1 ? "is" : "are") not shown; fix those above and build "
                        + "again to see the rest",
                    at: nil),
                at: index + 1)
        }
        return result
    }

    /// `1,000,000 warnings`, `1 error`.
    private static func count(_ number: Int, _ noun: String) -> String {
        Plural.count(number, noun, grouped: true)
    }
}
