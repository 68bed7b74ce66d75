import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite
@testable import FolioTemplates

/// Taxonomy slugs and terms, and their pages, over the portfolio of PortfolioMetricsTests.
@Suite struct TaxonomyTests {
    @Test func slugsAreASCIILowerCaseWithSingleHyphens() {
        #expect(Taxonomy.slug("Cold-chain logistics") == "cold-chain-logistics")
        #expect(Taxonomy.slug("  Café & Bar! ") == "cafe-bar")
        #expect(Taxonomy.slug("Tier 1") == "tier-1")
        #expect(Taxonomy.slug("日本") == "term")
    }

    @Test func aLongValueGivesASlugOfAtMostEightyCharacters() {
        let words = Array(repeating: "word", count: 100).joined(separator: " ")
        // 16 words and their hyphens are 79 characters; a hyphen and a 17th word would pass 80.
        #expect(Taxonomy.slug(words) == Array(repeating: "word", count: 16).joined(separator: "-"))
        #expect(
            Taxonomy.slug(String(repeating: "x", count: 5_000)) == String(repeating: "x", count: 80)
        )
    }

    @Test func termsAreOrderedByValueWithUniqueSlugs() throws {
        let accounts = """
            account_id,name,industry
            A1,One,Café
            A2,Two,Cafe
            A3,Three,日本
            A4,Four,中国
            A5,Five,Cafe

            """
        let sources = PortfolioSources(
            settings: SiteSettings(), accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: nil, activities: nil, arr: nil, briefs: [])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let portfolio = Portfolio.merge(sources, asOf: asOf, includeDrafts: false).0
        // Clients by name: Five, Four, One, Three, Two.
        let terms = Taxonomy.industry.terms(in: portfolio)
        #expect(terms.map(\.value) == ["Cafe", "Café", "中国", "日本"])
        #expect(terms.map(\.slug) == ["cafe", "cafe-2", "term", "term-2"])
        #expect(terms.map(\.clients) == [[0, 4], [2], [1], [3]])
        #expect(Taxonomy.industry.href(terms[1]) == "industries/cafe-2/index.html")
    }

    /// A value a brief repeats counts the client once, in a short list of tags and in a
    /// long one alike.
    @Test func aClientIsUnderEachOfItsTagsOnce() throws {
        let accounts = "account_id,name\nA1,One\nA2,Two\n"
        let long = (0..<40).map { "t\($0 % 20)" }.joined(separator: ", ")
        let briefs = try [("one", "A1", long), ("two", "A2", "t1, t1, x")].map {
            name, account, tags in
            try Document.parse(
                text: "---\naccount: \(account)\ntags: [\(tags)]\n---\nBody\n",
                path: "Content/clients/\(name).md")
        }
        let sources = PortfolioSources(
            settings: SiteSettings(), accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: nil, activities: nil, arr: nil, briefs: briefs)
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let portfolio = Portfolio.merge(sources, asOf: asOf, includeDrafts: false).0
        let terms = Taxonomy.tag.terms(in: portfolio)
        #expect(terms.count == 21)
        #expect(terms.first { $0.value == "t1" }?.clients == [0, 1])
        #expect(terms.first { $0.value == "t7" }?.clients == [0])
        #expect(terms.first { $0.value == "x" }?.clients == [1])
    }

    @Test func everyTaxonomyHasAnIndexAndAPagePerValue() throws {
        let portfolio = try PortfolioMetricsTests.portfolio()
        let paths = PlannedPage.pages(of: portfolio).map(\.path).filter {
            ["industries/", "segments/", "tiers/", "tags/"].contains(where: $0.hasPrefix)
        }
        #expect(
            paths == [
                "industries/index.html", "industries/logistics/index.html",
                "industries/retail/index.html", "segments/index.html",
                "segments/enterprise/index.html", "segments/smb/index.html", "tiers/index.html",
                "tiers/1/index.html", "tiers/2/index.html", "tags/index.html",
            ])
    }

    @Test func aTermPageListsItsAccountsAndARRPerCurrency() throws {
        // Logistics: Delta 20,000 USD, Gamma 80,000 EUR, Golf 60,000 USD.
        let page = try PageContextTests.context(.term(.industry, 0))
        #expect(page["term"]?["value"]?.renderedText == "Logistics")
        #expect(PageContextTests.texts(page["term"]?["accounts"], "id") == ["A4", "A3", "A7"])
        #expect(
            PageContextTests.texts(page["term"]?["arr"], "amount_display") == [
                "€80,000", "$80,000",
            ])
        #expect(page["taxonomy"]?["title"]?.renderedText == "Industries")
        let index = try PageContextTests.context(.taxonomy(.tier))
        #expect(
            PageContextTests.texts(index["terms"], "href") == [
                "tiers/1/index.html", "tiers/2/index.html",
            ])
        #expect(PageContextTests.texts(index["terms"], "accounts_count") == ["4", "2"])
        let alpha = try PageContextTests.context(.client(0))
        #expect(alpha["account"]?["industry_href"]?.renderedText == "industries/retail/index.html")
        #expect(alpha["account"]?["segment_href"]?.renderedText == "segments/smb/index.html")
    }
}
