package import FolioFormats
package import FolioTemplates

/// An account manager's brief on a client: `Content/clients/<slug>.md`.
package struct ClientBrief: Sendable {
    /// Someone at the client who matters to the relationship.
    package struct Stakeholder: Sendable {
        package var name: String
        package var title: String?
        package var role: String?
        package var sentiment: String?
        package var notes: String?
        package var fields: TemplateValue
    }

    /// A chance to sell more.
    package struct Opportunity: Sendable {
        package var name: String
        package var type: String?
        package var stage: String?
        package var amount: Double?
        package var closeDate: CalendarDate?
        package var fields: TemplateValue
    }

    /// Something that could cost the account.
    package struct Risk: Sendable {
        package var text: String
        package var severity: String?
        package var mitigation: String?
        package var owner: Reference?
        package var fields: TemplateValue
    }

    /// An old name of the brief's page: a folder of `clients/` that leads to it
    /// (``Redirect``), so that links to the page from before a rename still work.
    struct Alias: Sendable, Hashable {
        /// The folder's name, as written (`hl-northgate`).
        var name: String
        /// Where the brief writes it.
        var location: SourceLocation
    }

    /// The roles the contract names for stakeholders.
    package static let stakeholderRoles = [
        "champion", "economic_buyer", "decision_maker", "executive_sponsor", "technical_buyer",
        "influencer", "user", "detractor",
    ]

    /// The sentiments a stakeholder may have.
    static let sentiments = ["positive", "neutral", "negative"]

    /// The severities a risk may have.
    static let severities = ["low", "medium", "high"]

    package var slug: String
    package var source: String
    package var account: Reference
    package var title: String?
    package var summary: String?
    package var goals: [String]
    package var needs: [String]
    package var stakeholders: [Stakeholder]
    package var opportunities: [Opportunity]
    package var risks: [Risk]
    package var competitors: [String]
    package var tags: [String]
    package var nextQBR: CalendarDate?
    package var updated: CalendarDate?
    var isDraft: Bool
    var aliases: [Alias]
    package var body: String
    /// The line of the file the body starts on.
    package var bodyLine = 1
    package var fields: TemplateValue

    /// Reads a brief's front matter; `nil` with diagnostics when it cannot be used.
    ///
    /// Without `makingFields`, ``fields`` is `null`, and so are its stakeholders',
    /// opportunities' and risks'.
    static func read(_ document: Document, slug: String, makingFields: Bool = true)
        -> (ClientBrief?, [Diagnostic])
    {
        var reader = FieldReader(
            document.frontMatter, convertingFields: true, makingFields: makingFields)
        let account = reader.requiredReference("account", example: "'account: ACME-001'")
        let brief = ClientBrief(
            slug: slug, source: document.path,
            account: account
                ?? Reference(id: "", location: document.frontMatter.location, field: ""),
            title: reader.optional("title", .text),
            summary: reader.optional("summary", .text),
            goals: reader.list("goals", .text),
            needs: reader.list("needs", .text),
            stakeholders: reader.records("stakeholders", Self.readStakeholder),
            opportunities: reader.records("opportunities", Self.readOpportunity),
            risks: reader.records("risks", scalar: Self.risk(text:), Self.readRisk),
            competitors: reader.list("competitors", .text),
            tags: reader.list("tags", .text),
            nextQBR: reader.optional("next_qbr", .date),
            updated: reader.optional("updated", .date),
            isDraft: reader.optional("draft", .boolean) ?? false,
            aliases: reader.list("aliases", .alias),
            body: document.body, bodyLine: document.bodyLine,
            fields: reader.fields)
        reader.reportMisspelledKeys(notA: "a field of a client brief")
        return (account == nil ? nil : brief, reader.diagnostics)
    }

    static func readStakeholder(_ reader: inout FieldReader) -> Stakeholder? {
        let name = reader.required("name", example: "'name: Ana Ruiz'", .text)
        let stakeholder = Stakeholder(
            name: name ?? "", title: reader.optional("title", .text),
            role: reader.optional("role", .oneOf(stakeholderRoles)),
            sentiment: reader.optional("sentiment", .oneOf(sentiments)),
            notes: reader.optional("notes", .text), fields: reader.fields)
        return name == nil ? nil : stakeholder
    }

    static func readOpportunity(_ reader: inout FieldReader) -> Opportunity? {
        let name = reader.required("name", example: "'name: EU rollout'", .text)
        let opportunity = Opportunity(
            name: name ?? "", type: reader.optional("type", .text),
            stage: reader.optional("stage", .text), amount: reader.optional("amount", .number),
            closeDate: reader.optional("close_date", .date), fields: reader.fields)
        return name == nil ? nil : opportunity
    }

    static func risk(text: String) -> Risk {
        Risk(text: text, severity: nil, mitigation: nil, owner: nil, fields: .string(text))
    }

    static func readRisk(_ reader: inout FieldReader) -> Risk? {
        let text = reader.required("text", example: "'text: Champion leaving'", .text)
        let risk = Risk(
            text: text ?? "",
            severity: reader.optional("severity", .oneOf(severities)),
            mitigation: reader.optional("mitigation", .text), owner: reader.reference("owner"),
            fields: reader.fields)
        return text == nil ? nil : risk
    }
}

extension FieldType where Value == ClientBrief.Alias {
    /// An alias of a brief: a folder name that follows the rule for page names
    /// (``PageName``), with its place.
    ///
    /// One written as a path or an address (`clients/old-name/`) is told the folder's name
    /// alone.
    static var alias: Self {
        Self { (node, field) throws(Diagnostic) in
            let name = try node.text(field)
            guard let problem = PageName.problem(name) else {
                return ClientBrief.Alias(name: name, location: node.location)
            }
            let folder = name.split(separator: "/").last.map(String.init)
            let advice =
                if let folder, folder != name, PageName.problem(folder) == nil {
                    "write the folder's name alone, '\(folder)'"
                } else {
                    "write the name of a folder of clients/, such as northgate-parcel"
                }
            throw .error(
                "\(field) is '\(PageName.shortened(name))', which cannot name a page folder: "
                    + "it \(problem); \(advice)",
                at: node.location)
        }
    }
}
