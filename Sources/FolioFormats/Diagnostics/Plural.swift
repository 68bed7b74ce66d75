/// Counts written with their nouns for messages, in the singular for one: `1 error`,
/// `2 errors`, `0 pages`.
package enum Plural {
    /// `number` and `noun`, with `plural` (the noun and an `s` unless given) for any number
    /// but one; `grouped` writes thousands separators (`1,000,000 warnings`).
    package static func count(
        _ number: Int, _ noun: String, plural: String? = nil, grouped: Bool = false
    ) -> String {
        let digits = grouped ? Formatting.grouped(number) : String(number)
        return "\(digits) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// `1 error, 2 warnings`: how a summary line counts a build's or a check's problems.
    package static func problems(errors: Int, warnings: Int) -> String {
        "\(count(errors, "error")), \(count(warnings, "warning"))"
    }
}
