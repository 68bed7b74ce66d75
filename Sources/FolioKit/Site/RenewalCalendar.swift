/// `renewals.ics`: one all-day event per renewal and per next QBR, as RFC 5545 writes a
/// calendar, so that a team can subscribe to it in any calendar application.
///
/// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text
/// is escaped; each event's UID is built from the account, the kind of event and its date,
/// so that it stays the same from build to build; DTSTAMP is `as_of`, never the clock.
enum RenewalCalendar {
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
        for client in portfolio.clients where client.account.status != .churned {
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
            if let date = account.renewalDate {
                events.append(
                    Event(
                        kind: .renewal, date: date, accountID: account.id,
                        summary: "Renewal: \(client.displayName)",
                        description: description.isEmpty ? "Renewal" : "Renewal; " + description,
                        url: url))
            }
            if let date = client.brief?.nextQBR {
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
        return events.sorted {
            ($0.date.daysSinceEpoch, $0.accountID, $0.kind == .qbr ? 1 : 0)
                < ($1.date.daysSinceEpoch, $1.accountID, $1.kind == .qbr ? 1 : 0)
        }
    }

    /// How many events ``events(_:)`` makes, counted without making them.
    static func eventCount(_ portfolio: Portfolio) -> Int {
        portfolio.clients.reduce(0) { count, client in
            guard client.account.status != .churned else { return count }
            return count + (client.account.renewalDate == nil ? 0 : 1)
                + (client.brief?.nextQBR == nil ? 0 : 1)
        }
    }

    /// The whole calendar file.
    ///
    /// Written line by line into one string, each line folded as it is added: at 10,000
    /// accounts a list of the lines and their folded copies held seven times the file.
    static func ics(_ portfolio: Portfolio) -> String {
        let domain = domain(of: portfolio.settings.baseURL)
        let stamp = compact(portfolio.asOf) + "T000000Z"
        let events = events(portfolio)
        var calendar = ""
        calendar.reserveCapacity(400 + events.count * 400)
        for line in [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//Folio//Folio \(Folio.version)//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("\(portfolio.settings.title): renewals"),
        ] {
            fold(line, into: &calendar)
        }
        for event in events {
            let date = compact(event.date)
            fold("BEGIN:VEVENT", into: &calendar)
            fold(
                "UID:"
                    + escape(
                        "\(event.accountID.lowercased())-\(event.kind.rawValue)-\(date)@\(domain)"),
                into: &calendar)
            fold("DTSTAMP:" + stamp, into: &calendar)
            fold("DTSTART;VALUE=DATE:" + date, into: &calendar)
            fold("DTEND;VALUE=DATE:" + compact(event.date.adding(days: 1)), into: &calendar)
            fold("SUMMARY:" + escape(event.summary), into: &calendar)
            fold("DESCRIPTION:" + escape(event.description), into: &calendar)
            fold("CATEGORIES:" + (event.kind == .renewal ? "Renewal" : "QBR"), into: &calendar)
            fold("TRANSP:TRANSPARENT", into: &calendar)
            if let url = event.url { fold("URL:" + url, into: &calendar) }
            fold("END:VEVENT", into: &calendar)
        }
        fold("END:VCALENDAR", into: &calendar)
        return calendar
    }

    /// Escapes TEXT as RFC 5545 section 3.3.11 asks: backslash, semicolon, comma and line
    /// breaks; other control characters, which TEXT may not hold and some readers take for
    /// line ends, are dropped, so no value can start a line of its own.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result += "\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): break
            case "\u{2028}", "\u{2029}": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line, folded so that no line is longer than 75 octets (continuations
    /// start with a space, which counts), each ending in CRLF; a UTF-8 sequence is never
    /// split.
    static func fold(_ line: String) -> String {
        var result = ""
        fold(line, into: &result)
        return result
    }

    /// Appends `line` to `text`, folded as ``fold(_:)`` folds it.
    static func fold(_ line: String, into text: inout String) {
        guard line.utf8.count > 75 else {
            text += line
            text += "\r\n"
            return
        }
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                text += "\r\n "
                octets = 1
            }
            text.unicodeScalars.append(scalar)
            octets += width
        }
        text += "\r\n"
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
        date.description.replacing("-", with: "")
    }
}
