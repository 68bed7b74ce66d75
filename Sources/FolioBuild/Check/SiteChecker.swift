import FolioFormats
import FolioModel
import FolioParallel
import FolioSite
import Foundation
import Synchronization

/// Runs every validation of a build without writing the site, and the checks a build does
/// not make: links and fragments, stale briefs and incomplete handoffs.
public enum SiteChecker {
    /// Checks the site that `options` describe, without writing it.
    ///
    /// The output folder is neither read nor written, and nothing is printed: the problems
    /// come back sorted.
    public static func check(_ options: BuildOptions) -> CheckResult {
        ParallelLoop.withJobs(options.jobs) { checkSite(options) }
    }

    /// ``check(_:)``'s work, with every loop bound to `options.jobs` threads.
    private static func checkSite(_ options: BuildOptions) -> CheckResult {
        var diagnostics: [Diagnostic] = []
        guard let site = SiteBuilder.prepare(options, &diagnostics) else {
            return CheckResult(
                diagnostics: diagnostics.sortedUnique, pagesChecked: 0, linksChecked: 0)
        }

        let collector = DiagnosticCollector()
        let rendered = Mutex<[String: PageAnchors]>([:])
        let redirectPaths = Set(site.portfolio.redirects.map(\.path))
        let redirects = Mutex<[String: PageAnchors]>([:])
        let scan = PrivacyScan(site.portfolio.withheld)
        let findings = PrivacyScan.Findings()
        SiteBuilder.renderPages(
            site, options: options, collector: collector,
            deliver: { page, bytes, _ in
                let anchors = PageAnchors(html: String(decoding: bytes, as: UTF8.self))
                rendered.withLock { $0[page.path] = anchors }
                scan.search(bytes, named: page.path, into: findings)
            },
            deliverFile: { path, bytes in
                if redirectPaths.contains(path) {
                    let anchors = PageAnchors(html: String(decoding: bytes, as: UTF8.self))
                    redirects.withLock { $0[path] = anchors }
                }
                scan.search(bytes, named: path, into: findings)
            })
        diagnostics += collector.sorted
        diagnostics += scan.diagnostics(
            findings, audience: options.audience,
            origin: SiteBuilder.leakOrigin(site, options: options))
        options.phaseStarted?(.checking)
        let pages = rendered.withLock { $0 }
        // Redirects are files a link may lead to, not pages: their links are checked, but
        // the counts of pages and links leave them out.
        let check = LinkCheck(
            pages: pages, files: otherFiles(options).union(redirectPaths), site: site,
            templates: templates(options),
            notFoundRoot: SiteBuilder.notFoundRoot(site, options: options),
            redirects: redirects.withLock { $0 })
        diagnostics += check.diagnostics()
        diagnostics += staleBriefs(site)
        diagnostics += incompleteHandoffs(site)
        diagnostics += indexableTeamSite(site, audience: options.audience)
        return CheckResult(
            diagnostics: diagnostics.sortedUnique, pagesChecked: pages.count,
            linksChecked: pages.values.reduce(0) { $0 + $1.links.count })
    }

    /// A warning at `updated` for every brief not updated within `stale_after_days` of
    /// `as_of`.
    static func staleBriefs(_ site: PreparedSite) -> [Diagnostic] {
        let portfolio = site.portfolio
        let limit = portfolio.settings.staleAfterDays
        return portfolio.clients.compactMap { client in
            guard let brief = client.brief, let updated = brief.updated else { return nil }
            let age = updated.days(until: portfolio.asOf)
            guard age > limit else { return nil }
            let document = site.sources.briefs.first { $0.path == brief.source }
            let location =
                document?.frontMatter.entries.first { $0.key == "updated" }?.value.location
                ?? SourceLocation(file: brief.source, line: 1)
            return .warning(
                "the brief of '\(client.account.id)' was last updated \(Plural.count(age, "day")) before "
                    + "\(portfolio.asOf) (stale_after_days is \(limit)); review it and set "
                    + "'updated' to the day you did",
                at: location)
        }
    }

    /// A warning when a team build is marked indexable: it holds everything a portfolio
    /// keeps private, and search engines would list it page by page.
    static func indexableTeamSite(_ site: PreparedSite, audience: Audience) -> [Diagnostic] {
        let settings = site.portfolio.settings
        guard settings.indexable, audience == .team else { return [] }
        return [
            .warning(
                "indexable: true lets search engines index the team build, which holds every "
                    + "account's figures, stakeholders and notes; keep it for a client build "
                    + "meant to be public (folio build --audience client), and host the team "
                    + "build behind a login (docs/hosting.md)",
                at: settings.indexableLocation ?? SourceLocation(file: "site.yml", line: 1))
        ]
    }

    /// A warning for every handoff that lacks a section of the contract, naming them.
    static func incompleteHandoffs(_ site: PreparedSite) -> [Diagnostic] {
        site.portfolio.handoffs.compactMap { handoff in
            let missing = handoff.completeness.missing.map { "'\($0)'" }
            guard !missing.isEmpty else { return nil }
            let list =
                missing.count == 1
                ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
            return .warning(
                "the handoff '\(handoff.slug)' is incomplete: it lacks \(list); fill "
                    + "\(missing.count == 1 ? "it" : "them") in so the account manager starts "
                    + "with the whole picture",
                at: SourceLocation(file: handoff.source, line: 1))
        }
    }

    /// The files a build writes besides the pages: the sitemap and every asset.
    static func otherFiles(_ options: BuildOptions) -> Set<String> {
        var files: Set<String> = ["sitemap.xml", "robots.txt", "renewals.ics"]
        let assets = options.templates.appending(path: "assets", directoryHint: .isDirectory)
        for path in FolderWalk.files(below: assets) { files.insert("assets/\(path)") }
        return files
    }

    /// Every `.mustache` file of the templates folder with its text, in path order.
    static func templates(_ options: BuildOptions) -> [(path: String, text: String)] {
        FolderWalk.files(below: options.templates).filter { $0.hasSuffix(".mustache") }
            .compactMap { path in
                guard
                    let data = FileManager.default.contents(
                        atPath: options.templates.appending(path: path).path)
                else { return nil }
                return (
                    "\(options.templatesDisplay)/\(path)", String(decoding: data, as: UTF8.self)
                )
            }
    }
}
