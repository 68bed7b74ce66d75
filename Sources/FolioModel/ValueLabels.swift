import FolioFormats

/// How pages name the values of the portfolio's vocabularies: `qbr` is "QBR", `cross_sell`
/// "Cross-sell", tier `1` "Tier 1", with the labels `site.yml` gives under `labels:` first.
///
/// ```yaml
/// labels:
///   activity_type: {onsite: On-site visit}
///   tier: {"1": Strategic}
/// ```
///
/// Pages show the label; templates get the value beside it (`type` and `type_label`), so
/// that classes, data attributes and addresses keep the value.
package struct ValueLabels: Sendable {
    /// A set of values that pages label: one kind of field.
    package enum Vocabulary: String, CaseIterable, Sendable {
        case activityType = "activity_type"
        case opportunityType = "opportunity_type"
        case opportunityStage = "opportunity_stage"
        case status
        case tier
        case segment
        case industry
        case tag
        case teamRole = "team_role"
        case stakeholderRole = "stakeholder_role"
        case sentiment
        case severity

        /// The values Folio accepts, for a vocabulary the content contract fixes; `nil` for
        /// one whose values the CRM or the briefs choose.
        var values: [String]? {
            switch self {
            case .status: Account.Status.allCases.map(\.rawValue)
            case .teamRole: Person.Role.allCases.map(\.rawValue)
            case .stakeholderRole: ClientBrief.stakeholderRoles
            case .sentiment: ClientBrief.sentiments
            case .severity: ClientBrief.severities
            case .activityType, .opportunityType, .opportunityStage, .tier, .segment, .industry,
                .tag:
                nil
            }
        }

        /// What one value is, in messages: "a sentiment".
        var noun: String {
            switch self {
            case .activityType: "an activity's type"
            case .opportunityType: "an opportunity's type"
            case .opportunityStage: "an opportunity's stage"
            case .status: "an account's status"
            case .tier: "a tier"
            case .segment: "a segment"
            case .industry: "an industry"
            case .tag: "a tag"
            case .teamRole: "a role of team.csv"
            case .stakeholderRole: "a stakeholder's role"
            case .sentiment: "a sentiment"
            case .severity: "a risk's severity"
            }
        }

        /// An entry to show in messages, as `site.yml` writes it.
        var example: String {
            switch self {
            case .activityType: "onsite: On-site visit"
            case .opportunityType: "cross_sell: Cross-sell"
            case .opportunityStage: "closed_won: Won"
            case .status: "at_risk: Needs attention"
            case .tier: "\"1\": Strategic"
            case .segment: "mid_market: Mid-market"
            case .industry: "3pl: Third-party logistics"
            case .tag: "reference-customer: Reference customer"
            case .teamRole: "account_manager: Customer success manager"
            case .stakeholderRole: "economic_buyer: Budget holder"
            case .sentiment: "negative: Unhappy"
            case .severity: "high: Urgent"
            }
        }

        /// How a value without a label of the site's is named.
        fileprivate var defaultLabel: DefaultLabel {
            switch self {
            case .segment, .industry, .tag: .asWritten
            case .tier: .tier
            default: .readable
            }
        }
    }

    /// How a vocabulary names a value that `site.yml` does not label.
    fileprivate enum DefaultLabel {
        /// As written: the value is already text a person wrote (`Grocery retail`).
        case asWritten
        /// A bare number is "Tier 1"; anything else as written (`Strategic`).
        case tier
        /// A value written as a key (lower case, no spaces) reads as words: `closed_won` is
        /// "Closed won", `qbr` "QBR"; one written otherwise (`Site visit`) is kept.
        case readable
    }

    /// The site's own labels, by vocabulary and value.
    private var labels: [Vocabulary: [String: String]] = [:]

    /// No labels of the site's: every value named by default.
    init() {}

    /// The label pages show for `value` of `vocabulary`.
    package func label(_ vocabulary: Vocabulary, _ value: String) -> String {
        if let label = labels[vocabulary]?[value] { return label }
        switch vocabulary.defaultLabel {
        case .asWritten: return value
        case .tier: return Self.tierLabel(value)
        case .readable: return Self.fixedLabels[value] ?? Self.readable(value)
        }
    }

    /// The labels of the values the content contract fixes, made once rather than for each
    /// value shown, as every stakeholder of every brief has a role.
    private static let fixedLabels = Dictionary(
        Vocabulary.allCases.flatMap { $0.values ?? [] }.map { ($0, readable($0)) },
        uniquingKeysWith: { first, _ in first })

    /// The label of `value`, or `nil` when there is no value.
    package func label(_ vocabulary: Vocabulary, _ value: String?) -> String? {
        value.map { label(vocabulary, $0) }
    }

    /// "Tier 1" for `1`; any other tier as written.
    static func tierLabel(_ value: String) -> String {
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return value
        }
        return "Tier " + value
    }

    /// Values whose words are not read as written.
    private static let words = [
        "qbr": "QBR", "ebr": "EBR", "nps": "NPS", "poc": "POC", "roi": "ROI", "sla": "SLA",
        "sso": "SSO", "api": "API", "crm": "CRM", "onsite": "on-site",
    ]

    /// A value written as a key, as words: `closed_won` is "Closed won", `qbr` "QBR",
    /// `cross_sell` "Cross-sell"; a value with a capital letter or a space is kept.
    static func readable(_ value: String) -> String {
        if value == "cross_sell" || value == "cross-sell" { return "Cross-sell" }
        guard !value.isEmpty,
            !value.unicodeScalars.contains(where: {
                $0.properties.isUppercase || $0.properties.isWhitespace
            })
        else { return value }
        let parts = value.split(separator: "_", omittingEmptySubsequences: true)
        let text = parts.map { words[String($0)] ?? String($0) }.joined(separator: " ")
        guard let first = text.first else { return value }
        // An acronym stays in capitals; a word starts with one.
        return first.uppercased() + text.dropFirst()
    }

    /// Reads `site.yml`'s `labels:` mapping of vocabularies to mappings of values to labels.
    static func read(_ node: DataNode, into reader: inout FieldReader) -> ValueLabels {
        var result = ValueLabels()
        let names = Vocabulary.allCases.map(\.rawValue)
        guard case .map(let entries) = node.content else {
            reader.report(
                node.mismatch(
                    "'labels'",
                    expected: "a mapping of vocabularies to the labels of their values, such "
                        + "as 'activity_type: {onsite: On-site visit}'"))
            return result
        }
        for entry in entries {
            guard let vocabulary = Vocabulary(rawValue: entry.key) else {
                let hint =
                    Suggestions(among: names).didYouMean(entry.key)
                    ?? "label one of \(Self.list(names))"
                reader.report(
                    .error(
                        "'labels' has '\(entry.key)', which is not a vocabulary Folio labels; "
                            + hint,
                        at: entry.keyLocation))
                continue
            }
            let field = "'labels.\(entry.key)'"
            guard case .map(let values) = entry.value.content else {
                reader.report(
                    entry.value.mismatch(
                        field,
                        expected: "a mapping of values, as the content writes them, to the "
                            + "labels pages show, such as '\(vocabulary.example)'"))
                continue
            }
            var labels: [String: String] = [:]
            for value in values {
                let written = value.key.trimmingWhitespace
                if let allowed = vocabulary.values, !allowed.contains(written) {
                    let hint =
                        Suggestions(among: allowed).didYouMean(written)
                        ?? "label one of \(Self.list(allowed))"
                    reader.report(
                        .error(
                            "\(field) has '\(written)', which is not \(vocabulary.noun); "
                                + hint,
                            at: value.keyLocation))
                    continue
                }
                guard case .scalar(let text) = value.value.content,
                    !text.trimmingWhitespace.isEmpty
                else {
                    reader.report(
                        value.value.mismatch(
                            "'labels.\(entry.key).\(written)'",
                            expected: "the text pages show for '\(written)'"))
                    continue
                }
                labels[written] = text.trimmingWhitespace
            }
            result.labels[vocabulary, default: [:]].merge(labels) { _, new in new }
        }
        return result
    }

    /// `a, b or c`.
    package static func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
