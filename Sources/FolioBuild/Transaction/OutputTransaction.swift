import FolioFormats
import FolioModel
import FolioParallel
import Foundation

/// What wraps a build's steps so that the output folder changes all at once or not at all,
/// and only when it has to.
///
/// Around ``SiteBuilder/build(_:)``'s steps, in order: refuse an output that would hold
/// sources; take the output's lock; repair what an interrupted build left; compare the
/// inputs with the last build's record, which ends the build when the output is up to date
/// or when only bodies changed and they can be updated in place (``BodyPatch``). Otherwise
/// the steps run, writing into a staging folder (``stage(_:)``); then the transaction
/// refuses to replace files Folio did not write, proves a client build holds nothing
/// private, swaps the staging folder in with its manifest, and leaves the record the next
/// build compares with.
struct OutputTransaction {
    let options: BuildOptions
    /// The part of the last build's record that vouches for the output's files.
    private let trusted: BuildRecord?
    /// The staging folder the steps write into, once ``stage(_:)`` made it.
    private var staging: StagingFolder?
    /// What the steps made, held here alone so that it can be freed in the background.
    private var built: SiteBuilder.Built?

    private init(options: BuildOptions, trusted: BuildRecord?) {
        self.options = options
        self.trusted = trusted
    }

    /// Runs `build`, the steps of a build, inside the transaction; returns what the build did.
    ///
    /// `build` adds its problems to the diagnostics it is given, and returns `nil` when it
    /// stopped.
    static func run(
        _ options: BuildOptions,
        _ build: (inout OutputTransaction, inout [Diagnostic]) -> SiteBuilder.Built?
    ) -> BuildResult {
        if let problem = options.outputPlacementProblem { return failure([problem]) }
        // One build at a time writes an output folder, from the repair of what an
        // interrupted build left to the record this one leaves.
        let lock: OutputLock
        do {
            lock = try OutputLock(
                output: options.output, display: options.outputDisplay,
                wait: options.waitsForOtherBuilds, waiting: { options.waitingForOtherBuild?($0) })
        } catch {
            return failure([error])
        }
        defer { withExtendedLifetime(lock) {} }
        var diagnostics = lock.takeoverNote(display: options.outputDisplay).map { [$0] } ?? []
        do {
            diagnostics += try BodyPatch.recover(options.output, display: options.outputDisplay)
            diagnostics += try StagingFolder.recover(options.output, display: options.outputDisplay)
        } catch {
            return failure([error])
        }
        options.phaseStarted?(.comparing)
        let (finished, fingerprint, trusted) = shortcut(options, diagnostics)
        if let finished { return finished }

        var transaction = OutputTransaction(options: options, trusted: trusted)
        transaction.built = build(&transaction, &diagnostics)
        return transaction.finish(fingerprint: fingerprint, diagnostics)
    }

    /// The staging folder the build writes into, beside the output, reusing the output's
    /// unchanged files; `nil` after adding the problem to `diagnostics`.
    mutating func stage(_ diagnostics: inout [Diagnostic]) -> StagingFolder? {
        options.phaseStarted?(.scanningOutput)
        do {
            let existing = try ExistingOutput(
                scanning: options.output, display: options.outputDisplay,
                trusting: trusted)
            let staging = try StagingFolder(
                replacing: options.output, display: options.outputDisplay, reusing: existing)
            self.staging = staging
            return staging
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// Swaps in what `built` wrote when nothing failed, and leaves the record; otherwise
    /// discards the staging folder and leaves the output as it was.
    private mutating func finish(fingerprint: Later<BuildInputs?>, _ diagnostics: [Diagnostic])
        -> BuildResult
    {
        var diagnostics = diagnostics
        guard let built = built.take(), let staging else {
            staging?.discard()
            return Self.failure(diagnostics)
        }
        // Where each body went, for a later build that changes only bodies; not for a client
        // build that withholds values, which must search every page it writes. Made while
        // the build checks, lists and swaps in its output, where a core would be idle.
        let inputs = fingerprint.value
        let options = options
        let bodies = Later { [built] () -> BuildRecord.Bodies? in
            guard built.site.portfolio.withheld.isEmpty, let rendered = built.rendered,
                let inputs
            else { return nil }
            return BodyPatch.bodies(
                built.site, options: options, inputs: inputs, excerpts: rendered.excerpts,
                placements: rendered.placements)
        }
        let written = built.rendered?.files
        let unclaimed = staging.existing.unclaimed(writing: staging.written)
        // Only a build that would otherwise replace the output says what replacing loses.
        if written != nil, !diagnostics.contains(where: { $0.severity == .error }),
            !options.discardsForeignFiles || unclaimed.foreign.contains(where: Self.looksLikeSource)
        {
            diagnostics += Self.unclaimedFiles(unclaimed, options: options)
        }
        guard let written, !diagnostics.contains(where: { $0.severity == .error }) else {
            staging.discard()
            return Self.failure(diagnostics)
        }
        // The proof that a client build holds nothing private, made on the bytes written
        // rather than on what the templates were given, so that no path escapes it.
        if !built.site.portfolio.withheld.isEmpty { options.phaseStarted?(.scanning) }
        let leaks = PrivacyScan(built.site.portfolio.withheld).scan(
            staging.url, audience: options.audience,
            origin: SiteBuilder.leakOrigin(built.site, options: options))
        guard leaks.isEmpty else {
            staging.discard()
            return Self.failure(diagnostics + leaks)
        }
        do {
            if options.discardsForeignFiles {
                diagnostics += try Self.setAside(unclaimed, options: options)
            }
            try staging.writeManifest()
            try staging.commit()
        } catch {
            staging.discard()
            return Self.failure(diagnostics + [error])
        }
        let result = BuildResult(
            diagnostics: diagnostics.sortedUnique, filesWritten: written,
            filesUnchanged: staging.unchangedCount, pagesWritten: built.site.pages.count)
        if let inputs,
            let record = BuildRecord(
                inputs: inputs, output: options.output, pages: result.pagesWritten,
                files: written, diagnostics: result.diagnostics,
                bodies: { bodies.value })
        {
            record.write(beside: options.output)
        } else {
            BuildRecord.remove(beside: options.output)
        }
        MemoryRelease.freeInBackground(
            (consume built, staging, trusted, fingerprint))
        return result
    }

    private static func failure(_ diagnostics: [Diagnostic]) -> BuildResult {
        BuildResult(diagnostics: diagnostics.sortedUnique, filesWritten: 0, pagesWritten: 0)
    }

    /// The result of a build that the last build's record shows to have nothing to do, or
    /// only bodies to update in place; otherwise `nil`, with the inputs' fingerprint and
    /// the part of the record that vouches for the output's files (``ExistingOutput``).
    ///
    /// The record's bodies section and warnings go when this returns, before the content
    /// is read, rather than at the end of the build: after a large build they are tens of
    /// megabytes.
    private static func shortcut(_ options: BuildOptions, _ diagnostics: [Diagnostic]) -> (
        result: BuildResult?, fingerprint: Later<BuildInputs?>, trusted: BuildRecord?
    ) {
        let (fingerprint, record, intact) = compare(options)
        if intact, let record, let inputs = fingerprint.value {
            if inputs.hex == record.inputs {
                let result = BuildResult(
                    diagnostics: (diagnostics + record.diagnostics).sortedUnique,
                    filesWritten: record.files, filesUnchanged: record.files,
                    pagesWritten: record.pages, upToDate: true)
                return (result, fingerprint, nil)
            }
            if var patched = BodyPatch.apply(options, inputs: inputs, record: record) {
                patched.diagnostics = (diagnostics + patched.diagnostics).sortedUnique
                return (patched, fingerprint, nil)
            }
        }
        var trusted = record
        trusted?.bodiesSection = nil
        trusted?.diagnostics = []
        return (nil, fingerprint, trusted)
    }

    /// The inputs' fingerprint, the record of the last build, and whether the output
    /// still holds what that build left in it (never with `--force`).
    ///
    /// With no record to compare with, or with `--force`, the fingerprint is needed only
    /// for the record this build leaves: it is made on another thread while the build goes
    /// on (``Later``), where the build's loops leave a core idle, instead of holding up the
    /// start.
    ///
    /// Otherwise the output is checked against the record (``BuildRecord/describes(_:)``)
    /// while the inputs are read, on another thread unless `--jobs 1`: both are mostly
    /// waiting on the file system. The inputs are read on the
    /// calling thread, so that they are read on every core (``ParallelLoop/both(jobs:_:_:)``).
    private static func compare(_ options: BuildOptions) -> (
        fingerprint: Later<BuildInputs?>, record: BuildRecord?, intact: Bool
    ) {
        // A record beside an output that is gone vouches for nothing, so it is not even read:
        // the record of a large site, kept to the end of a small build into its emptied
        // folder, would set that build's peak memory.
        let outputExists = access(options.output.standardizedFileURL.path, F_OK) == 0
        if options.rebuildsUnchanged || !outputExists
            || !BuildRecord.exists(beside: options.output)
        {
            let fingerprint = Later { BuildInputs(options) }
            let record = outputExists ? BuildRecord.read(beside: options.output) : nil
            return (fingerprint, record, false)
        }
        let (fingerprint, (record, intact)) = ParallelLoop.both(
            { BuildInputs(options) },
            {
                let record = BuildRecord.read(beside: options.output)
                let intact = record?.describes(options.output) ?? false
                return (record, intact)
            })
        return (Later(fingerprint), record, intact)
    }

    /// An error for the files of the output that the swap would remove although Folio did
    /// not write them, or changed since it did.
    ///
    /// The advice names `--discard-foreign`, which moves them aside, only where the files
    /// look like a site's: among files of the kinds Folio reads as sources (Markdown, data
    /// and templates), the output is more likely a folder of sources named by mistake, and
    /// `--discard-foreign` itself stops too rather than move a project aside.
    private static func unclaimedFiles(
        _ unclaimed: (foreign: [String], changed: [String]), options: BuildOptions
    ) -> [Diagnostic] {
        let output = options.outputDisplay
        let sources = unclaimed.foreign.filter(looksLikeSource)
        var problems: [Diagnostic] = []
        for (files, changedSince) in [(unclaimed.foreign, false), (unclaimed.changed, true)]
        where !files.isEmpty {
            let one = files.count == 1
            let advice =
                sources.isEmpty
                ? "move \(one ? "it" : "them") out of \(output) (files to publish belong in "
                    + "\(options.templatesDisplay)/assets/, which is copied to \(output)/assets/), "
                    + "or build with --discard-foreign to move \(one ? "it" : "them") into a "
                    + "folder beside \(output)"
                : "\(output) holds sources (\(listing(sources))), not only a built site: "
                    + "choose an empty or new folder with --output DIR"
            problems.append(
                .error(
                    "\(output) holds \(count(files.count)) \(description(files.count, changedSince)), "
                        + "which building would remove: \(listing(files)); \(advice)"))
        }
        return problems
    }

    /// Moves the files the swap would remove into a folder beside the output, as
    /// `--discard-foreign` asks; returns a warning naming them and the folder.
    private static func setAside(
        _ unclaimed: (foreign: [String], changed: [String]), options: BuildOptions
    ) throws(Diagnostic) -> [Diagnostic] {
        let all = unclaimed.foreign + unclaimed.changed
        guard !all.isEmpty else { return [] }
        let folder = try SetAside.move(
            all.sorted(), from: options.output, display: options.outputDisplay,
            day: options.today)
        var warnings: [Diagnostic] = []
        for (files, changedSince) in [(unclaimed.foreign, false), (unclaimed.changed, true)]
        where !files.isEmpty {
            warnings.append(
                .warning(
                    "moved \(count(files.count)) \(description(files.count, changedSince)) out of "
                        + "\(options.outputDisplay) into \(folder), as --discard-foreign asked: "
                        + listing(files)))
        }
        return warnings
    }

    /// "1 file" or "N files".
    private static func count(_ files: Int) -> String {
        files == 1 ? "1 file" : "\(files) files"
    }

    /// What unclaimed files are: not written by Folio, or changed since it wrote them.
    private static func description(_ files: Int, _ changedSince: Bool) -> String {
        changedSince
            ? "that Folio wrote and that \(files == 1 ? "was" : "were") changed since"
            : "that Folio did not write"
    }

    /// Whether a file is of a kind Folio reads as a source (Markdown, a data file or a
    /// template), or part of a git repository.
    private static func looksLikeSource(_ path: String) -> Bool {
        if path.hasPrefix(".git/") || path.contains("/.git/") { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        let suffix = name[name.index(after: dot)...].lowercased()
        return ["md", "markdown", "csv", "yml", "yaml", "mustache"].contains(suffix)
    }

    /// The first ten of `paths`, then how many more there are.
    private static func listing(_ paths: [String]) -> String {
        let shown = paths.prefix(10).joined(separator: ", ")
        return paths.count > 10 ? "\(shown) and \(paths.count - 10) more" : shown
    }
}
