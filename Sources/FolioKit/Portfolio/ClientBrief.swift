/// An account manager's brief on a client: `Content/clients/<slug>.md`.
public struct ClientBrief: Sendable {
    /// Someone at the client who matters to the relationship.
    public struct Stakeholder: Sendable {
        public var name: String
        public var title: String?
        public var role: String?
        public var sentiment: String?
        public var notes: String?
        public var fields: TemplateValue
    }

    /// A chance to sell more.
    public struct Opportunity: Sendable {
        public var name: String
        public var type: String?
        public var stage: String?
        public var amount: Double?
        public var closeDate: CalendarDate?
        public var fields: TemplateValue
    }

    /// Something that could cost the account.
    public struct Risk: Sendable {
        public var text: String
        public var severity: String?
        public var mitigation: String?
        public var owner: Reference?
        public var fields: TemplateValue
    }

    /// The roles the contract names for stakeholders.
    static let stakeholderRoles = [
        "champion", "economic_buyer", "decision_maker", "executive_sponsor", "technical_buyer",
        "influencer", "user", "detractor",
    ]

    public var slug: String
    public var source: String
    public var account: Reference
    public var title: String?
    public var summary: String?
    public var goals: [String]
    public var needs: [String]
    public var stakeholders: [Stakeholder]
    public var opportunities: [Opportunity]
    public var risks: [Risk]
    public var competitors: [String]
    public var tags: [String]
    public var nextQBR: CalendarDate?
    public var updated: CalendarDate?
    public var isDraft: Bool
    public var body: String
    public var fields: TemplateValue

    /// Reads a brief's front matter; `nil` with diagnostics when it cannot be used.
    static func read(_ document: Document, slug: String) -> (ClientBrief?, [Diagnostic]) {
        var reader = FieldReader(document.frontMatter)
        let account = reader.requiredReference("account", example: "'account: ACME-001'")
        let brief = ClientBrief(
            slug: slug, source: document.path,
            account: account ?? Reference(id: "", location: document.frontMatter.location, field: ""),
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
            body: document.body,
            fields: document.frontMatter.templateValue)
        return (account == nil ? nil : brief, reader.diagnostics)
    }

    static func readStakeholder(_ reader: inout FieldReader) -> Stakeholder? {
        let name = reader.required("name", example: "'name: Ana Ruiz'", .text)
        let stakeholder = Stakeholder(
            name: name ?? "", title: reader.optional("title", .text),
            role: reader.optional("role", .oneOf(stakeholderRoles)),
            sentiment: reader.optional("sentiment", .oneOf(["positive", "neutral", "negative"])),
            notes: reader.optional("notes", .text), fields: reader.node.templateValue)
        return name == nil ? nil : stakeholder
    }

    static func readOpportunity(_ reader: inout FieldReader) -> Opportunity? {
        let name = reader.required("name", example: "'name: EU rollout'", .text)
        let opportunity = Opportunity(
            name: name ?? "", type: reader.optional("type", .text),
            stage: reader.optional("stage", .text), amount: reader.optional("amount", .number),
            closeDate: reader.optional("close_date", .date), fields: reader.node.templateValue)
        return name == nil ? nil : opportunity
    }

    static func risk(text: String) -> Risk {
        Risk(text: text, severity: nil, mitigation: nil, owner: nil, fields: .string(text))
    }

    static func readRisk(_ reader: inout FieldReader) -> Risk? {
        let text = reader.required("text", example: "'text: Champion leaving'", .text)
        let risk = Risk(
            text: text ?? "",
            severity: reader.optional("severity", .oneOf(["low", "medium", "high"])),
            mitigation: reader.optional("mitigation", .text), owner: reader.reference("owner"),
            fields: reader.node.templateValue)
        return text == nil ? nil : risk
    }
}
