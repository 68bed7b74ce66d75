import Testing

@testable import FolioSite
@testable import FolioTemplates

/// The search index: its entries over the portfolio of PortfolioMetricsTests and its JSON.
@Suite struct SearchIndexTests {
    @Test func excerptsArePlainTextCutAtAWord() {
        #expect(
            SearchIndex.excerpt("# Title\n\nSome **bold**\nand `code`.")
                == "Title Some bold and code.")
        let long = String(repeating: "word ", count: 100)
        let excerpt = SearchIndex.excerpt(long)
        // 56 words of 4 letters and 55 spaces make 279 characters; one more word is 284.
        #expect(excerpt.count == 279)
        #expect(excerpt.hasSuffix("word"))
        #expect(SearchIndex.excerpt(" \n ") == "")
        // A word that ends at the limit is kept; a first word past it is cut there.
        let exact = String(repeating: "a", count: 279) + " " + String(repeating: "b", count: 9)
        #expect(SearchIndex.excerpt(exact) == String(repeating: "a", count: 279))
        let fits = String(repeating: "a", count: 280) + " more"
        #expect(SearchIndex.excerpt(fits) == String(repeating: "a", count: 280))
        #expect(SearchIndex.excerpt(String(repeating: "x", count: 1_000)).count == 280)
        #expect(SearchIndex.excerpt("short text") == "short text")
    }

    /// ASCII text is cut by counting bytes; a mark that joins the letter before it, or
    /// letters of more than one byte, make the cut count characters instead.
    @Test func excerptsCountCharactersWhereTextIsNotASCII() {
        let letters = String(repeating: "a", count: 275) + " bcde"
        // The mark joins the 280th letter, so the 281st character is the space after it.
        #expect(SearchIndex.excerpt(letters + "\u{301} fgh") == letters + "\u{301}")
        #expect(SearchIndex.excerpt(letters + " fgh") == letters)
        #expect(SearchIndex.excerpt(letters + "fgh") == String(repeating: "a", count: 275))
        let accented = String(repeating: "é", count: 279) + " " + String(repeating: "b", count: 9)
        #expect(SearchIndex.excerpt(accented) == String(repeating: "é", count: 279))
        #expect(SearchIndex.excerpt(String(repeating: "é", count: 300)).count == 280)
    }

    @Test func theIndexHoldsClientsAndPeopleWithTheirFacets() throws {
        let index = SearchIndex(try PortfolioMetricsTests.portfolio())
        #expect(
            index.entries.map(\.kind) == Array(repeating: "client", count: 7) + [
                "person", "person", "person",
            ])
        #expect(index.managers.map(\.id) == ["ana", "ben"])
        let json = index.json()
        #expect(
            json.hasPrefix(
                #"{"fields":["kind","title","href","summary","tags","industry","manager","tier","health","text"],"managers":{"ana":"Ana Alves","ben":"Ben Brook"},"entries":["#
            ))
        // Alpha: Retail, tier 1, managed by Ana, health 80 (green); Fox has no score.
        #expect(
            json.contains(
                #"["client","Alpha","clients/alpha/index.html",null,[],"Retail","ana","1","green",""]"#
            ))
        #expect(
            json.contains(
                #"["client","Fox","clients/a6/index.html",null,[],"Retail","ana","1",null,""]"#))
        #expect(
            json.contains(
                #"["person","Ana Alves","team/ana/index.html","Account manager",[],null,"ana",null,null,""]"#
            ))
        #expect(
            json.contains(
                #"["person","Sam Lee","team/sam/index.html","Salesperson",[],null,null,null,null,""]"#
            ))
    }

    @Test func theSearchPageOffersItsFilters() throws {
        let page = try PageContextTests.context(.search)
        #expect(page["search"]?["entries"]?.renderedText == "10")
        // The script finds the index in its shards; the page holds none of it.
        #expect(page["search"]?["shards"]?.renderedText == "search/shards/")
        #expect(page["search"]?["index"] == .null)
        #expect(
            PageContextTests.texts(page["search"]?["industries"], "value") == [
                "Logistics", "Retail",
            ])
        #expect(
            PageContextTests.texts(page["search"]?["industries"], "slug") == [
                "logistics", "retail",
            ])
        #expect(
            PageContextTests.texts(page["search"]?["industries"], "href") == [
                "industries/logistics/index.html", "industries/retail/index.html",
            ])
        #expect(
            // Red: Delta (30); Echo (10) churned. Yellow: Gamma (55). Green: Alpha, Beta, Golf.
            PageContextTests.texts(page["search"]?["health_bands"], "accounts_count") == [
                "1", "1", "3",
            ])
        #expect(
            PageContextTests.texts(page["search"]?["managers"], "name") == [
                "Ana Alves", "Ben Brook",
            ])
    }
}
