import FolioFormats
package import FolioModel

/// `renewals.ics`: one all-day event per renewal and per next QBR, as RFC 5545 writes a
/// calendar, so that a team can subscribe to it in any calendar application.
///
/// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text
/// is escaped; each event's UID is built from the account, the kind of event and its date,
/// so that it stays the same from build to build; DTSTAMP is `as_of`, never the clock.
package enum RenewalCalendar {
    /// One event before it is written.
    struct Event: Sendable {
        enum Kind: String, Sendable {
            case renewal
            case qbr
        }

        var kind: Kind
        var date: CalendarDate
        var accountID: String
        var summary: String
        var description: String
        /// The client page's absolute address, when `base_url` gives one.
        var url: String?
    }

    /// The events of `portfolio`: every renewal and next QBR of an account that has not
    /// churned, by date, then account id, renewals before QBRs.
    static func events(_ portfolio: Portfolio) -> [Event] {
        var events: [Event] = []
        let base = portfolio.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        for client in portfolio.clients {
            let dates = dates(of: client, asOf: portfolio.asOf)
            guard dates.renewal != nil || dates.qbr != nil else { continue }
            let account = client.account
            let url = base.map { $0 + String(client.href.dropLast("index.html".count)) }
            var facts: [String] = []
            if let arr = account.arr {
                facts.append("ARR \(Formatting.money(arr, currency: account.currency))")
            }
            if let band = portfolio.healthBand(of: account) {
                facts.append("health \(band.label.lowercased())")
            }
            if let manager = portfolio.person(account.accountManager?.id) {
                facts.append("account manager \(manager.name)")
            }
            let description = facts.joined(separator: ", ")
            if let date = dates.renewal {
                events.append(
                    Event(
                        kind: .renewal, date: date, accountID: account.id,
                        summary: "Renewal: \(client.displayName)",
                        description: description.isEmpty ? "Renewal" : "Renewal; " + description,
                        url: url))
            }
            if let date = dates.qbr {
                events.append(
                    Event(
                        kind: .qbr, date: date, accountID: account.id,
                        summary: "QBR: \(client.displayName)",
                        description: description.isEmpty
                            ? "Quarterly business review"
                            : "Quarterly business review; " + description,
                        url: url))
            }
        }
        // Compared field by field rather than as tuples, which would copy both account ids at
        // every comparison.
        events.sort { first, second in
            if first.date != second.date { return first.date < second.date }
            if first.accountID != second.accountID { return first.accountID < second.accountID }
            return first.kind == .renewal && second.kind == .qbr
        }
        return events
    }

    /// How many events ``events(_:)`` makes, counted without making them.
    static func eventCount(_ portfolio: Portfolio) -> Int {
        portfolio.clients.reduce(0) { count, client in
            let dates = dates(of: client, asOf: portfolio.asOf)
            return count + (dates.renewal == nil ? 0 : 1) + (dates.qbr == nil ? 0 : 1)
        }
    }

    /// The dates `client` puts in the calendar: its renewal and its next QBR when it is
    /// still to come on `asOf` (a past one is overdue, on the agenda, not an event); none
    /// for an account that churned.
    private static func dates(of client: Portfolio.Client, asOf: CalendarDate) -> (
        renewal: CalendarDate?, qbr: CalendarDate?
    ) {
        guard client.account.status != .churned else { return (nil, nil) }
        return (client.account.renewalDate, client.brief?.nextQBR.flatMap { $0 >= asOf ? $0 : nil })
    }

    /// The whole calendar file.
    ///
    /// Written line by line into one buffer of bytes, each line escaped and folded as it is
    /// added: a list of the lines and their folded copies would hold several times the file,
    /// and escaping and folding a character at a time would cost more than the bytes.
    package static func ics(_ portfolio: Portfolio) -> String {
        let domain = domain(of: portfolio.settings.baseURL)
        let stamp = compact(portfolio.asOf) + "T000000Z"
        let events = events(portfolio)
        var calendar = Lines()
        calendar.bytes.reserveCapacity(400 + events.count * 400)
        calendar.add("BEGIN:VCALENDAR")
        calendar.add("VERSION:2.0")
        calendar.add("PRODID:-//Folio//Folio \(Folio.version)//EN")
        calendar.add("CALSCALE:GREGORIAN")
        calendar.add("METHOD:PUBLISH")
        calendar.add("X-WR-CALNAME:", escaping: "\(portfolio.settings.title): renewals")
        for event in events {
            let date = compact(event.date)
            calendar.add("BEGIN:VEVENT")
            calendar.add(
                "UID:",
                escaping: "\(event.accountID.lowercased())-\(event.kind.rawValue)-\(date)@\(domain)"
            )
            calendar.add("DTSTAMP:" + stamp)
            calendar.add("DTSTART;VALUE=DATE:" + date)
            calendar.add("DTEND;VALUE=DATE:" + compact(event.date.adding(days: 1)))
            calendar.add("SUMMARY:", escaping: event.summary)
            calendar.add("DESCRIPTION:", escaping: event.description)
            calendar.add("CATEGORIES:" + (event.kind == .renewal ? "Renewal" : "QBR"))
            calendar.add("TRANSP:TRANSPARENT")
            if let url = event.url { calendar.add("URL:" + url) }
            calendar.add("END:VEVENT")
        }
        calendar.add("END:VCALENDAR")
        return String(decoding: calendar.bytes, as: UTF8.self)
    }

    /// Content lines as bytes, each folded and ended as ``fold(_:)`` does.
    private struct Lines {
        var bytes: [UInt8] = []
        /// The line being escaped, kept from line to line so that its storage is made once.
        private var escaped: [UInt8] = []

        /// Adds `name` followed by `value` escaped as ``escape(_:)`` does, as one line.
        mutating func add(_ name: String, escaping value: String) {
            escaped.removeAll(keepingCapacity: true)
            escaped += name.utf8
            RenewalCalendar.escape(value, into: &escaped)
            add(escaped)
        }

        /// Adds `line` as it is.
        mutating func add(_ line: String) {
            guard line.utf8.count > 75 else {
                bytes += line.utf8
                bytes.append(0x0D)
                bytes.append(0x0A)
                return
            }
            add(Array(line.utf8))
        }

        /// Adds `line`, folded before any UTF-8 sequence that would take it past 75
        /// octets; a continuation starts with a space, which counts.
        mutating func add(_ line: [UInt8]) {
            guard line.count > 75 else {
                bytes += line
                bytes.append(0x0D)
                bytes.append(0x0A)
                return
            }
            var octets = 0
            var index = 0
            while index < line.count {
                let lead = line[index]
                let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if octets + width > 75 {
                    bytes.append(0x0D)
                    bytes.append(0x0A)
                    bytes.append(0x20)
                    octets = 1
                }
                let end = min(index + width, line.count)
                bytes += line[index..<end]
                octets += end - index
                index = end
            }
            bytes.append(0x0D)
            bytes.append(0x0A)
        }
    }

    /// Escapes TEXT as RFC 5545 section 3.3.11 asks: backslash, semicolon, comma and line
    /// breaks; other control characters, which TEXT may not hold and some readers take for
    /// line ends, are dropped, so no value can start a line of its own.
    package static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped as ``escape(_:)`` escapes it, to `bytes`.
    ///
    /// Works on the UTF-8 bytes: the characters it escapes or drops are ASCII, C1 controls
    /// (`C2 80` to `C2 9F`) and the line and paragraph separators (`E2 80 A8`, `E2 80 A9`).
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        let text = text.utf8Span.span
        var index = 0
        while index < text.count {
            let byte = text[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: ";"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: ";")]
            case UInt8(ascii: ","): bytes += [UInt8(ascii: "\\"), UInt8(ascii: ",")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\t"): bytes.append(byte)
            case 0..<0x20, 0x7F: break
            case 0xC2 where index < text.count && (0x80...0x9F).contains(text[index]):
                index += 1
            case 0xE2
            where index + 1 < text.count && text[index] == 0x80
                && (text[index + 1] == 0xA8 || text[index + 1] == 0xA9):
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                index += 2
            default: bytes.append(byte)
            }
        }
    }

    /// One content line, folded so that no line is longer than 75 octets (continuations
    /// start with a space, which counts), each ending in CRLF; a UTF-8 sequence is never
    /// split.
    static func fold(_ line: String) -> String {
        var lines = Lines()
        lines.add(line)
        return String(decoding: lines.bytes, as: UTF8.self)
    }

    /// The host of `base_url`, or `folio.invalid` (a name reserved never to resolve).
    static func domain(of baseURL: String?) -> String {
        guard let baseURL else { return "folio.invalid" }
        var rest = Substring(baseURL)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let stops: Set<Character> = ["/", ":", "?", "#"]
        let authority = rest.prefix { !stops.contains($0) }
        let host = String(authority.split(separator: "@").last ?? "")
        return host.isEmpty ? "folio.invalid" : host.lowercased()
    }

    /// `20261130`.
    static func compact(_ date: CalendarDate) -> String {
        if date.year >= 1000, date.year <= 9999 {
            // Eight digits: a string that small is held inline, with nothing to allocate.
            return String(date.year * 10000 + date.month * 100 + date.day)
        }
        var digits: [UInt8] = []
        for (value, width) in [(date.year, 4), (date.month, 2), (date.day, 2)] {
            let text = String(value).utf8
            digits += repeatElement(UInt8(ascii: "0"), count: max(0, width - text.count))
            digits += text.filter { $0 != UInt8(ascii: "-") }
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
