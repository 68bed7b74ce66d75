package import FolioFormats
package import FolioModel
import FolioParallel
import Foundation
import Synchronization

/// Reads a content folder: `site.yml`, the data files and every Markdown document, each
/// file on its own thread, into the sources a portfolio is merged from.
package enum ContentLoader {
    /// The most accounts a site may have: a page per account, and the overview lists them
    /// all, so a million rows would take hours and tens of gigabytes.
    static let maximumAccounts = 100_000

    /// The sources, or `nil` when something required could not be read; every problem is
    /// added to `diagnostics`.
    ///
    /// With `deferringDocuments`, the Markdown files are only listed, in `unread`, for the
    /// merge to read; the data files are read all the same. With `digests`, every Markdown
    /// file is read through it, here or in the merge, so that it keeps their front matter's
    /// digests.
    package static func load(
        _ options: BuildOptions, deferringDocuments: Bool = false,
        digests: FrontMatterDigests? = nil, _ diagnostics: inout [Diagnostic]
    ) -> PortfolioSources? {
        let readDocument: UnreadDocuments.Reader
        if let digests {
            readDocument = { file throws(DiagnosticList) in try digests.read(file) }
        } else {
            readDocument = { file throws(DiagnosticList) in
                try Document.read(URL(filePath: file.location), path: file.path)
            }
        }
        let content = options.content
        let display = options.contentDisplay
        let escaping = linksLeaving(content, display: display)
        guard escaping.isEmpty else {
            diagnostics += escaping
            return nil
        }
        let (settings, settingsProblems) = readSettings(options)
        diagnostics += settingsProblems

        let data = content.appending(path: "data", directoryHint: .isDirectory)
        let dataDisplay = "\(display)/data"
        // The files are parsed side by side: one after the other, they would keep the other
        // cores idle at the start of a build.
        let names = ["accounts", "team", "activities", "arr"]
        let read = Mutex([Result<DataTable?, DiagnosticList>?](repeating: nil, count: names.count))
        ParallelLoop.forEach(names.count) { index in
            let result = Result { () throws(DiagnosticList) -> DataTable? in
                try DataFile.read(name: names[index], in: data, display: dataDisplay)
            }
            read.withLock { $0[index] = result }
        }
        var tables: [String: DataTable] = [:]
        var unreadable = Set<String>()
        for (name, result) in zip(names, read.withLock { $0 }) {
            switch result {
            case .success(let table?)?:
                tables[name] = table
            case .success(nil)?, nil:
                if name == "accounts" {
                    diagnostics.append(
                        .error(
                            "there is no \(dataDisplay)/\(name).csv (or .json, .yml); export "
                                + "the accounts from your CRM to that file, one row per account"))
                }
            case .failure(let error)?:
                diagnostics += error.diagnostics
            }
            if tables[name] == nil {
                unreadable.formUnion(
                    DataFile.Format.allCases.map { "\(name).\($0.rawValue)" }.filter {
                        FileManager.default.fileExists(atPath: data.appending(path: $0).path)
                    })
            }
        }
        let (mapped, mapProblems) = ColumnMap.apply(
            settings, to: tables, unreadable: unreadable)
        diagnostics += mapProblems
        var accounts = mapped["accounts"]
        if let table = accounts, table.rows.count > maximumAccounts {
            diagnostics.append(
                .error(
                    "\(table.file) has \(Formatting.grouped(table.rows.count)) accounts; Folio "
                        + "builds a page for each and stops at "
                        + "\(Formatting.grouped(maximumAccounts)), where a build already needs "
                        + "gigabytes of memory; split the portfolio into several sites, such as "
                        + "one per region or segment",
                    at: table.rows[maximumAccounts].location))
            accounts = nil
        }
        let team = mapped["team"]
        let activities = mapped["activities"]
        let arr = mapped["arr"]

        // Without accounts nothing is merged, so the documents are read here for their
        // problems, as when nothing is deferred.
        if deferringDocuments, let accounts {
            var sources = PortfolioSources(
                settings: settings, accounts: accounts, team: team, activities: activities,
                arr: arr)
            sources.unread = UnreadDocuments(
                briefs: markdownFiles(in: "clients", options, &diagnostics),
                handoffs: markdownFiles(in: "handoffs", options, &diagnostics),
                chapters: markdownFiles(in: "guide", options, &diagnostics), read: readDocument)
            return sources
        }
        let briefs = documents(in: "clients", options, readDocument, &diagnostics)
        let handoffs = documents(in: "handoffs", options, readDocument, &diagnostics)
        let chapters = documents(in: "guide", options, readDocument, &diagnostics)
        guard let accounts else { return nil }
        return PortfolioSources(
            settings: settings, accounts: accounts, team: team, activities: activities, arr: arr,
            briefs: briefs, handoffs: handoffs, chapters: chapters)
    }

    /// The settings in `site.yml` (or `site.yaml`), the defaults when there is neither, and
    /// the problems found in them.
    static func readSettings(_ options: BuildOptions) -> (
        settings: SiteSettings, problems: [Diagnostic]
    ) {
        var defaults = SiteSettings()
        defaults.file = "\(options.contentDisplay)/site.yml"
        for name in ["site.yml", "site.yaml"] {
            let url = options.content.appending(path: name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let file = "\(options.contentDisplay)/\(name)"
            defaults.file = file
            do {
                let node = try YAMLReader.read(try SourceText.read(url, file: file), file: file)
                return SiteSettings.read(node)
            } catch {
                return (defaults, error.diagnostics)
            }
        }
        return (defaults, [])
    }

    /// Every `*.md` file below `Content/<folder>/`, in its subfolders too, in path order.
    ///
    /// A page is named after its file alone (`clients/eu/acme.md` makes `clients/acme/`), as
    /// Hugo and Zola name nested content, so subfolders only sort the files for the people
    /// who write them. Names starting with `.` are skipped, files and folders alike. Two
    /// files that would make one page (one name in two folders, or names that differ only in
    /// letter case) are an error naming both, and the later one in path order is left out,
    /// so that the merge does not report the pair again. A symbolic link to a folder is not
    /// followed, and a warning says so.
    package static func markdownFiles(
        in folder: String, _ options: BuildOptions, _ diagnostics: inout [Diagnostic]
    ) -> [UnreadDocuments.File] {
        // Paths rather than URLs, which take several times the memory for 100,000 files.
        let location = options.content.appending(path: folder, directoryHint: .isDirectory).path
        let display = "\(options.contentDisplay)/\(folder)"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isFolder),
            isFolder.boolValue
        else { return [] }
        var found: [(relative: String, path: String)] = []
        var linkedFolders: [String] = []
        do {
            try FolderWalk.walk(location, statuses: false, skippingHidden: true) { entry in
                if entry.relative.hasSuffix(".md") {
                    found.append((entry.relative, entry.path))
                } else if entry.kind == .symbolicLink {
                    var target = stat()
                    if stat(entry.path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
                        linkedFolders.append(entry.relative)
                    }
                }
            }
        } catch {
            diagnostics.append(
                .error(
                    "cannot list every folder of \(display): \(error.localizedDescription); "
                        + "make its folders readable, so that Folio reads every file in them"))
        }
        for link in linkedFolders.sorted() {
            diagnostics.append(
                .warning(
                    "\(display)/\(link) is a symbolic link to a folder, which Folio does not "
                        + "follow, so no file in it is read; move the folder into \(display) "
                        + "instead of linking to it"))
        }
        found.sort { $0.relative < $1.relative }
        var first: [String: String] = [:]
        var files: [UnreadDocuments.File] = []
        files.reserveCapacity(found.count)
        for (relative, path) in found {
            let shown = "\(display)/\(relative)"
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let slug = String(name.dropLast(3))
            if let earlier = first[slug.lowercased()] {
                diagnostics.append(
                    .error(
                        "\(earlier) and \(shown) would both make the page "
                            + "\(folder)/\(slug)/index.html (a page is named after its file, "
                            + "whatever folder holds it); rename one of them",
                        at: SourceLocation(file: shown, line: 1),
                        notes: [
                            .note(
                                "the other file is here", at: SourceLocation(file: earlier, line: 1)
                            )
                        ]))
                continue
            }
            first[slug.lowercased()] = shown
            files.append(UnreadDocuments.File(location: path, path: shown))
        }
        return files
    }

    /// An error for every symbolic link below `content` that leads outside it.
    ///
    /// Such a link would publish, or show in an error message, a file that is not part of
    /// the site; the build stops before it reads anything.
    static func linksLeaving(_ content: URL, display: String) -> [Diagnostic] {
        let root = content.standardizedFileURL.resolvingSymlinksInPath().path
        var problems: [Diagnostic] = []
        // FolderWalk, which takes each entry's kind from the listing, rather than
        // FileManager's enumerator and resource values, which make objects and look up
        // every file.
        do {
            try FolderWalk.walk(content.standardizedFileURL.path, statuses: false) { entry in
                guard entry.kind == .symbolicLink else { return }
                let relative = entry.relative
                let target = URL(filePath: entry.path).resolvingSymlinksInPath().path
                guard target != root, !target.hasPrefix(root + "/") else { return }
                problems.append(
                    .error(
                        "\(display)/\(relative) is a symbolic link that leads outside "
                            + "\(display); Folio reads only files inside the content folder, so "
                            + "copy the file in instead of linking to it"))
            }
        } catch {
            // A folder that cannot be listed could hide such a link: refuse rather than guess.
            problems.append(
                .error(
                    "cannot list every folder of \(display): \(error.localizedDescription); make "
                        + "the content folder readable, so that Folio can check it has no links "
                        + "leading out"))
        }
        return problems.sorted()
    }

    /// Every `*.md` file below `Content/<folder>/` (``markdownFiles(in:_:_:)``), read with
    /// `read` in parallel, in path order.
    private static func documents(
        in folder: String, _ options: BuildOptions, _ read: UnreadDocuments.Reader,
        _ diagnostics: inout [Diagnostic]
    ) -> [Document] {
        let files = markdownFiles(in: folder, options, &diagnostics)
        let results = Mutex<[Int: Result<Document, DiagnosticList>]>([:])
        ParallelLoop.forEach(files.count) { index in
            let result = Result { () throws(DiagnosticList) in try read(files[index]) }
            results.withLock { $0[index] = result }
        }
        let collected = results.withLock { $0 }
        return files.indices.compactMap { index in
            switch collected[index] {
            case .success(let document): return document
            case .failure(let error):
                diagnostics += error.diagnostics
                return nil
            case nil: return nil
            }
        }
    }
}
