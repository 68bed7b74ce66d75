public import FolioFormats
public import FolioModel
import FolioParallel
public import Foundation

/// What a build reads, where it writes, and how.
public struct BuildOptions: Sendable {
    /// The content folder (`Content`).
    public var content: URL
    /// The templates folder (`Templates`).
    public var templates: URL
    /// The output folder (`Public`).
    public var output: URL
    /// How messages name the three folders: as the user typed them.
    public var contentDisplay: String
    /// How messages name the templates folder.
    public var templatesDisplay: String
    /// How messages name the output folder.
    public var outputDisplay: String
    /// Overrides `as_of` in `site.yml`.
    public var asOf: CalendarDate?
    /// The "today" used when neither the options nor `site.yml` pin `as_of`: the build date,
    /// or `SOURCE_DATE_EPOCH`'s, as the command line decides.
    public var today: CalendarDate
    /// Whether content marked `draft: true` is built.
    public var includeDrafts: Bool
    /// How many threads read, type and render files at once (at least 1); the output is the
    /// same for any number.
    public var jobs: Int
    /// Who the site is for: a client build leaves out what `private:` in `site.yml` names.
    public var audience: Audience
    /// Whether a name a template uses that the context lacks is an error.
    public var strictTemplates: Bool
    /// Folio's version, for the pages' footers.
    public var version: String
    /// Whether files in the output that Folio did not write, or changed since, are replaced
    /// (with a warning naming them) instead of failing the build.
    public var discardsForeignFiles: Bool
    /// Whether to build even when nothing changed since the last build into the same
    /// output (`--force`); otherwise such a build leaves the output as it is.
    public var rebuildsUnchanged: Bool = false
    /// Whether a build waits for another build of the same output to end (the default),
    /// rather than failing at once (`--no-wait`); see ``OutputLock``.
    public var waitsForOtherBuilds: Bool = true
    /// Called once when the build starts waiting for another build of the same output,
    /// with that build's process id when it is known.
    public var waitingForOtherBuild: (@Sendable (Int32?) -> Void)?
    /// Where the links of `404.html` start, in place of `base_url`
    /// (``PlannedPage/notFoundRoot(baseURL:override:)``): `folio serve` sets `/`, since it
    /// serves the site at its root whatever `base_url` says.
    public var notFoundRoot: String? = nil
    /// Called as each phase starts, from the thread running the build; the command line
    /// uses it to time the phases (Folio itself never reads the clock).
    public var phaseStarted: (@Sendable (BuildPhase) -> Void)?

    /// Options for the site in `folder`, with the default folder names; `jobs` defaults to
    /// one thread per active processor.
    public init(
        content: URL, templates: URL, output: URL, contentDisplay: String = "Content",
        templatesDisplay: String = "Templates", outputDisplay: String = "Public",
        asOf: CalendarDate? = nil, today: CalendarDate, includeDrafts: Bool = false,
        audience: Audience = .team, jobs: Int? = nil, strictTemplates: Bool = true,
        version: String = Folio.version, discardsForeignFiles: Bool = false,
        phaseStarted: (@Sendable (BuildPhase) -> Void)? = nil
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.contentDisplay = contentDisplay
        self.templatesDisplay = templatesDisplay
        self.outputDisplay = outputDisplay
        self.asOf = asOf
        self.today = today
        self.includeDrafts = includeDrafts
        self.jobs = max(1, jobs ?? ParallelLoop.defaultJobs)
        self.audience = audience
        self.strictTemplates = strictTemplates
        self.version = version
        self.discardsForeignFiles = discardsForeignFiles
        self.phaseStarted = phaseStarted
    }
}

/// What a build did.
public struct BuildResult: Sendable {
    /// Every error and warning, sorted by place.
    public var diagnostics: [Diagnostic]
    /// How many files the site has (pages, sitemap, calendar, search index and assets, not
    /// the manifest); 0 when the build failed.
    public var filesWritten: Int
    /// How many of them had the same bytes as before and were kept, with their times.
    public var filesUnchanged: Int = 0
    /// How many HTML pages were written.
    public var pagesWritten: Int
    /// Whether nothing had changed since the last build, which left the output as it was
    /// and reported that build's warnings again.
    public var upToDate = false
    /// How many pages a build whose only changes were in the text of briefs and handoffs
    /// updated in place (``BodyPatch``); `nil` for any other build.
    public var pagesUpdated: Int? = nil

    /// Whether the build succeeded and the output was replaced.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    /// How many errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
