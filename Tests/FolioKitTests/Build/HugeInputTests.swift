import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioMarkdown
@testable import FolioSite

/// Huge inputs end in a clear error or a bounded build, never a crash or a hang.
///
/// The data is made here, in memory or in a temporary copy of the `mini` fixture; where a whole build
/// would take minutes in a debug build, the part that grows with the input is tested alone.
@Suite struct HugeInputTests {
    @Test func aFiftyMegabyteBriefIsParsedRenderedAndExcerpted() throws {
        let body = String(repeating: "word ", count: 10 * 1_024 * 1_024)
        let document = try Document.parse(
            text: "---\naccount: ACME-001\n---\n" + body, path: "Content/clients/acme.md")
        #expect(document.body.utf8.count == 50 * 1_024 * 1_024)
        // 56 words of 4 letters and 55 spaces make 279 characters; one more word is 284.
        #expect(
            SearchIndex.excerpt(document.body)
                == Array(repeating: "word", count: 56).joined(separator: " "))
        let html = Markdown.render(document.body).html
        #expect(html.hasPrefix("<p>word word "))
        #expect(html.hasSuffix(" word</p>\n"))
    }

    @Test func aMillionRowActivitiesFileIsRead() throws {
        let row = "ACME-001,2026-11-20,call,\"Renewal call, pricing agreed\",dana\n"
        let csv =
            "account_id,date,type,summary,owner\n" + String(repeating: row, count: 1_000_000)
        let table = try CSVReader.read(csv, file: "Content/data/activities.csv")
        #expect(table.rows.count == 1_000_000)
        #expect(table.rows.last?.location.line == 1_000_001)
        #expect(table.rows.last?["summary"]?.kindDescription == "'Renewal call, pricing agreed'")
    }

    @Test func moreAccountsThanASiteCanHoldIsOneClearError() throws {
        let site = try SiteFixture(fixture: "mini")
        let rows = (1...(ContentLoader.maximumAccounts + 1)).map { "A\($0),Account \($0)\n" }
        try site.write("account_id,name\n" + rows.joined(), to: "Content/data/accounts.csv")
        let (result, _, errors) = site.build()
        #expect(result.errorCount == 1)
        #expect(
            errors == """
                Content/data/accounts.csv:100002:1: error: Content/data/accounts.csv has 100,001 accounts; Folio builds a page for each and stops at 100,000, where a build already needs gigabytes of memory; split the portfolio into several sites, such as one per region or segment
                A100001,Account 100001
                ^

                """)
    }

    @Test func frontMatterNestedTenThousandDeepIsRefused() throws {
        let site = try SiteFixture(fixture: "mini")
        let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try site.write(
            "---\naccount: ACME-001\nnotes: \(nested)\n---\nBody\n", to: "Content/clients/acme.md")
        let (result, _, errors) = site.build()
        #expect(result.errorCount == 1)
        #expect(
            errors == """
                Content/clients/acme.md:3:9: error: values are nested too deeply here (libyaml stops at 1,000 levels of lists and mappings inside each other); flatten the structure
                notes: \(String(repeating: "[", count: 193))…
                        ^

                """)
    }

    @Test func markdownNestedTenThousandDeepBuildsAValidPage() throws {
        let site = try SiteFixture(fixture: "mini")
        let body =
            String(repeating: "> ", count: 10_000) + "deep quote\n\n"
            + String(repeating: "- ", count: 10_000) + "deep item\n\n"
            + String(repeating: "1. ", count: 10_000) + "deep number\n\n"
            + String(repeating: "*", count: 10_000) + "stars"
            + String(repeating: "*", count: 10_000)
            + "\n\n" + String(repeating: "[", count: 10_000) + "brackets"
            + String(repeating: "]", count: 10_000) + "\n"
        try site.write("---\naccount: ACME-001\n---\n" + body, to: "Content/clients/acme.md")
        let (result, _, errors) = site.build()
        #expect(result.succeeded, "\(errors)")
        let page = try String(
            contentsOf: site.root.appending(path: "Public/clients/acme/index.html"),
            encoding: .utf8)
        for (open, close, count) in [
            ("<blockquote>", "</blockquote>", 10_000), ("<ul>", "</ul>", 10_000),
            ("<ol>", "</ol>", 10_000), ("<li>", "</li>", 20_000), ("<strong>", "</strong>", 5_000),
        ] {
            #expect(page.ranges(of: open).count == count, "\(open)")
            #expect(page.ranges(of: close).count == count, "\(close)")
        }
        #expect(page.contains("deep quote"))
        #expect(page.contains("deep item"))
        #expect(page.contains("deep number"))
        #expect(page.contains(String(repeating: "[", count: 10_000) + "brackets"))
    }
}
