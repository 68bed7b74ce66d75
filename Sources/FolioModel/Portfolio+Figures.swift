import FolioFormats

/// The three health bands a score falls into, cut by `health_bands` in `site.yml`.
package enum HealthBand: String, Sendable, CaseIterable {
    case red
    case yellow
    case green

    /// The band as a badge reads it: "Red".
    package var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

extension Portfolio {
    /// The band of `account`'s health score, or `nil` when it has none.
    package func healthBand(of account: Account) -> HealthBand? {
        guard let score = account.healthScore else { return nil }
        if score < settings.healthBands.red { return .red }
        if score < settings.healthBands.yellow { return .yellow }
        return .green
    }

    /// Days from `asOf` to the account's renewal: negative when overdue.
    package func daysToRenewal(of account: Account) -> Int? {
        account.renewalDate.map { asOf.days(until: $0) }
    }

    /// Whether the renewal date has passed for an account that has not churned.
    package func isRenewalOverdue(_ account: Account) -> Bool {
        guard account.status != .churned, let days = daysToRenewal(of: account) else {
            return false
        }
        return days < 0
    }

    /// Whether the renewal falls inside the renewal window, from today on.
    package func isRenewalDue(_ account: Account) -> Bool {
        guard account.status != .churned, let days = daysToRenewal(of: account) else {
            return false
        }
        return (0...settings.renewalWindowDays).contains(days)
    }

    /// Whether an account that has not churned needs attention: its health is red, its
    /// status is `at_risk`, or its renewal is inside the renewal window or overdue while its
    /// band is not green (yellow, red, or no score at all: an unknown health is no comfort
    /// when a renewal is near).
    package func isAtRisk(_ account: Account) -> Bool {
        guard account.status != .churned else { return false }
        let band = healthBand(of: account)
        if account.status == .atRisk || band == .red { return true }
        let renewing = isRenewalDue(account) || isRenewalOverdue(account)
        return renewing && band != .green
    }

    /// The renewal bucket of an account that has not churned, or `nil` when it has no
    /// renewal date, has churned, or renews more than 90 days ahead.
    package func renewalBucket(of account: Account) -> RenewalBucket? {
        guard account.status != .churned, let days = daysToRenewal(of: account) else {
            return nil
        }
        return RenewalBucket(days: days)
    }

    /// The ARR of `accounts` per currency, largest first; churned accounts count nothing.
    package func arrByCurrency(_ accounts: [Account]) -> [(currency: String, amount: Double)] {
        var totals: [String: Double] = [:]
        for account in accounts where account.status != .churned {
            totals[account.currency, default: 0] += account.arr ?? 0
        }
        return totals.map { (currency: $0.key, amount: $0.value) }
            .sorted { ($0.amount, $1.currency) > ($1.amount, $0.currency) }
    }
}
