/// How a data file writes its dates: `YYYY-MM-DD` always, and `MM/DD/YYYY` or `DD/MM/YYYY`
/// where `site.yml` declares it for the file under `dates`.
///
/// ISO 8601 timestamps (`2026-11-30T14:05:00Z`, `2026-11-30 14:05`) are read in every style
/// as the calendar date written, with no time-zone conversion: a CRM exports the day its user
/// saw, and converting would move late-evening dates to the next day.
package struct DateStyle: Hashable, Sendable {
    /// The order of a date written with slashes.
    package enum Order: String, Hashable, Sendable, CaseIterable {
        case monthFirst = "MM/DD/YYYY"
        case dayFirst = "DD/MM/YYYY"
    }

    /// The slashed order the file uses, or `nil` when it writes ISO dates only.
    package var order: Order?
    /// The file's name as `site.yml` declares it, such as `accounts.csv`; empty for front
    /// matter, which `dates:` cannot name.
    var file: String
    /// The path of `site.yml` as messages show it, such as `Content/site.yml`, so that a
    /// slashed date in a data file is told where to declare its order.
    var settingsFile = "site.yml"
    /// Whether `site.yml` has a `dates:` mapping already, to add the file to.
    var settingsHaveDates = false

    /// Makes a value from its parts.
    package init(
        order: Order?, file: String, settingsFile: String = "site.yml",
        settingsHaveDates: Bool = false
    ) {
        self.order = order
        self.file = file
        self.settingsFile = settingsFile
        self.settingsHaveDates = settingsHaveDates
    }

    /// ISO dates and timestamps only: front matter, and every file before `site.yml` is
    /// applied.
    package static let iso = DateStyle(order: nil, file: "")

    /// What a date in this style looks like, for error messages.
    var expectation: String {
        guard let order else { return "a date written YYYY-MM-DD, such as 2026-12-10" }
        return "a date written \(order.rawValue) as declared for \(file) in site.yml"
    }

    /// The calendar date `text` writes, or `nil` when it is not a date of this style or the
    /// day does not exist.
    package func date(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        if let order, bytes.contains(UInt8(ascii: "/")) {
            return Self.slashed(bytes, order: order)
        }
        return Self.isoDate(bytes)
    }

    /// What is wrong with `text`, which ``date(_:)`` did not read, when more can be said than
    /// the form expected.
    ///
    /// That is when the day it names does not exist, or when it is a slashed date whose order
    /// `site.yml` does not declare (with the line that declares it). A message reads
    /// "<field> is '<text>', which <problem>".
    func problem(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        if bytes.count >= 10,
            let why = CalendarDate.whyNotADay(iso: String(decoding: bytes[0..<10], as: UTF8.self))
        {
            return "is not a day: \(why)"
        }
        guard let parts = Self.slashedParts(bytes) else { return nil }
        if let order {
            let (month, day) = order == .monthFirst ? (parts.0, parts.1) : (parts.1, parts.0)
            guard let why = CalendarDate.whyNotADay(year: parts.2, month: month, day: day)
            else { return nil }
            let other: Order = order == .monthFirst ? .dayFirst : .monthFirst
            guard !(1...12).contains(month), Self.slashed(bytes, order: other) != nil else {
                return "is not a day: \(why)"
            }
            return "is not a day: \(why) (\(file) is declared \(order.rawValue) in "
                + "\(settingsFile); if it writes the \(other == .dayFirst ? "day" : "month") "
                + "first, declare \(other.rawValue) instead)"
        }
        let orders = Order.allCases.filter { Self.slashed(bytes, order: $0) != nil }
        guard !orders.isEmpty else { return nil }
        guard !file.isEmpty else {
            let dates = orders.compactMap { Self.slashed(bytes, order: $0)?.description }
            return "is written with slashes; write it YYYY-MM-DD, as "
                + dates.joined(separator: " or ")
                + (dates.count > 1 ? ", whichever is meant" : "")
        }
        func declaration(_ order: Order) -> String {
            settingsHaveDates
                ? "'  \(file): \(order.rawValue)' under 'dates:' in \(settingsFile)"
                : "'dates: {\(file): \(order.rawValue)}' to \(settingsFile)"
        }
        guard orders.count == 1 else {
            return "is written with slashes, in an order Folio reads only where site.yml "
                + "declares it; add the line \(declaration(.monthFirst)) if \(file) writes the "
                + "month first, or \(declaration(.dayFirst)) if it writes the day first"
        }
        let order = orders[0]
        return "is written \(order == .monthFirst ? "month" : "day") first "
            + "(\(order.rawValue)), an order Folio reads only where site.yml declares it; add "
            + "the line \(declaration(order))"
    }

    /// The three numbers of `M/D/YYYY` or `D/M/YYYY`, in the order written.
    private static func slashedParts(_ bytes: [UInt8]) -> (Int, Int, Int)? {
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4
        else { return nil }
        func number(_ part: ArraySlice<UInt8>) -> Int? {
            var value = 0
            for byte in part {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let first = number(parts[0]), let second = number(parts[1]),
            let year = number(parts[2])
        else { return nil }
        return (first, second, year)
    }

    /// `YYYY-MM-DD`, optionally followed by a time (`T` or a space, `HH:MM`, optional
    /// seconds and fraction) and an optional offset (`Z`, `+02:00`, `-0500`).
    private static func isoDate(_ bytes: [UInt8]) -> CalendarDate? {
        guard bytes.count >= 10,
            let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
        guard bytes.count > 10 else { return date }
        var scanner = Scanner(bytes: bytes, position: 10)
        guard
            scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t"))
                || scanner.take(UInt8(ascii: " ")),
            let hour = scanner.number(2), hour <= 23, scanner.take(UInt8(ascii: ":")),
            let minute = scanner.number(2), minute <= 59
        else { return nil }
        if scanner.take(UInt8(ascii: ":")) {
            guard let second = scanner.number(2), second <= 60 else { return nil }
            if scanner.take(UInt8(ascii: ".")) {
                guard scanner.digits() > 0 else { return nil }
            }
        }
        if scanner.take(UInt8(ascii: "Z")) || scanner.take(UInt8(ascii: "z")) {
            return scanner.atEnd ? date : nil
        }
        if scanner.take(UInt8(ascii: "+")) || scanner.take(UInt8(ascii: "-")) {
            guard let offsetHours = scanner.number(2), offsetHours <= 23 else { return nil }
            if !scanner.atEnd {
                _ = scanner.take(UInt8(ascii: ":"))
                guard let offsetMinutes = scanner.number(2), offsetMinutes <= 59 else {
                    return nil
                }
            }
        }
        return scanner.atEnd ? date : nil
    }

    /// `M/D/YYYY` or `D/M/YYYY`, with one or two digits for the month and the day.
    private static func slashed(_ bytes: [UInt8], order: Order) -> CalendarDate? {
        guard let (first, second, year) = slashedParts(bytes) else { return nil }
        return switch order {
        case .monthFirst: CalendarDate(year: year, month: first, day: second)
        case .dayFirst: CalendarDate(year: year, month: second, day: first)
        }
    }

    /// Steps through the time part of a timestamp.
    private struct Scanner {
        let bytes: [UInt8]
        var position: Int

        var atEnd: Bool { position == bytes.count }

        /// Steps over `byte` if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Exactly `count` digits as a number.
        mutating func number(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += count
            return value
        }

        /// Steps over any digits; returns how many.
        mutating func digits() -> Int {
            let start = position
            while position < bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
            {
                position += 1
            }
            return position - start
        }
    }
}
