import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

@Suite struct RenewalCalendarTests {
    @Test func escapesBackslashSemicolonCommaAndNewline() {
        #expect(RenewalCalendar.escape("a\\b;c,d\ne\r\nf") == #"a\\b\;c\,d\ne\nf"#)
        #expect(RenewalCalendar.escape("Müller Kälte: 5:1") == "Müller Kälte: 5:1")
        // Other control characters cannot start a line: dropped, or a line break escaped.
        #expect(
            RenewalCalendar.escape("a\rBEGIN:VEVENT\u{0B}b\u{0C}c\u{0}d\u{85}e\u{2028}f\tg")
                == #"aBEGIN:VEVENTbcde\nf"# + "\tg")
    }

    @Test func foldsAtSeventyFiveOctets() {
        let exact = String(repeating: "a", count: 75)
        #expect(RenewalCalendar.fold(exact) == exact + "\r\n")
        // 200 octets: 75 on the first line, then a space and 74 more, then a space and 51.
        let long = String(repeating: "a", count: 200)
        #expect(
            RenewalCalendar.fold(long)
                == String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 74)
                + "\r\n " + String(repeating: "a", count: 51) + "\r\n")
    }

    @Test func neverFoldsInsideAUTF8Sequence() {
        // 12 + 62 = 74 octets; "é" takes two, which would make 76, so it starts the next line.
        let line = "DESCRIPTION:" + String(repeating: "a", count: 62) + "éb"
        #expect(
            RenewalCalendar.fold(line)
                == "DESCRIPTION:" + String(repeating: "a", count: 62) + "\r\n éb\r\n")
        // A four-octet emoji after 73 octets moves whole to the next line.
        let emoji = String(repeating: "a", count: 73) + "🚚z"
        #expect(
            RenewalCalendar.fold(emoji) == String(repeating: "a", count: 73) + "\r\n 🚚z\r\n")
    }

    @Test func takesTheDomainFromBaseURL() {
        #expect(
            RenewalCalendar.domain(of: "https://portfolio.example.com/") == "portfolio.example.com")
        #expect(RenewalCalendar.domain(of: "http://me@Example.ORG:8080/x") == "example.org")
        #expect(RenewalCalendar.domain(of: nil) == "folio.invalid")
        #expect(RenewalCalendar.domain(of: "") == "folio.invalid")
    }

    @Test func writesTheWholeCalendarWordForWord() throws {
        var settings = SiteSettings()
        settings.title = "Mini"
        let sources = PortfolioSources(
            settings: settings,
            accounts: try CSVReader.read(
                """
                account_id,name,account_manager,status,arr,currency,renewal_date,health_score
                ACME-1,"Acme, Inc.",ana,active,1200.5,EUR,2026-12-31,35
                OLD-2,Old,,churned,0,USD,2026-12-01,
                NEW-3,New,,onboarding,,USD,,

                """, file: "accounts.csv"),
            team: try CSVReader.read("id,name\nana,Ana Alves\n", file: "team.csv"),
            briefs: [
                try Document.parse(
                    text: "---\naccount: NEW-3\ntitle: New; Co\nnext_qbr: 2027-01-05\n---\n",
                    path: "clients/new.md")
            ])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let portfolio = Portfolio.merge(sources, asOf: asOf, includeDrafts: false).0
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Folio//Folio \(Folio.version)//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Mini: renewals",
            "BEGIN:VEVENT", "UID:acme-1-renewal-20261231@folio.invalid",
            "DTSTAMP:20261130T000000Z", "DTSTART;VALUE=DATE:20261231",
            "DTEND;VALUE=DATE:20270101", #"SUMMARY:Renewal: Acme\, Inc."#,
            #"DESCRIPTION:Renewal\; ARR €1\,200.50\, health red\, account manager Ana A"#,
            " lves", "CATEGORIES:Renewal", "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:new-3-qbr-20270105@folio.invalid", "DTSTAMP:20261130T000000Z",
            "DTSTART;VALUE=DATE:20270105", "DTEND;VALUE=DATE:20270106",
            #"SUMMARY:QBR: New\; Co"#, "DESCRIPTION:Quarterly business review",
            "CATEGORIES:QBR", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR",
        ]
        #expect(RenewalCalendar.ics(portfolio) == expected.map { $0 + "\r\n" }.joined())
    }

    /// The sample site's committed calendar, read back with a small RFC 5545 parser, holds
    /// one renewal event for each account that has not churned, on its renewal date, and
    /// one QBR event for each brief's next QBR.
    @Test func sampleCalendarRoundTripsEveryRenewalDate() throws {
        let repository = URL(filePath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: repository.appending(path: "Public/renewals.ics"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.replacing("\r\n", with: "").contains("\n"), "every line ends in CRLF")
        let physical = text.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        let events = Self.events(in: text)
        let options = BuildOptions(
            content: repository.appending(path: "Content"),
            templates: repository.appending(path: "Templates"),
            output: repository.appending(path: "Public"), today: CalendarDate(daysSinceEpoch: 0))
        var diagnostics: [Diagnostic] = []
        let sources = try #require(ContentLoader.load(options, &diagnostics))
        let portfolio = Portfolio.merge(
            sources, asOf: try #require(sources.settings.asOf), includeDrafts: false
        ).0
        let renewals = Set(
            portfolio.clients.map(\.account).filter { $0.status != .churned }.compactMap {
                account in account.renewalDate.map { "\(account.id.lowercased()) \($0)" }
            })
        // Only the QBRs still to come: HL-1006's, 11 Aug 2026, is overdue on 30 Nov.
        let qbrs = Set(
            portfolio.clients.filter { $0.account.status != .churned }.compactMap { client in
                client.brief?.nextQBR.flatMap {
                    $0 < portfolio.asOf ? nil : "\(client.account.id.lowercased()) \($0)"
                }
            })
        #expect(qbrs.count == 11 && !qbrs.contains("hl-1006 2026-08-11"))
        func dated(_ kind: String) -> Set<String> {
            Set(
                events.filter { $0["CATEGORIES"] == kind }.compactMap { event in
                    guard let uid = event["UID"], let start = event["DTSTART;VALUE=DATE"],
                        let date = CalendarDate(iso: Self.iso(start))
                    else { return nil }
                    return
                        "\(uid.prefix { $0 != "@" }.split(separator: "-\(kind.lowercased())-")[0]) \(date)"
                })
        }
        #expect(renewals.count == 16)
        #expect(dated("Renewal") == renewals)
        #expect(dated("QBR") == qbrs)
        #expect(Set(events.compactMap { $0["UID"] }).count == events.count)
        #expect(RenewalCalendar.eventCount(portfolio) == events.count)
        #expect(events.allSatisfy { $0["DTSTAMP"] == "20261130T000000Z" })
    }

    /// Unfolds the calendar (a CRLF followed by a space or tab continues the line) and
    /// returns each VEVENT's properties by name with parameters.
    static func events(in text: String) -> [[String: String]] {
        let unfolded = text.replacing("\r\n ", with: "").replacing("\r\n\t", with: "")
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfolded.split(separator: "\r\n") {
            if line == "BEGIN:VEVENT" {
                current = [:]
            } else if line == "END:VEVENT" {
                current.map { events.append($0) }
                current = nil
            } else if let colon = line.firstIndex(of: ":") {
                current?[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        return events
    }

    /// `20261130` as `2026-11-30`.
    static func iso(_ compact: String) -> String {
        let digits = Array(compact)
        guard digits.count == 8 else { return compact }
        return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
    }
}
