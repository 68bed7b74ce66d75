package import FolioFormats
import FolioMarkdown
import FolioModel
import FolioParallel
import FolioSite
import FolioTemplates
import Foundation
import Synchronization

/// Builds a site: reads the content, merges the portfolio, renders every page in parallel
/// into a staging folder, and swaps it in for the output only when nothing failed.
public enum SiteBuilder {
    /// Builds the site that `options` describe.
    ///
    /// Nothing is printed: problems come back in the result, sorted. The steps of a build
    /// (read and merge the content, plan the pages, render and write them) run inside an
    /// ``OutputTransaction``, which skips them when the output is up to date or only bodies
    /// changed, and otherwise swaps their output in only when nothing failed.
    public static func build(_ options: BuildOptions) -> BuildResult {
        ParallelLoop.withJobs(options.jobs) {
            OutputTransaction.run(options) { transaction, diagnostics in
                // The portfolio holds all that pages need; the files it was read from are only
                // for `folio check`, and in a large build they are a large share of the memory.
                guard
                    let site = prepare(options, releasingRecords: true, &diagnostics),
                    !diagnostics.contains(where: { $0.severity == .error })
                else { return nil }
                diagnostics += SiteChecker.indexableTeamSite(site, audience: options.audience)
                guard let staging = transaction.stage(&diagnostics) else { return nil }
                let rendered = render(site, options: options, into: staging, &diagnostics)
                return Built(site: site, rendered: rendered)
            }
        }
    }

    /// What the steps of a build made: the site, and what rendering it wrote (`nil` when
    /// rendering failed).
    struct Built: Sendable {
        var site: PreparedSite
        var rendered: Rendered?
    }

    /// What rendering wrote: how many files, where each page shows bodies, and the hashes
    /// of the bodies' search excerpts (``renderPages(_:options:collector:deliver:deliverFile:)``).
    struct Rendered: Sendable {
        var files: Int
        var placements: [String: [HTMLPlacement]]
        var excerpts: [UInt64]
    }

    /// Reads the content, merges the portfolio, loads the templates and plans the pages: the
    /// part of a build that `folio check` shares.
    ///
    /// Returns `nil` when there is nothing to render (a folder, the accounts or the templates
    /// could not be read). A portfolio with errors is still returned, so that a check can go
    /// on to render its pages; a build stops on any error in `diagnostics`. With
    /// `releasingRecords`, the site's sources keep only the settings and the files' names:
    /// each Markdown file is read, parsed and typed in one step, and each data file's rows
    /// are dropped as soon as they are typed.
    static func prepare(
        _ options: BuildOptions, releasingRecords: Bool = false, _ diagnostics: inout [Diagnostic]
    ) -> PreparedSite? {
        options.phaseStarted?(.reading)
        let digests = FrontMatterDigests()
        guard checkFolders(options, &diagnostics),
            var sources = ContentLoader.load(
                options, deferringDocuments: releasingRecords, digests: digests, &diagnostics)
        else { return nil }

        // The templates first, so that the merge knows whether any of them shows `fields`;
        // the content is merged even when they have errors, to report its problems too.
        options.phaseStarted?(.parsingTemplates)
        let library: TemplateLibrary?
        do {
            library = try TemplateLibrary(
                folder: options.templates, displayPath: options.templatesDisplay,
                strict: options.strictTemplates)
        } catch {
            diagnostics += error.diagnostics
            library = nil
        }

        options.phaseStarted?(.merging)
        let asOf = options.asOf ?? sources.settings.asOf ?? options.today
        // A build needs only the portfolio; `folio check` reads the files again for links.
        let (portfolio, problems) = Portfolio.merge(
            &sources, releasing: releasingRecords, asOf: asOf,
            includeDrafts: options.includeDrafts, audience: options.audience,
            makingFields: library?.mentions("fields") ?? false)
        diagnostics += problems
        if releasingRecords { MemoryRelease.returnFreedMemory() }
        guard let library else { return nil }

        // The pages of whole lists and the team's page are the theme's to offer: a theme
        // without a `list` or `team` template (one written before they existed) builds
        // without them.
        let lists = PagedList.lists(of: portfolio)
        let pages = PlannedPage.pages(of: portfolio, lists: lists).filter {
            ($0.template != "list" && $0.template != "team") || library.contains($0.template)
        }
        var missing = false
        for template in Set(pages.map(\.template)).sorted() where !library.contains(template) {
            missing = true
            diagnostics.append(
                .error(
                    "there is no template '\(template)'; add \(options.templatesDisplay)/"
                        + "\(template).mustache (docs/templates.md lists what each page needs)",
                    at: SourceLocation(
                        file: "\(options.templatesDisplay)/\(template).mustache", line: 1)))
        }
        guard !missing else { return nil }
        return PreparedSite(
            sources: sources, portfolio: portfolio, library: library, pages: pages, lists: lists,
            frontMatterDigests: digests.byPath)
    }

    /// Renders every page of `site` in parallel and hands each page's HTML, as UTF-8 bytes,
    /// to `deliver`, and each of ``dataFiles(_:search:)``, the account rows and
    /// ``redirectFiles(_:)`` to `deliverFile`; both are the last to hold the bytes.
    ///
    /// The data files are made among the pages, each on one thread beside them: made after
    /// them, they would keep every other core idle for a long stretch of a large build.
    /// Problems go to `collector`.
    ///
    /// `preparing` runs while the pages' shared values are made, before any page is
    /// rendered; when it returns a problem, it is reported and no page is rendered.
    ///
    /// Returns the ``WordHash`` of each brief's and handoff's search excerpt, by document
    /// number (the ``TracedHTML/tag`` of its body).
    @discardableResult
    static func renderPages(
        _ site: PreparedSite, options: BuildOptions, collector: DiagnosticCollector,
        preparing: @Sendable () -> Diagnostic? = { nil },
        deliver: @Sendable (PlannedPage, Data, [HTMLPlacement]) throws -> Void,
        deliverFile: @Sendable (String, Data) throws -> Void
    ) -> [UInt64] {
        options.phaseStarted?(.rendering)
        let (contexts, problem) = ParallelLoop.both(
            {
                PageContext(
                    portfolio: site.portfolio,
                    markdown: markdownOptions(
                        allowsRawHTML: site.portfolio.settings.allowsRawHTML),
                    version: options.version,
                    contentFolder: (
                        options.contentDisplay,
                        options.content.standardizedFileURL.lastPathComponent
                    ),
                    notFoundRoot: notFoundRoot(site, options: options),
                    embedsSearchIndex: site.library.mentions("index"), lists: site.lists,
                    library: site.library)
            }, preparing)
        if let problem {
            collector.report(problem)
            return []
        }
        let library = site.library
        let files =
            dataFiles(site, search: (contexts.searchIndex, contexts.searchShards))
            + accountRows(library: library, contexts: contexts) + redirectFiles(site)
        // The pages of one client or one handoff last: small and many, they even out the
        // threads' ends, where a list of megabytes (the search page, a tag's page) at the end
        // would leave one thread working alone.
        let pages = site.pages.filter { !$0.showsOneRecord } + site.pages.filter(\.showsOneRecord)
        // Halfway through the pages, long after the overview, so that the largest page and
        // the largest data file are not held at the same time.
        let middle = pages.count / 2
        ParallelLoop.forEach(files.count + pages.count) { index in
            if (middle..<middle + files.count).contains(index) {
                let file = files[index - middle]
                do {
                    try deliverFile(file.path, Data(file.text().utf8))
                } catch {
                    collector.report(contentsOf: error.diagnostics)
                }
                return
            }
            let page = pages[index < middle ? index : index - files.count]
            do {
                let (html, placements) = try library.renderData(
                    page.template, context: contexts.context(for: page))
                try deliver(page, html, placements)
            } catch let error as DiagnosticList {
                collector.report(contentsOf: error.diagnostics)
            } catch let error as Diagnostic {
                collector.report(error)
            } catch {
                collector.report(.error("\(page.path): \(error)"))
            }
        }
        collector.report(contentsOf: contexts.withheldLinkWarnings.sorted)
        let excerpts = contexts.searchIndex.entries.prefix(site.portfolio.bodyCount).map {
            WordHash.hash(Substring($0.text))
        }
        // The pages' shared values are taken apart on another thread while the build writes
        // its manifest, rather than on one core while the others wait.
        MemoryRelease.freeInBackground(consume contexts)
        return excerpts
    }

    /// The data script of the list of every account (``AccountRows``): each account's row
    /// rendered by the theme's `partials/account-row`, as the list's pages show it but with
    /// an empty `root`, as the rows serve every page of the list (`assets/folio.js` puts
    /// the page's root before their addresses); none when the theme has no such partial,
    /// or no `list` template for the list's pages.
    static func accountRows(library: TemplateLibrary, contexts: PageContext)
        -> [(path: String, text: @Sendable () throws -> String)]
    {
        let partial = "partials/account-row"
        guard library.contains("list"), library.contains(partial) else { return [] }
        return [
            (
                AccountRows.path,
                {
                    let rows = try contexts.accountValues.map { value throws(DiagnosticList) in
                        guard case .map(var row) = value else { return "" }
                        row["root"] = .string("")
                        let html = try library.render(partial, context: .map(row))
                        // Trimmed from its ends only: the partial's leading comment
                        // leaves a line break, and the row itself is long.
                        let start = html.firstIndex { !$0.isWhitespace } ?? html.endIndex
                        let end = html.lastIndex { !$0.isWhitespace }.map(html.index(after:))
                        return String(html[start..<(end ?? start)])
                    }
                    return AccountRows.script(rows: rows)
                }
            )
        ]
    }

    /// Where the links of `404.html` start in this build, or `nil` when they are relative.
    static func notFoundRoot(_ site: PreparedSite, options: BuildOptions) -> String? {
        PlannedPage.notFoundRoot(
            baseURL: site.portfolio.settings.baseURL, override: options.notFoundRoot)
    }

    /// How pages render Markdown.
    static func markdownOptions(allowsRawHTML: Bool) -> MarkdownOptions {
        MarkdownOptions(allowsRawHTML: allowsRawHTML)
    }

    /// Renders and writes every page, the sitemap, the calendar, the search index and the
    /// assets; returns how many files were written, where each page shows bodies and the
    /// excerpts' hashes (``renderPages(_:options:collector:deliver:deliverFile:)``), or `nil`
    /// when something failed.
    static func render(
        _ site: PreparedSite, options: BuildOptions, into staging: StagingFolder,
        _ diagnostics: inout [Diagnostic]
    ) -> Rendered? {
        let pages = site.pages
        let collector = DiagnosticCollector()
        let files = Atomic<Int>(0)
        let placed = Mutex<[String: [HTMLPlacement]]>([:])
        let foldersMade = Atomic<Bool>(false)
        let excerpts = renderPages(
            site, options: options, collector: collector,
            preparing: {
                do throws(Diagnostic) {
                    try staging.createFolders(
                        for: pages.map(\.path) + site.portfolio.redirects.map(\.path)
                            + SearchShards.folders.map { $0 + "/" })
                } catch {
                    return error
                }
                foldersMade.store(true, ordering: .relaxed)
                return nil
            },
            deliver: { page, html, placements in
                try staging.write(html, to: page.path)
                if !placements.isEmpty { placed.withLock { $0[page.path] = placements } }
            },
            deliverFile: { path, data in
                try staging.write(data, to: path)
                files.add(1, ordering: .relaxed)
            })
        diagnostics += collector.sorted
        guard foldersMade.load(ordering: .relaxed) else { return nil }
        options.phaseStarted?(.writing)
        var count = pages.count + files.load(ordering: .relaxed)
        do {
            let assets = options.templates.appending(path: "assets", directoryHint: .isDirectory)
            if FileManager.default.fileExists(atPath: assets.path) {
                count += try staging.copyFiles(from: assets, to: "assets")
            }
        } catch {
            diagnostics.append(error)
            return nil
        }
        return Rendered(files: count, placements: placed.withLock { $0 }, excerpts: excerpts)
    }

    /// The files a build writes besides the pages and assets: the sitemap, `robots.txt`, the
    /// calendar, the search index (the one the search page was rendered with) and its
    /// shards, by path.
    ///
    /// Each file's text is made when asked for, so that it is held only while it is
    /// written: at 100,000 accounts each of the first four is tens of megabytes.
    static func dataFiles(_ site: PreparedSite, search: (index: SearchIndex, shards: SearchShards))
        -> [(path: String, text: @Sendable () throws -> String)]
    {
        let portfolio = site.portfolio
        let pages = site.pages
        let index = search.index
        let files: [(path: String, text: @Sendable () -> String)] = [
            (
                "sitemap.xml",
                {
                    Sitemap.xml(pages: pages, baseURL: portfolio.settings.baseURL) { page in
                        guard case .client(let index) = page.subject else { return nil }
                        return portfolio.clients[index].brief?.updated
                    }
                }
            ),
            (
                "robots.txt",
                {
                    SitePolicy.robots(
                        indexable: portfolio.settings.indexable,
                        baseURL: portfolio.settings.baseURL)
                }
            ),
            ("renewals.ics", { RenewalCalendar.ics(portfolio) }),
            ("search-index.json", { index.json() }),
        ]
        return files + search.shards.files
    }

    /// The redirect page of each of the portfolio's ``Redirect``s, by path; each is made when
    /// asked for, as the data files are.
    static func redirectFiles(_ site: PreparedSite)
        -> [(path: String, text: @Sendable () -> String)]
    {
        let settings = site.portfolio.settings
        return site.portfolio.redirects.map { redirect in
            (
                redirect.path,
                {
                    RedirectPage.html(
                        redirect, siteTitle: settings.title, indexable: settings.indexable)
                }
            )
        }
    }

    /// An error for each of the content and templates folders that does not exist, as a
    /// build reports it: `folio serve` checks them before it starts.
    package static func missingFolders(_ options: BuildOptions) -> [Diagnostic] {
        [
            (options.content, options.contentDisplay, "--content"),
            (options.templates, options.templatesDisplay, "--templates"),
        ].compactMap { folder, display, flag in
            isFolder(folder)
                ? nil
                : .error(
                    "there is no folder \(display); run folio in your site's folder or name the "
                        + "folder with \(flag) DIR")
        }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    /// Checks that the content and templates folders exist.
    private static func checkFolders(_ options: BuildOptions, _ diagnostics: inout [Diagnostic])
        -> Bool
    {
        diagnostics += missingFolders(options)
        return !diagnostics.contains { $0.severity == .error }
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by place, each diagnostic once.
    var sortedUnique: [Diagnostic] { Array(Set(self)).sorted() }
}
