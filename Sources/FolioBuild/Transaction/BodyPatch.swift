import FolioFormats
import FolioModel
import FolioSite
import FolioTemplates
import Foundation

/// Updates the pages that show a brief's or handoff's body in place, when the text of such
/// bodies is all that changed since the last build: the most common edit, for which a full
/// build would render every page, where this renders only the bodies that changed.
///
/// Why the result is the bytes a full build would write: a brief or handoff whose front
/// matter is byte for byte the same types to the same values, so every page, the sitemap,
/// the calendar and every diagnostic are the same, but for the places where pages show its
/// body. The renderer records those places (``HTMLPlacement``): a body is HTML, never
/// escaped or indented, so a page depends on its body only through the bytes written there
/// and through whether it is empty. The search index holds each body's excerpt, and the
/// guide's chapters their headings. So an update in place is made only when, for each
/// changed file:
/// - it is a brief or handoff the last build showed, with no diagnostic about it;
/// - its front matter is unchanged, its body is still empty or still not, and its search
///   excerpt is unchanged;
/// and when no other input changed (a data file, `site.yml`, a template, an option, a file
/// added or removed), the output holds exactly what the last build left in it, and the last
/// build withheld nothing from its audience. Anything else makes a full build.
///
/// The update is all or nothing, as a full build's swap is: the new pages and manifest are
/// written beside the old ones, then the journal `.<output>.folio-patch` listing them is
/// put in place, and only then are they renamed over the old ones. ``recover(_:display:)``
/// finishes an update whose journal is in place and removes one whose journal is not.
enum BodyPatch {
    /// The suffix of the files an update writes beside those they replace.
    static let pendingSuffix = ".folio-new"

    /// What the record keeps for a later update in place, made after a full build; `nil`
    /// when the build showed no body it could update.
    static func bodies(
        _ site: PreparedSite, options: BuildOptions, inputs: BuildInputs, excerpts: [UInt64],
        placements: [String: [HTMLPlacement]]
    ) -> BuildRecord.Bodies? {
        let portfolio = site.portfolio
        guard excerpts.count == portfolio.bodyCount,
            inputs.files.count == inputs.fileCount
        else { return nil }
        var documents: [String: BuildRecord.Bodies.Document] = [:]
        var repeated: Set<String> = []
        func add(source: String, number: Int, body: String) {
            guard let key = BuildInputs.contentKey(source, options), inputs.files[key] != nil,
                let frontMatter = site.frontMatterDigests[source]
            else { return }
            if documents[key] != nil { repeated.insert(key) }
            documents[key] = BuildRecord.Bodies.Document(
                number: number, frontMatter: frontMatter, excerpt: excerpts[number],
                isEmpty: PageContext.isEmptyBody(body))
        }
        for (index, client) in portfolio.clients.enumerated() {
            guard let brief = client.brief else { continue }
            add(
                source: brief.source, number: portfolio.bodyNumber(client: index),
                body: brief.body)
        }
        for (index, handoff) in portfolio.handoffs.enumerated() {
            add(
                source: handoff.source, number: portfolio.bodyNumber(handoff: index),
                body: handoff.body)
        }
        // One file read as two documents could not be updated as one.
        for key in repeated { documents[key] = nil }
        guard !documents.isEmpty else { return nil }
        return BuildRecord.Bodies(
            allowsRawHTML: portfolio.settings.allowsRawHTML, sources: inputs.files,
            documents: documents, placements: placements)
    }

    /// Updates the output in place when the inputs differ from `record`'s only in the bodies
    /// of briefs and handoffs; `nil` when a full build is needed (nothing was changed then).
    ///
    /// `record` must describe the output as it is (``BuildRecord/describes(_:in:)``).
    static func apply(_ options: BuildOptions, inputs: BuildInputs, record: BuildRecord)
        -> BuildResult?
    {
        // Two names Swift counts as equal (the same text in two Unicode normal forms) would
        // share one entry of `inputs.files`, and a change to one could go unseen.
        guard !options.rebuildsUnchanged, record.options == inputs.optionsHex,
            inputs.files.count == inputs.fileCount, let bodies = record.bodies,
            bodies.sources.count == inputs.files.count
        else { return nil }
        var changed: [(relative: String, document: BuildRecord.Bodies.Document)] = []
        for (key, digest) in inputs.files where bodies.sources[key] != digest {
            guard bodies.sources[key] != nil, let document = bodies.documents[key],
                let relative = BuildInputs.contentRelative(key)
            else { return nil }
            changed.append((relative, document))
        }
        guard !changed.isEmpty else { return nil }
        options.phaseStarted?(.patching)

        // Each changed body, rendered as the pages render it: its headings placed in its page
        // and clear of the ids of its template, which is as the last build read it.
        let markdown = SiteBuilder.markdownOptions(allowsRawHTML: bodies.allowsRawHTML)
        guard
            let library = try? TemplateLibrary(
                folder: options.templates, displayPath: options.templatesDisplay,
                strict: options.strictTemplates)
        else { return nil }
        var html: [Int: [UInt8]] = [:]
        for (relative, document) in changed {
            let display = "\(options.contentDisplay)/\(relative)"
            guard let kind = BodyKind(contentPath: relative),
                !record.diagnostics.contains(where: { Self.mentions($0, display) }),
                let text = try? SourceText.read(
                    options.content.appending(path: relative), file: display),
                let body = FrontMatterDigests.body(
                    of: text, path: display, ifFrontMatterIs: document.frontMatter),
                PageContext.isEmptyBody(body) == document.isEmpty,
                WordHash.hash(Substring(SearchIndex.excerpt(body))) == document.excerpt
            else { return nil }
            if !document.isEmpty {
                let placed = kind.markdownOptions(markdown, library: library)
                html[document.number] = Array(PageContext.renderBody(body, options: placed).utf8)
            }
        }

        // Each page that shows one, with the new bodies spliced in; the manifest, whose hash
        // the record holds, has the digest of each page as the last build wrote it.
        let pages = bodies.placements.filter { _, list in
            list.contains { html[$0.tag] != nil }
        }.keys.sorted()
        guard
            let manifest = try? Data(
                contentsOf: options.output.appending(path: OutputManifest.fileName)),
            FileDigest(of: manifest).hexHash == record.manifest,
            let entries = OutputManifest.entries(of: pages, in: manifest)
        else { return nil }
        var placements = bodies.placements
        var updates: [(path: String, data: Data)] = []
        var newManifest = Data()
        var copied = 0
        for (page, entry) in zip(pages, entries) {
            guard let list = placements[page],
                let old = try? Data(contentsOf: options.output.appending(path: page)),
                FileDigest(of: old) == entry.digest,
                let (new, moved) = splice(old, list, html)
            else { return nil }
            placements[page] = moved
            guard new != old else { continue }
            updates.append((page, new))
            newManifest.append(manifest[copied..<entry.range.lowerBound])
            newManifest.append(contentsOf: OutputManifest.entry(page, FileDigest(of: new)).utf8)
            copied = entry.range.upperBound
        }
        newManifest.append(manifest[copied...])

        var result = BuildResult(
            diagnostics: record.diagnostics, filesWritten: record.files,
            filesUnchanged: record.files - updates.count, pagesWritten: record.pages,
            pagesUpdated: updates.count)
        BuildRecord.remove(beside: options.output)
        var next = record
        next.inputs = inputs.hex
        if !updates.isEmpty {
            next.manifest = FileDigest(of: newManifest).hexHash
            updates.append((OutputManifest.fileName, newManifest))
            do {
                try replace(updates, in: options.output, display: options.outputDisplay)
            } catch let error as Diagnostic {
                result.diagnostics.append(error)
                return result
            } catch {
                return nil
            }
        }
        guard next.refresh(updates.map(\.path), in: options.output) else { return result }
        next.bodiesSection = BuildRecord.section(
            of: BuildRecord.Bodies(
                allowsRawHTML: bodies.allowsRawHTML, sources: inputs.files,
                documents: bodies.documents, placements: placements))
        next.write(beside: options.output)
        return result
    }

    /// Whether `diagnostic` or one of its notes is about the file `display`.
    private static func mentions(_ diagnostic: Diagnostic, _ display: String) -> Bool {
        diagnostic.location?.file == display || diagnostic.notes.contains { mentions($0, display) }
    }

    /// `page` with the bodies of `html` written at `placements` in place of the old ones,
    /// and where every body is now; `nil` when a placement does not fit the page.
    static func splice(_ page: Data, _ placements: [HTMLPlacement], _ html: [Int: [UInt8]])
        -> (Data, [HTMLPlacement])?
    {
        let base = page.startIndex
        var result = Data()
        result.reserveCapacity(page.count + html.values.reduce(0) { $0 + $1.count })
        var moved: [HTMLPlacement] = []
        var position = 0
        for placement in placements {
            let end = placement.offset + placement.length
            guard placement.offset >= position, placement.length >= 0, end <= page.count
            else { return nil }
            result.append(page[base + position..<base + placement.offset])
            let start = result.count
            if let body = html[placement.tag] {
                result.append(contentsOf: body)
            } else {
                result.append(page[base + placement.offset..<base + end])
            }
            moved.append(
                HTMLPlacement(tag: placement.tag, offset: start, length: result.count - start))
            position = end
        }
        result.append(page[(base + position)...])
        return (result, moved)
    }

    // MARK: - Writing

    /// Replaces the files of `output` at `files`' paths with their data, all or none.
    ///
    /// Throws a diagnostic when the update could not be finished although it had begun (the
    /// next build finishes it); any other error leaves the output as it was.
    private static func replace(
        _ files: [(path: String, data: Data)], in output: URL, display: String
    ) throws {
        let journal = journalLocation(of: output)
        let pending = pendingJournalLocation(of: output)
        let listing = files.map { $0.path + "\n" }.joined()
        try Data(listing.utf8).write(to: pending)
        do {
            for (path, data) in files {
                try data.write(to: output.appending(path: path + pendingSuffix))
            }
        } catch {
            _ = try? removePending(listedIn: pending, output: output)
            throw error
        }
        // The commit point: from here on, the next build finishes the update.
        guard rename(pending.path, journal.path) == 0 else {
            _ = try? removePending(listedIn: pending, output: output)
            throw POSIXError.current
        }
        _ = try finish(listedIn: journal, output: output, display: display)
    }

    /// Puts each file the journal at `journal` lists in place, then removes the journal;
    /// returns how many files it moved.
    private static func finish(listedIn journal: URL, output: URL, display: String)
        throws(Diagnostic) -> Int
    {
        var moved = 0
        for path in listed(in: journal) {
            let pending = output.appending(path: path + pendingSuffix)
            guard StagingFolder.exists(pending) else { continue }
            guard rename(pending.path, output.appending(path: path).path) == 0 else {
                throw .error(
                    "cannot put the new \(path) in place in \(display): "
                        + "\(POSIXError.current.localizedDescription); check that the folder is "
                        + "writable, then build again to finish the update")
            }
            moved += 1
        }
        do {
            try FileManager.default.removeItem(at: journal)
        } catch {
            throw .error(
                "cannot remove \(journal.lastPathComponent) beside \(display): "
                    + "\(error.localizedDescription); check that the folder is writable")
        }
        return moved
    }

    /// Removes the files the pending journal at `pending` lists, then the journal.
    private static func removePending(listedIn pending: URL, output: URL) throws -> Int {
        var removed = 0
        for path in listed(in: pending) {
            let file = output.appending(path: path + pendingSuffix)
            if StagingFolder.exists(file) {
                try FileManager.default.removeItem(at: file)
                removed += 1
            }
        }
        try FileManager.default.removeItem(at: pending)
        return removed
    }

    /// Repairs what an interrupted update in place left beside `output`.
    ///
    /// Finishes an update whose journal is in place, or removes the files of one whose
    /// journal is not; returns a note for what it did. Call it before anything reads the
    /// output.
    static func recover(_ output: URL, display: String) throws(Diagnostic) -> [Diagnostic] {
        let journal = journalLocation(of: output)
        let pending = pendingJournalLocation(of: output)
        var notes: [Diagnostic] = []
        if StagingFolder.exists(journal) {
            let count = try finish(listedIn: journal, output: output, display: display)
            notes.append(
                Diagnostic(
                    .note,
                    "finished updating \(count) \(count == 1 ? "file" : "files") of \(display) "
                        + "in place, which a build that was interrupted had left half done"))
        }
        if StagingFolder.exists(pending) {
            do {
                _ = try removePending(listedIn: pending, output: output)
            } catch {
                throw .error(
                    "cannot remove the files of an interrupted update beside \(display): "
                        + "\(error.localizedDescription); check that the folder is writable")
            }
            notes.append(
                Diagnostic(
                    .note,
                    "removed the new files of an update of \(display) in place that a build "
                        + "that was interrupted had not begun; \(display) was left as it was"))
        }
        return notes
    }

    /// The paths a journal lists, a line each; none when it cannot be read.
    private static func listed(in journal: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: journal.path) else { return [] }
        // A line cut short by an interruption names no file that was written.
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).dropLast(
            text.hasSuffix("\n") ? 0 : 1
        ).map(String.init).filter { path in
            (try? StagingFolder.checkInside(path, display: "")) != nil
        }
    }

    /// The journal of an update in place: `.<output's name>.folio-patch` beside `output`.
    static func journalLocation(of output: URL) -> URL {
        StagingFolder.sibling(of: output, "patch", directoryHint: .notDirectory)
    }

    /// The journal while the update's files are written, before it is put in place.
    static func pendingJournalLocation(of output: URL) -> URL {
        StagingFolder.sibling(of: output, "patch-new", directoryHint: .notDirectory)
    }
}
