/// How figures and dates read on a page: `$1,234,500`, `30 Nov 2026`.
///
/// Written by hand rather than with Foundation's formatters so that pages do not depend on
/// the machine's locale and stay byte-identical wherever they are built.
package enum Formatting {
    private static let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// An amount with its currency's symbol (or code) and thousands separators; cents only
    /// when there are any.
    package static func money(_ amount: Double, currency: String) -> String {
        let sign = amount < 0 ? "-" : ""
        let cents = Int((abs(amount) * 100).rounded())
        var text = grouped(cents / 100)
        if cents % 100 != 0 {
            text += "." + (cents % 100 < 10 ? "0" : "") + String(cents % 100)
        }
        if let symbol = symbols[currency] { return sign + symbol + text }
        return sign + currency + " " + text
    }

    /// A whole number with thousands separators: `1,234,500`.
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// `30 Nov 2026`.
    package static func date(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// A number as plain text: no fraction when it is whole.
    package static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            String(Int(value))
        } else {
            "\(value)"
        }
    }

    /// A number rounded to `decimals` places, always showing them: `93.64`, `-16.7`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return sign + String(scaled / scale) + "."
            + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// A ratio as a percentage with two decimals: `0.93637` is `93.64%`.
    package static func percent(_ ratio: Double) -> String {
        fixed(ratio * 100, decimals: 2) + "%"
    }
}
