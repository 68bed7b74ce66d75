package import FolioFormats
package import FolioTemplates

/// The settings of `Content/site.yml`; every key has a default.
package struct SiteSettings: Sendable {
    /// The site's title.
    package var title = "Portfolio"
    /// One or two sentences for the overview.
    package var description: String?
    /// The address the site is published at, for the sitemap only; links stay relative.
    package var baseURL: String?
    /// Where the team edits a brief, handoff or chapter (`edit_url`), for the pages' edit
    /// links.
    package var editURL: EditAddress?
    /// The currency of rows that name none (ISO 4217).
    package var currency = "USD"
    /// The portfolio's "today", if `site.yml` pins it.
    package var asOf: CalendarDate?
    /// Health scores below the first number are red, below the second yellow, else green.
    package var healthBands = (red: 40.0, yellow: 70.0)
    /// A Net Promoter Score below the first number reads as poor, below the second as fair,
    /// else as good.
    package var npsBands = (red: 0.0, yellow: 30.0)
    /// Net revenue retention in percent: below the first poor, below the second fair.
    package var netRetentionBands = (red: 90.0, yellow: 100.0)
    /// Gross revenue retention in percent: below the first poor, below the second fair.
    package var grossRetentionBands = (red: 80.0, yellow: 90.0)
    /// How many days ahead a renewal counts as due.
    package var renewalWindowDays = 90
    /// After how many days without an update a brief counts as stale.
    package var staleAfterDays = 180
    /// After how many days without a touchpoint an account is on the agenda.
    var touchpointOverdueDays = 45
    /// Whether raw HTML in Markdown reaches the pages.
    package var allowsRawHTML = false
    /// Whether search engines may index the site.
    ///
    /// `indexable: true` is for a client build meant to be public; otherwise every page says
    /// `noindex` and `robots.txt` disallows everything.
    package var indexable = false
    /// Where `site.yml` sets `indexable`, for `folio check`'s warning.
    package var indexableLocation: SourceLocation?
    /// How data files' headers map to Folio fields (`columns:`), one map per file.
    var columns: [ColumnMap] = []
    /// How data files write dates (`dates:`), by file name.
    var dates: [(file: String, order: DateStyle.Order?, location: SourceLocation)] = []
    /// Whether `site.yml` has a `dates:` mapping, even an empty one.
    var hasDates = false
    /// The path of `site.yml` as messages show it, or where it would be when there is none.
    package var file = "site.yml"
    /// The fields and pages a client build leaves out (`private:`).
    package var privateFields = PrivateFields.defaults
    /// How pages name the values of the vocabularies (`labels:`).
    package var labels = ValueLabels()
    /// Every key as written, for templates.
    package var fields: TemplateValue = .map([:])

    /// Settings with every default.
    package init() {}

    /// Reads `site.yml`'s mapping; problems are returned with the settings read so far.
    package static func read(_ node: DataNode) -> (SiteSettings, [Diagnostic]) {
        var settings = SiteSettings()
        settings.file = node.location.file
        if case .null = node.content { return (settings, []) }
        var reader = FieldReader(node)
        guard case .map = node.content else {
            return (settings, [node.mismatch("site.yml", expected: "a mapping of settings")])
        }
        settings.fields = node.templateValue
        if let title = reader.optional("title", .text) { settings.title = title }
        settings.description = reader.optional("description", .text)
        settings.baseURL = reader.optional("base_url", .webAddress)
        settings.editURL = reader.optional("edit_url", .editAddress)
        if let currency = reader.optional("currency", .currency) {
            settings.currency = currency
        }
        settings.asOf = reader.optional("as_of", .date)
        if let bands = reader.optional("health_bands", .healthBands) {
            settings.healthBands = bands
        }
        if let bands = reader.optional("nps_bands", .bands(from: -100, to: 100, example: "[0, 30]"))
        {
            settings.npsBands = bands
        }
        if let bands = reader.optional(
            "net_retention_bands", .bands(from: 0, to: 1000, example: "[90, 100]"))
        {
            settings.netRetentionBands = bands
        }
        if let bands = reader.optional(
            "gross_retention_bands", .bands(from: 0, to: 100, example: "[80, 90]"))
        {
            settings.grossRetentionBands = bands
        }
        if let days = reader.optional("renewal_window_days", .integer(in: 0...3660)) {
            settings.renewalWindowDays = days
        }
        if let days = reader.optional("stale_after_days", .integer(in: 1...3660)) {
            settings.staleAfterDays = days
        }
        if let days = reader.optional("touchpoint_overdue_days", .integer(in: 1...3660)) {
            settings.touchpointOverdueDays = days
        }
        if let unsafe = reader.optional("unsafe_html", .boolean) {
            settings.allowsRawHTML = unsafe
        }
        if let indexable = reader.optional("indexable", .boolean) {
            settings.indexable = indexable
            settings.indexableLocation = reader.node["indexable"]?.location
        }
        if let columns = reader.optional("columns", .mapping) {
            settings.columns = ColumnMap.read(columns, into: &reader)
        }
        if let dates = reader.optional("dates", .mapping) {
            settings.hasDates = true
            settings.dates = ColumnMap.readDates(dates, into: &reader)
        }
        reader.noteRead("labels")
        if let labels = reader.node["labels"], !labels.isNull {
            settings.labels = ValueLabels.read(labels, into: &reader)
        }
        reader.noteRead("private")
        if let paths = reader.node["private"] {
            settings.privateFields = PrivateFields.read(paths, into: &reader)
        }
        reader.reportMisspelledKeys(notA: "a setting of site.yml")
        return (settings, reader.diagnostics)
    }
}

extension FieldType where Value == String {
    /// An absolute `http://` or `https://` address with no space, control character, quote,
    /// angle bracket or backslash: `base_url` reaches the sitemap, the calendar's `URL:`
    /// lines and templates, where any other scheme could run code and a line break could
    /// start a calendar property of its own.
    static var webAddress: Self {
        Self { (node, field) throws(Diagnostic) in
            let text = try node.text(field)
            let lowered = text.lowercased()
            let schemeLength =
                lowered.hasPrefix("https://") ? 8 : lowered.hasPrefix("http://") ? 7 : nil
            guard let schemeLength, text.unicodeScalars.count > schemeLength,
                !text.unicodeScalars.contains(where: {
                    $0.value <= 0x20 || (0x7F...0x9F).contains($0.value)
                        || $0.properties.isWhitespace || "\"'<>\\`".unicodeScalars.contains($0)
                })
            else {
                throw node.mismatch(
                    field,
                    expected:
                        "an http:// or https:// address without spaces or quotes, such as "
                        + "https://portfolio.example.com/")
            }
            return text
        }
    }
}

extension DataNode {
    /// Three upper-case letters, as ISO 4217 writes a currency.
    func currencyCode(_ field: String) throws(Diagnostic) -> String {
        let code = try text(field)
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw mismatch(field, expected: "a three-letter ISO 4217 currency code such as USD")
        }
        return code
    }

    /// Two ascending scores from 0 to 100: `[40, 70]`.
    func healthBands(_ field: String) throws(Diagnostic) -> (red: Double, yellow: Double) {
        try bands(field, from: 0, to: 100, example: "[40, 70]")
    }

    /// Two ascending numbers from `lowest` to `highest`, the bounds of a red and a yellow
    /// band: `[0, 30]`.
    func bands(_ field: String, from lowest: Double, to highest: Double, example: String)
        throws(Diagnostic) -> (red: Double, yellow: Double)
    {
        let expectation =
            "two ascending numbers from \(Formatting.number(lowest)) to "
            + "\(Formatting.number(highest)), such as \(example)"
        guard case .list(let items) = content, items.count == 2 else {
            throw mismatch(field, expected: expectation)
        }
        let red = try items[0].number(field)
        let yellow = try items[1].number(field)
        guard lowest <= red, red <= yellow, yellow <= highest else {
            throw mismatch(field, expected: expectation)
        }
        return (red, yellow)
    }
}
