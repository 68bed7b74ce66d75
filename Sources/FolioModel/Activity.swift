package import FolioFormats

/// A touchpoint with a client: a row of `activities.csv`.
///
/// A class, as ``Account`` is: sorting tens of thousands of activities and listing them by
/// account and by person would copy each one's fields, a reference count each, many times
/// over.
package final class Activity: Sendable {
    let account: Reference
    package let date: CalendarDate
    package let type: String?
    package let summary: String?
    package let owner: Reference?

    init(
        account: Reference, date: CalendarDate, type: String?, summary: String?,
        owner: Reference?
    ) {
        self.account = account
        self.date = date
        self.type = type
        self.summary = summary
        self.owner = owner
    }

    /// Reads one row of `activities.csv`.
    static func read(_ reader: inout FieldReader) -> Activity? {
        let account = reader.requiredReference("account_id", example: "ACME-001")
        let date = reader.required("date", example: "2026-11-02", .date)
        let type = reader.optional("type", .text)
        let summary = reader.optional("summary", .text)
        let owner = reader.reference("owner")
        guard let account, let date else { return nil }
        // No page shows an activity's other columns, so none are kept: with tens of
        // thousands of rows their values would be a large share of the portfolio's memory.
        return Activity(account: account, date: date, type: type, summary: summary, owner: owner)
    }
}

/// A change in an account's ARR: a row of `arr.csv`, for retention figures.
package struct ARRMovement: Sendable {
    /// What moved the ARR.
    package enum Kind: String, Sendable, CaseIterable {
        case new
        case expansion
        case contraction
        case churn
    }

    var account: Reference
    package var date: CalendarDate
    var kind: Kind
    /// The amount moved, as a positive number.
    var amount: Double

    /// Reads one row of `arr.csv`.
    static func read(_ reader: inout FieldReader) -> ARRMovement? {
        let account = reader.requiredReference("account_id", example: "ACME-001")
        let date = reader.required("date", example: "2026-11-02", .date)
        let kind = reader.required(
            "type", example: "expansion", .oneOf(Kind.allCases.map(\.rawValue)))
        let amount = reader.required("amount", example: "12000", .number)
        guard let account, let date, let kind = kind.flatMap(Kind.init(rawValue:)), let amount
        else { return nil }
        return ARRMovement(account: account, date: date, kind: kind, amount: abs(amount))
    }
}
