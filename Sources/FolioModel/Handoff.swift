package import FolioFormats
package import FolioTemplates

/// A salesperson's handoff brief to the account manager: `Content/handoffs/<slug>.md`.
package struct Handoff: Sendable {
    /// The deal as it closed.
    package struct Deal: Sendable {
        package var closed: CalendarDate?
        package var value: Double?
        package var termMonths: Int?
        package var start: CalendarDate?
        package var pricingNotes: String?
    }

    /// An outcome the client will judge the purchase by.
    package struct SuccessCriterion: Sendable {
        package var outcome: String
        package var metric: String?
        package var baseline: String?
        package var target: String?
        package var by: CalendarDate?
    }

    /// Someone at the client, as the salesperson knows them.
    package struct Stakeholder: Sendable {
        package var name: String
        package var title: String?
        package var role: String?
        package var commsPreference: String?
        package var personalNotes: String?
    }

    /// A promise made during the sale.
    package struct Commitment: Sendable {
        package var promise: String
        package var madeBy: Reference?
        package var due: CalendarDate?
        package var inContract: Bool?
    }

    /// An objection raised during the sale and how it was answered.
    package struct Objection: Sendable {
        package var objection: String
        package var resolution: String?
    }

    /// The technical environment.
    package struct Technical: Sendable {
        package var integrations: [String]
        package var notes: String?
    }

    /// A step to take next, with its owner and date.
    package struct NextStep: Sendable {
        package var action: String
        package var owner: Reference?
        package var due: CalendarDate?
    }

    package var slug: String
    package var source: String
    package var account: Reference
    package var date: CalendarDate?
    package var from: Reference?
    package var to: Reference?
    package var deal: Deal?
    package var products: [String]
    package var whyTheyBought: String?
    package var successCriteria: [SuccessCriterion]
    package var stakeholders: [Stakeholder]
    package var commitments: [Commitment]
    package var objections: [Objection]
    package var risks: [String]
    package var technical: Technical?
    package var openQuestions: [String]
    package var nextSteps: [NextStep]
    var isDraft: Bool
    package var body: String
    /// The line of the file the body starts on.
    package var bodyLine = 1
    package var fields: TemplateValue
    /// The sections filled and missing, as the brief is written; a client build keeps this
    /// when it drops private sections, so the figure is the same for every audience and
    /// says only whether a section is filled, never what it says.
    package var completeness: (filled: [String], missing: [String]) = ([], [])

    /// The sections whose presence makes a handoff complete, with their labels, in the order
    /// the contract lists them.
    var sections: (filled: [String], missing: [String]) {
        let sections: [(String, Bool)] = [
            ("Deal", deal != nil),
            ("Products", !products.isEmpty),
            ("Why they bought", whyTheyBought != nil),
            ("Success criteria", !successCriteria.isEmpty),
            ("Stakeholders, with a champion", stakeholders.contains { $0.role == "champion" }),
            ("Commitments", !commitments.isEmpty),
            ("Risks", !risks.isEmpty),
            ("Next steps", !nextSteps.isEmpty),
        ]
        return (sections.filter(\.1).map(\.0), sections.filter { !$0.1 }.map(\.0))
    }

    /// Reads a handoff's front matter; `nil` with diagnostics when it cannot be used.
    ///
    /// Without `makingFields`, ``fields`` is `null`.
    static func read(_ document: Document, slug: String, makingFields: Bool = true)
        -> (Handoff?, [Diagnostic])
    {
        var reader = FieldReader(document.frontMatter, makingFields: makingFields)
        let account = reader.requiredReference("account", example: "'account: ACME-001'")
        var handoff = Handoff(
            slug: slug, source: document.path,
            account: account
                ?? Reference(id: "", location: document.frontMatter.location, field: ""),
            date: reader.optional("date", .date),
            from: reader.reference("from"),
            to: reader.reference("to"),
            deal: reader.record("deal", Self.readDeal),
            products: reader.list("products", .text),
            whyTheyBought: reader.optional("why_they_bought", .text),
            successCriteria: reader.records("success_criteria", Self.readCriterion),
            stakeholders: reader.records("stakeholders", Self.readStakeholder),
            commitments: reader.records("commitments", Self.readCommitment),
            objections: reader.records("objections", Self.readObjection),
            risks: reader.records("risks", scalar: { $0 }) {
                $0.required("text", example: "'text: Champion is new'", .text)
            },
            technical: reader.record("technical", Self.readTechnical),
            openQuestions: reader.list("open_questions", .text),
            nextSteps: reader.records("next_steps", Self.readNextStep),
            isDraft: reader.optional("draft", .boolean) ?? false,
            body: document.body, bodyLine: document.bodyLine,
            fields: reader.fields)
        handoff.completeness = handoff.sections
        reader.reportMisspelledKeys(notA: "a field of a handoff brief")
        return (account == nil ? nil : handoff, reader.diagnostics)
    }

    static func readDeal(_ reader: inout FieldReader) -> Deal? {
        Deal(
            closed: reader.optional("closed", .date), value: reader.optional("value", .number),
            termMonths: reader.optional("term_months", .integer(in: 0...1200)),
            start: reader.optional("start", .date),
            pricingNotes: reader.optional("pricing_notes", .text))
    }

    static func readCriterion(_ reader: inout FieldReader) -> SuccessCriterion? {
        let outcome = reader.required("outcome", example: "'outcome: Faster onboarding'", .text)
        let criterion = SuccessCriterion(
            outcome: outcome ?? "", metric: reader.optional("metric", .text),
            baseline: reader.optional("baseline", .text), target: reader.optional("target", .text),
            by: reader.optional("by", .date))
        return outcome == nil ? nil : criterion
    }

    static func readStakeholder(_ reader: inout FieldReader) -> Stakeholder? {
        let name = reader.required("name", example: "'name: Ana Ruiz'", .text)
        let stakeholder = Stakeholder(
            name: name ?? "", title: reader.optional("title", .text),
            role: reader.optional("role", .oneOf(ClientBrief.stakeholderRoles)),
            commsPreference: reader.optional("comms_preference", .text),
            personalNotes: reader.optional("personal_notes", .text))
        return name == nil ? nil : stakeholder
    }

    static func readCommitment(_ reader: inout FieldReader) -> Commitment? {
        let promise = reader.required("promise", example: "'promise: SSO by go-live'", .text)
        let commitment = Commitment(
            promise: promise ?? "", madeBy: reader.reference("made_by"),
            due: reader.optional("due", .date), inContract: reader.optional("in_contract", .boolean)
        )
        return promise == nil ? nil : commitment
    }

    static func readObjection(_ reader: inout FieldReader) -> Objection? {
        let objection = reader.required("objection", example: "'objection: Price'", .text)
        let resolution = reader.optional("resolution", .text)
        return objection.map { Objection(objection: $0, resolution: resolution) }
    }

    static func readTechnical(_ reader: inout FieldReader) -> Technical? {
        Technical(
            integrations: reader.list("integrations", .text), notes: reader.optional("notes", .text)
        )
    }

    static func readNextStep(_ reader: inout FieldReader) -> NextStep? {
        let action = reader.required("action", example: "'action: Intro email'", .text)
        let step = NextStep(
            action: action ?? "", owner: reader.reference("owner"),
            due: reader.optional("due", .date))
        return action == nil ? nil : step
    }
}
