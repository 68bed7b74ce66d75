import Foundation
import Testing

@testable import FolioBuild
@testable import FolioModel

/// Pages show the labels of values, never the values themselves: `QBR` for `qbr`,
/// "Cross-sell" for `cross_sell`, and the labels `site.yml` gives for a CRM's own values.
@Suite struct LabelTests {
    /// The text a reader sees on a page, one piece per text node: without scripts, styles
    /// and code, which show what is written as it is.
    static func visibleTexts(_ html: String, keepingCode: Bool = false) throws -> [String] {
        var text = html
        for element in ["script", "style"] + (keepingCode ? [] : ["code", "pre"]) {
            text = text.replacing(
                try Regex("<\(element)\\b[^>]*>.*?</\(element)>").dotMatchesNewlines(),
                with: " ")
        }
        return text.split(separator: /<[^>]*>/).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
    }

    /// Values of the sample's vocabularies and ids of its people, none of which a page may
    /// show as it is written.
    static let rawValues: Set<String> = [
        "qbr", "onsite", "call", "meeting", "support", "cross_sell", "upsell", "expansion",
        "renewal", "discovery", "proposal", "negotiation", "positive", "neutral", "negative",
        "low", "medium", "high", "at_risk", "champion", "economic_buyer", "decision_maker",
        "technical_buyer", "executive_sponsor", "influencer", "user", "detractor",
        "account_manager", "salesperson", "director",
    ]

    /// The ids of the sample's people, which name their pages' folders and nothing a
    /// reader sees, not even as code.
    static let personIDs: Set<String> = [
        "helen-castillo", "dana-whitfield", "priya-raman", "tomas-herrera", "marcus-oyelaran",
        "sam-lee", "aisha-kamara", "jordan-ashby", "kenji-mori",
    ]

    @Test func theSamplesPagesShowLabelsNotValues() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        var raw: [String] = []
        var keys: [String] = []
        for (path, data) in SiteFixture.files(in: site.root.appending(path: "Public"))
        where path.hasSuffix(".html") {
            for piece in try Self.visibleTexts(String(decoding: data, as: UTF8.self)) {
                if Self.rawValues.contains(piece) { raw.append("\(path): \(piece)") }
                if piece.contains(/\b[a-z]+_[a-z_]+\b/) { keys.append("\(path): \(piece)") }
            }
            let html = String(decoding: data, as: UTF8.self)
            for piece in try Self.visibleTexts(html, keepingCode: true)
            where Self.personIDs.contains(piece) {
                raw.append("\(path): \(piece)")
            }
        }
        #expect(raw.isEmpty, "\(raw.sorted())")
        #expect(keys.isEmpty, "\(keys.sorted())")
        func page(_ path: String) throws -> String {
            try String(contentsOf: site.root.appending(path: "Public/\(path)"), encoding: .utf8)
        }
        let cascade = try page("clients/cascade-freight-lines/index.html")
        #expect(cascade.contains(#"<span class="badge kind">QBR</span>"#))
        #expect(
            try page("clients/meridian-home-furnishings/index.html").contains("<td>Cross-sell</td>")
        )
    }

    @Test func theSitesLabelsNameTheCRMsValuesAndTheValuesStayInData() throws {
        let site = try SiteFixture(content: "mini")
        try site.write(
            """
            title: Mini Portfolio
            as_of: 2026-11-30
            labels:
              activity_type: {call: Phone call}
              tier: {"1": Strategic}
              team_role: {account_manager: Customer success manager}

            """, to: "Content/site.yml")
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        func page(_ path: String) throws -> String {
            try String(contentsOf: site.root.appending(path: "Public/\(path)"), encoding: .utf8)
        }
        let client = try page("clients/acme/index.html")
        #expect(client.contains(#"<span class="badge kind">Phone call</span>"#))
        #expect(client.contains(#"<a href="../../tiers/1/index.html">Strategic</a>"#))
        let accounts = try page("accounts/index.html")
        #expect(accounts.contains(#"<td class="opt nowrap" data-sort="1">Strategic</td>"#))
        #expect(accounts.contains(#"<td class="opt nowrap" data-sort="2">Tier 2</td>"#))
        let tier = try page("tiers/1/index.html")
        #expect(tier.contains("<title>Tier: Strategic · Mini Portfolio</title>"))
        #expect(tier.contains("<h1>Strategic</h1>"))
        #expect(try page("tiers/2/index.html").contains("<h1>Tier 2</h1>"))
        #expect(try page("team/dana/index.html").contains("Customer success manager"))
        let search = try page("search/index.html")
        #expect(search.contains(#"<option value="1" data-value="1">Strategic</option>"#))
        let records = try page("search/shards/records/0.js")
        #expect(records.contains(#""Strategic""#))
        #expect(!records.contains(#""1","dana""#))
    }

    @Test func aLabelOfAValueFolioFixesIsAnErrorAtItsLine() throws {
        let site = try SiteFixture(content: "mini")
        try site.edit(
            "Content/site.yml", replacing: "currency: USD\n",
            with: "currency: USD\nlabels:\n  severity: {hgh: Urgent}\n")
        let (result, _, errors) = site.build()
        #expect(!result.succeeded)
        #expect(
            errors == """
                Content/site.yml:5:14: error: 'labels.severity' has 'hgh', which is not a risk's severity; did you mean 'high'?
                  severity: {hgh: Urgent}
                             ^

                """)
    }
}
