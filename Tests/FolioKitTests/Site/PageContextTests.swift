import Testing

@testable import FolioMarkdown
@testable import FolioSite
@testable import FolioTemplates

/// The names the overview, renewals, person and client pages offer, over the portfolio of
/// PortfolioMetricsTests, whose figures are worked out there by hand.
@Suite struct PageContextTests {
    static func context(_ subject: PlannedPage.Subject) throws -> TemplateValue {
        let portfolio = try PortfolioMetricsTests.portfolio()
        let contexts = PageContext(
            portfolio: portfolio, markdown: MarkdownOptions(allowsRawHTML: false), version: "1")
        let page = try #require(PlannedPage.pages(of: portfolio).first { $0.subject == subject })
        return contexts.context(for: page)
    }

    static func texts(_ value: TemplateValue?, _ key: String) -> [String] {
        guard case .list(let items)? = value else { return [] }
        return items.map { $0[key]?.renderedText ?? "-" }
    }

    @Test func overviewShowsTheFiguresAsTheyRead() throws {
        let overview = try Self.context(.overview)
        let retention = overview["retention"]?["currencies"]
        #expect(Self.texts(retention, "currency") == ["EUR", "GBP", "USD"])
        #expect(Self.texts(retention, "grr_display") == ["100.00%", "", "87.18%"])
        #expect(Self.texts(retention, "nrr_display") == ["114.29%", "", "97.44%"])
        #expect(Self.texts(retention, "has_cohort") == ["true", "false", "true"])
        #expect(overview["retention"]?["start_display"]?.renderedText == "30 Nov 2025")
        #expect(overview["nps"]?["score_display"]?.renderedText == "40.0")
        // Against the default bands: NPS 40 is good (from 30); USD's net retention of
        // 97.44% is fair (90% to 100%), its gross 87.18% fair (80% to 90%); EUR's 114.29% net
        // and 100% gross are good.
        #expect(overview["nps"]?["band"]?["label"]?.renderedText == "Good")
        #expect(overview["nps"]?["band_rule"]?.renderedText == "good from 30, poor below 0")
        guard case .list(let currencies)? = retention else {
            Issue.record("no retention")
            return
        }
        #expect(
            currencies.map { $0["nrr_band"]?["key"]?.renderedText ?? "-" } == [
                "green", "-", "yellow",
            ])
        #expect(
            currencies.map { $0["grr_band"]?["label"]?.renderedText ?? "-" } == [
                "Good", "-", "Fair",
            ])
        #expect(Self.texts(overview["renewal_buckets"], "count") == ["1", "1", "1", "2"])
        #expect(Self.texts(overview["at_risk_accounts"], "id") == ["A3", "A2", "A6", "A4"])
        #expect(
            Self.texts(overview["pipeline"]?["total"], "amount_display") == [
                "$12,000.40", "€9,000",
            ])
        let health = overview["charts"]?["health"]?["svg"]?.renderedText ?? ""
        #expect(
            health.contains(
                #"aria-label="Accounts by health band: Red 1; Yellow 1; Green 3; Unscored 1""#))
        // One chart per question, whatever the currencies: Ana's USD and GBP side by side.
        let managers = overview["charts"]?["arr_by_manager"]?["svg"]?.renderedText ?? ""
        #expect(
            managers.contains(
                #"aria-label="ARR by account manager: Ana Alves $170,000.75, £30,000; "#
                    + #"Ben Brook $80,000, €80,000""#))
        #expect(
            overview["charts"]?["arr_by_manager"]?["title"]?.renderedText
                == "ARR by account manager")
        let renewals = overview["charts"]?["renewals"]
        // From November 2026: A1 renews in December, A3 in January, A7 and A6 in February,
        // A2 in March; A4's date (25 November) is before as_of and counts as overdue instead.
        #expect(Self.texts(renewals?["months"], "count").prefix(5) == ["0", "1", "1", "2", "1"])
        // February's ARR: A7's $60,000 and A6's £30,000, never summed.
        guard case .list(let months)? = renewals?["months"] else {
            Issue.record("the renewals chart has no months")
            return
        }
        #expect(Self.texts(months[3]["arr"], "amount_display") == ["$60,000", "£30,000"])
    }

    @Test func renewalsAndPersonPagesListTheirBuckets() throws {
        let renewals = try Self.context(.renewals)
        #expect(
            Self.texts(renewals["renewal_buckets"], "label") == [
                "Overdue", "Due in 0-30 days", "Due in 31-60 days", "Due in 61-90 days",
            ])
        #expect(renewals["calendar"]?["href"]?.renderedText == "renewals.ics")
        // Ana (the first person by name) manages A1 (due in 10 days), A2 and A6 (82 days).
        let ana = try Self.context(.person(0))
        #expect(Self.texts(ana["renewal_buckets"], "count") == ["0", "1", "0", "1"])
        #expect(Self.texts(ana["at_risk_accounts"], "id") == ["A2", "A6"])
    }

    @Test func clientPagesMarkClosedOpportunitiesAndChartTheirActivity() throws {
        // Clients by name: Alpha is the first.
        let alpha = try Self.context(.client(0))
        let opportunities = alpha["brief"]?["opportunities"]
        #expect(Self.texts(opportunities, "is_open") == ["true", "true", "false"])
        #expect(alpha["account"]?["days_since_touchpoint"]?.renderedText == "5")
        #expect(alpha["account"]?["renewal_bucket"]?["key"]?.renderedText == "0-30")
        let chart = alpha["activity_chart"]?["svg"]?.renderedText ?? ""
        #expect(
            chart.contains(
                #"aria-label="Touchpoints per month, Dec 2025 to Nov 2026: Dec 0; Jan 0; Feb 0; Mar 0; Apr 0; May 0; Jun 0; Jul 0; Aug 0; Sep 0; Oct 0; Nov 1""#
            ))
    }
}
