import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The repository's own site: `Public/` must be exactly what Folio builds from `Content/`
/// and `Templates/`, and every link in it must resolve.
@Suite struct SampleSiteTests {
    @Test func publicIsAFreshBuildOfContent() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        let (result, text, _) = site.build()
        #expect(result.succeeded, "\(text)")
        let built = SiteFixture.files(in: site.root.appending(path: "Public"))
        let committed = SiteFixture.files(in: SiteFixture.repository.appending(path: "Public"))
        let differing = Set(built.keys).union(committed.keys).filter { built[$0] != committed[$0] }
        #expect(
            differing.isEmpty,
            "Public/ is not the build of Content/; run 'make site' and commit Public/. Differs: \(differing.sorted())"
        )
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        #expect(site.build(site.options(output: "First")).result.succeeded)
        #expect(site.build(site.options(output: "Second")).result.succeeded)
        let first = SiteFixture.files(in: site.root.appending(path: "First"))
        let second = SiteFixture.files(in: site.root.appending(path: "Second"))
        #expect(first.count > 40)
        #expect(first == second)
    }

    @Test func writesEveryPageTheContractLists() throws {
        let files = SiteFixture.files(in: SiteFixture.repository.appending(path: "Public"))
        let content = SiteFixture.repository.appending(path: "Content")
        let accounts = try CSVReader.read(
            String(contentsOf: content.appending(path: "data/accounts.csv"), encoding: .utf8),
            file: "accounts.csv")
        let people = try CSVReader.read(
            String(contentsOf: content.appending(path: "data/team.csv"), encoding: .utf8),
            file: "team.csv")
        var expected = [
            "index.html", "guide/index.html", "404.html", "sitemap.xml", "assets/style.css",
        ]
        for folder in ["handoffs", "guide"] {
            for name in try FileManager.default.contentsOfDirectory(
                atPath: content.appending(path: folder).path) where name.hasSuffix(".md")
            {
                expected.append("\(folder)/\(name.dropLast(3))/index.html")
            }
        }
        for row in people.rows {
            expected.append("team/\(try #require(row["id"]).text("id"))/index.html")
        }
        // One page per account; the other folders of clients/ hold redirects to them.
        let clientPages = files.filter {
            $0.key.hasPrefix("clients/") && $0.key.hasSuffix("/index.html")
                && !String(decoding: $0.value, as: UTF8.self).contains("http-equiv=\"refresh\"")
        }
        #expect(clientPages.count == accounts.rows.count)
        for path in expected {
            #expect(files[path] != nil, "Public/ has no \(path)")
        }
    }

    @Test func everyInternalLinkResolvesFromDisk() throws {
        let site = SiteFixture.repository.appending(path: "Public")
        let files = SiteFixture.files(in: site)
        var broken: [String] = []
        var absolute: [String] = []
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in Self.links(in: html) {
                if link.hasPrefix("/") { absolute.append("\(path): \(link)") }
                if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("/") {
                    continue
                }
                let parts = link.split(
                    separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target = String(parts[0])
                let fragment = parts.count > 1 ? String(parts[1]) : ""
                let resolvedPath: String
                if target.isEmpty {
                    resolvedPath = path
                } else {
                    let base = URL(filePath: "/" + path).deletingLastPathComponent()
                    resolvedPath = String(
                        base.appending(path: target).standardized.path.dropFirst())
                }
                guard let targetData = files[resolvedPath] else {
                    broken.append("\(path): \(link)")
                    continue
                }
                if !fragment.isEmpty,
                    !String(decoding: targetData, as: UTF8.self).contains("id=\"\(fragment)\"")
                {
                    broken.append("\(path): \(link) (no such id)")
                }
            }
        }
        #expect(absolute.isEmpty, "absolute internal links: \(absolute.sorted())")
        #expect(broken.isEmpty, "broken links: \(broken.sorted())")
    }

    /// The values of every `href` and `src` attribute.
    static func links(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
            .map { $0.replacing("&amp;", with: "&") }
    }
}
