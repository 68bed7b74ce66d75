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
    /// Who the site is for: a client build leaves out what `private:` in `site.yml` names.
    public var audience: Audience
    /// Whether a name a template uses that the context lacks is an error.
    public var strictTemplates: Bool
    /// Folio's version, for the pages' footers.
    public var version: String
    /// Called as each phase starts, from the thread running the build; the command line
    /// uses it to time the phases (Folio itself never reads the clock).
    public var phaseStarted: (@Sendable (BuildPhase) -> Void)?

    /// Options for the site in `folder`, with the default folder names.
    public init(
        content: URL, templates: URL, output: URL, contentDisplay: String = "Content",
        templatesDisplay: String = "Templates", outputDisplay: String = "Public",
        asOf: CalendarDate? = nil, today: CalendarDate, includeDrafts: Bool = false,
        audience: Audience = .team, strictTemplates: Bool = true, version: String = Folio.version,
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
        self.audience = audience
        self.strictTemplates = strictTemplates
        self.version = version
        self.phaseStarted = phaseStarted
    }
}

/// Facts about Folio itself.
public enum Folio {
    /// This version of Folio.
    public static let version = "0.1.0"
}

/// What a build did.
public struct BuildResult: Sendable {
    /// Every error and warning, sorted by place.
    public var diagnostics: [Diagnostic]
    /// How many files were written (pages, sitemap and assets); 0 when the build failed.
    public var filesWritten: Int
    /// How many HTML pages were written.
    public var pagesWritten: Int

    /// Whether the build succeeded and the output was replaced.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    /// How many errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
