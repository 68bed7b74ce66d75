/// Where a renewal date falls from `as_of`: overdue, or within 30, 60 or 90 days.
package enum RenewalBucket: String, Sendable, CaseIterable {
    case overdue
    case days0to30 = "0-30"
    case days31to60 = "31-60"
    case days61to90 = "61-90"

    /// The bucket of a renewal `days` ahead (negative when past), or `nil` beyond 90 days.
    init?(days: Int) {
        switch days {
        case ..<0: self = .overdue
        case 0...30: self = .days0to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: return nil
        }
    }

    /// How a heading reads it: "Due in 31-60 days".
    package var label: String {
        self == .overdue ? "Overdue" : "Due in \(rawValue) days"
    }

    /// A name that can stand in an HTML id or a class: `overdue`, `days-0-30`.
    package var slug: String {
        self == .overdue ? "overdue" : "days-\(rawValue)"
    }
}
