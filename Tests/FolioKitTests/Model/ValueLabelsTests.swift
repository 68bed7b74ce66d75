import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioSite

/// How pages name the values of the vocabularies, and `labels:` in `site.yml`.
@Suite struct ValueLabelsTests {
    typealias Vocabulary = ValueLabels.Vocabulary

    static func settings(_ yaml: String) throws -> (SiteSettings, [String]) {
        let (settings, problems) = SiteSettings.read(
            try YAMLReader.read(yaml, file: "Content/site.yml"))
        return (
            settings,
            problems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" }
        )
    }

    @Test(arguments: [
        (Vocabulary.activityType, "qbr", "QBR"), (.activityType, "onsite", "On-site"),
        (.activityType, "discovery", "Discovery"), (.activityType, "qbr_prep", "QBR prep"),
        (.activityType, "Site visit", "Site visit"), (.activityType, "", ""),
        (.opportunityType, "cross_sell", "Cross-sell"), (.opportunityType, "upsell", "Upsell"),
        (.opportunityType, "renewal", "Renewal"), (.opportunityStage, "closed_won", "Closed won"),
        (.tier, "1", "Tier 1"), (.tier, "12", "Tier 12"), (.tier, "Strategic", "Strategic"),
        (.tier, "1a", "1a"), (.status, "at_risk", "At risk"),
        (.teamRole, "account_manager", "Account manager"),
        (.teamRole, "sales_engineer", "Sales engineer"),
        (.stakeholderRole, "economic_buyer", "Economic buyer"),
        (.sentiment, "positive", "Positive"), (.severity, "high", "High"),
        // Text a person wrote is kept as written.
        (.industry, "grocery retail", "grocery retail"), (.segment, "mid_market", "mid_market"),
        (.tag, "reference-customer", "reference-customer"),
    ])
    func valuesReadAsWordsByDefault(vocabulary: Vocabulary, value: String, label: String) {
        #expect(ValueLabels().label(vocabulary, value) == label)
    }

    @Test func theSitesLabelsComeFirstAndOnlyForTheirVocabulary() throws {
        let (settings, problems) = try Self.settings(
            """
            labels:
              activity_type: {onsite: On-site visit, qbr: Quarterly review}
              tier:
                "1": Strategic
                2: Growth
              sentiment: {negative: "  Unhappy "}
              tag: {3pl: 3PL}
            """)
        #expect(problems.isEmpty)
        let labels = settings.labels
        #expect(labels.label(.activityType, "onsite") == "On-site visit")
        #expect(labels.label(.activityType, "qbr") == "Quarterly review")
        #expect(labels.label(.activityType, "call") == "Call")
        #expect(labels.label(.tier, "1") == "Strategic")
        #expect(labels.label(.tier, "2") == "Growth")
        #expect(labels.label(.tier, "3") == "Tier 3")
        #expect(labels.label(.sentiment, "negative") == "Unhappy")
        #expect(labels.label(.tag, "3pl") == "3PL")
        // The same value in another vocabulary keeps its own label.
        #expect(labels.label(.opportunityType, "onsite") == "On-site")
        #expect(labels.label(.tier, nil as String?) == nil)
    }

    @Test func aTermsPageIsTitledByItsLabel() throws {
        let (settings, _) = try Self.settings("labels: {tier: {\"2\": Growth}}")
        let term = { (value: String) in Taxonomy.Term(value: value, slug: value, clients: []) }
        #expect(Taxonomy.tier.title(of: term("1"), labels: settings.labels) == "Tier 1")
        #expect(Taxonomy.tier.title(of: term("2"), labels: settings.labels) == "Tier: Growth")
        #expect(
            Taxonomy.industry.title(of: term("Grocery"), labels: settings.labels)
                == "Industry: Grocery")
    }

    @Test(arguments: [
        (
            "labels: [onsite]",
            "Content/site.yml:1:9: 'labels' must be a mapping of vocabularies to the labels of their values, such as 'activity_type: {onsite: On-site visit}'; found a list"
        ),
        (
            "labels:\n  activty_type: {onsite: On-site visit}",
            "Content/site.yml:2:3: 'labels' has 'activty_type', which is not a vocabulary Folio labels; did you mean 'activity_type'?"
        ),
        (
            "labels:\n  colour: {red: Red}",
            "Content/site.yml:2:3: 'labels' has 'colour', which is not a vocabulary Folio labels; label one of activity_type, opportunity_type, opportunity_stage, status, tier, segment, industry, tag, team_role, stakeholder_role, sentiment or severity"
        ),
        (
            "labels:\n  tier: Strategic",
            "Content/site.yml:2:9: 'labels.tier' must be a mapping of values, as the content writes them, to the labels pages show, such as '\"1\": Strategic'; found 'Strategic'"
        ),
        (
            "labels:\n  sentiment: {postive: Happy}",
            "Content/site.yml:2:15: 'labels.sentiment' has 'postive', which is not a sentiment; did you mean 'positive'?"
        ),
        (
            "labels:\n  severity: {urgent: Urgent}",
            "Content/site.yml:2:14: 'labels.severity' has 'urgent', which is not a risk's severity; label one of low, medium or high"
        ),
        (
            "labels:\n  activity_type:\n    onsite:\n",
            "Content/site.yml:3:12: 'labels.activity_type.onsite' must be the text pages show for 'onsite'; found nothing"
        ),
        (
            "labels:\n  activity_type: {onsite: [On-site, visit]}",
            "Content/site.yml:2:27: 'labels.activity_type.onsite' must be the text pages show for 'onsite'; found a list"
        ),
        (
            "lables:\n  tier: {\"1\": Strategic}",
            "Content/site.yml:1:1: 'lables' is not a setting of site.yml, so it is ignored (templates still see it under fields); did you mean 'labels'?"
        ),
    ])
    func aLabelThatCannotBeUsedIsReportedAtItsPlace(yaml: String, message: String) throws {
        let (_, problems) = try Self.settings(yaml)
        #expect(problems == [message])
    }
}
