import Testing

@testable import FolioFormats
@testable import FolioMarkdown
@testable import FolioModel
@testable import FolioSite
@testable import FolioTemplates

/// The agenda, the money at stake and the rule for churned accounts, against a small
/// portfolio whose every figure is worked out by hand below, as of 2026-11-30 with the
/// default settings: touchpoints due 45 days after the last, briefs stale 180 days after
/// their update, health red below 40 and green from 70, a renewal window of 90 days.
@Suite struct AgendaTests {
    // Ana reports to Helen; nobody reports to Vera, whose page rolls up the whole team.
    static let team = """
        id,name,role,reports_to
        ana,Ana Alves,account_manager,helen
        ben,Ben Brook,account_manager,
        sam,Sam Lee,salesperson,
        helen,Helen Hale,director,
        vera,Vera Vale,director,

        """
    // The retention period runs from 2025-11-30 (the cohort's day) to 2026-11-30.
    static let arr = """
        account_id,date,type,amount
        A1,2025-01-01,new,90000
        A1,2026-06-01,expansion,10000
        A4,2025-06-01,new,25000
        A4,2026-03-01,contraction,5000
        A3,2025-03-01,new,30000
        A3,2026-09-01,churn,30000

        """
    // Days to renewal from 2026-11-30: Alpha 10, Beta -5, Delta 91, Echo 46; Gamma churned.
    static let accounts = """
        account_id,name,account_manager,industry,tier,status,arr,currency,renewal_date,health_score,nps,last_touchpoint
        A1,Alpha,ana,Retail,1,active,100000,USD,2026-12-10,80,9,2026-11-20
        A2,Beta,ben,Retail,1,at_risk,50000,USD,2026-11-25,30,4,2026-09-01
        A3,Gamma,ana,Mining,1,churned,0,USD,2026-12-05,10,0,2026-11-29
        A4,Delta,ana,Retail,2,active,20000,USD,2027-03-01,50,8,2026-10-20
        A5,Echo,ben,Logistics,2,active,80000,EUR,2027-01-15,90,10,2026-11-29

        """
    static let briefs = [
        "alpha": """
        ---
        account: A1
        next_qbr: 2026-08-11
        updated: 2026-11-01
        ---

        """,
        "beta": """
        ---
        account: A2
        next_qbr: 2026-12-20
        updated: 2026-05-01
        ---

        """,
        "echo": """
        ---
        account: A5
        draft: true
        next_qbr: 2026-12-02
        ---

        """,
        "gamma": """
        ---
        account: A3
        next_qbr: 2026-12-01
        updated: 2025-01-01
        ---

        """,
    ]
    // Two of the eight sections a handoff is complete with: six missing.
    static let handoff = """
        ---
        account: A4
        date: 2026-11-10
        from: sam
        to: ana
        products: [Dispatch]
        why_they_bought: Fewer missed pickups.
        ---

        """

    static func portfolio() throws -> Portfolio {
        let sources = PortfolioSources(
            settings: SiteSettings(),
            accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: try CSVReader.read(team, file: "team.csv"),
            arr: try CSVReader.read(arr, file: "arr.csv"),
            briefs: try briefs.sorted { $0.key < $1.key }.map {
                try Document.parse(text: $0.value, path: "clients/\($0.key).md")
            },
            handoffs: [try Document.parse(text: handoff, path: "handoffs/delta.md")])
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        return portfolio
    }

    static func contexts() throws -> (Portfolio, PageContext) {
        let portfolio = try portfolio()
        return (
            portfolio,
            PageContext(
                portfolio: portfolio, markdown: MarkdownOptions(allowsRawHTML: false),
                version: "1")
        )
    }

    static func context(_ subject: PlannedPage.Subject) throws -> TemplateValue {
        let (portfolio, contexts) = try contexts()
        let page = try #require(PlannedPage.pages(of: portfolio).first { $0.subject == subject })
        return contexts.context(for: page)
    }

    static func texts(_ value: TemplateValue?, _ key: String) -> [String] {
        guard case .list(let items)? = value else { return [] }
        return items.map { $0[key]?.renderedText ?? "-" }
    }

    @Test func theAgendaListsWhatIsDueInThirtyDaysOverdueFirst() throws {
        let portfolio = try Self.portfolio()
        let agenda = Agenda(portfolio)
        let rows = agenda.items.map {
            "\($0.date) \(portfolio.clients[$0.client].account.name) \($0.owner ?? "-"): \($0.why)"
        }
        #expect(
            rows == [
                // 11 Aug to 30 Nov: 20 + 30 + 31 + 30 days.
                "2026-08-11 Alpha ana: QBR 111 days overdue; schedule the next one",
                // Last touchpoint 1 Sep: due 45 days later, 16 Oct; 29 + 31 + 30 days ago.
                "2026-10-16 Beta ben: No touchpoint in 90 days",
                // Updated 1 May: stale 180 days later, 28 Oct; 30 + 30 + 31 + 31 + 30 + 31 + 30.
                "2026-10-28 Beta ben: Brief not updated in 213 days",
                "2026-11-10 Delta ana: Handoff brief incomplete: 6 of 8 sections missing",
                "2026-11-25 Beta ben: Renewal 5 days overdue",
                // Last touchpoint 20 Oct, due 4 Dec.
                "2026-12-04 Delta ana: Touchpoint due in 4 days",
                "2026-12-10 Alpha ana: Renewal in 10 days",
                "2026-12-20 Beta ben: QBR in 20 days",
            ])
        // Gamma churned: its QBR, renewal and stale brief are on no agenda. Echo renews in 46
        // days and Alpha's touchpoint is due on 4 January, past the 30 days.
        #expect(agenda.items(ownedBy: "ana").count == 4)
        #expect(agenda.items(ownedBy: "ben").count == 4)
    }

    @Test func aPastQBRIsOverdueOnItsPageAndNotInTheCalendar() throws {
        let client = try Self.context(.client(0))
        #expect(client["brief"]?["next_qbr"]?.renderedText == "2026-08-11")
        #expect(client["brief"]?["next_qbr_overdue"]?.renderedText == "true")
        #expect(
            client["brief"]?["next_qbr_overdue_display"]?.renderedText == "Overdue by 111 days")
        let calendar = RenewalCalendar.events(try Self.portfolio()).map {
            "\($0.date) \($0.accountID) \($0.kind.rawValue)"
        }
        // Alpha's QBR (11 Aug) is past; Gamma churned.
        #expect(
            calendar == [
                "2026-11-25 A2 renewal", "2026-12-10 A1 renewal", "2026-12-20 A2 qbr",
                "2027-01-15 A5 renewal", "2027-03-01 A4 renewal",
            ])
    }

    @Test func theOverviewAndPeopleShowTheAgendaAndTheMoneyAtStake() throws {
        let overview = try Self.context(.overview)
        #expect(Self.texts(overview["agenda"], "reason_label").count == 8)
        #expect(
            Self.texts(overview["agenda"], "overdue").prefix(5) == [
                "true", "true", "true", "true", "true",
            ])
        // Buckets: overdue Beta $50,000; 0-30 Alpha $100,000; 31-60 Echo €80,000; 61-90 none
        // (Delta renews in 91 days).
        let buckets = overview["renewal_buckets"]
        #expect(Self.texts(buckets, "count") == ["1", "1", "1", "0"])
        guard case .list(let list)? = buckets else { throw Failure.notAList }
        #expect(
            list.map { Self.texts($0["arr"], "amount_display").joined(separator: " ") } == [
                "$50,000", "$100,000", "€80,000", "",
            ])
        // At risk: Beta alone (at_risk, red); Delta is yellow but renews in 91 days.
        #expect(overview["at_risk"]?["count"]?.renderedText == "1")
        #expect(Self.texts(overview["at_risk"]?["arr"], "amount_display") == ["$50,000"])

        let ben = try Self.context(.person(1))
        #expect(ben["person"]?["id"]?.renderedText == "ben")
        #expect(Self.texts(ben["agenda"], "why").count == 4)
        #expect(ben["at_risk_summary"]?["count"]?.renderedText == "1")
        guard case .list(let benBuckets)? = ben["renewal_buckets"] else { throw Failure.notAList }
        #expect(
            benBuckets.map { Self.texts($0["arr"], "amount_display").joined(separator: " ") } == [
                "$50,000", "", "€80,000", "",
            ])
    }

    @Test func aChurnedAccountCountsNowhereButItsPageAndTheListOfEveryAccount() throws {
        let (portfolio, contexts) = try Self.contexts()
        let overview = try Self.context(.overview)
        // Four live accounts, one churned: Gamma.
        #expect(overview["totals"]?["live_accounts"]?.renderedText == "4")
        #expect(overview["totals"]?["churned"]?.renderedText == "1")
        // Red: Beta (30); Gamma (10) churned. The same number on the overview, the search
        // page's filter and its facet file.
        #expect(overview["totals"]?["health"]?["red"]?.renderedText == "1")
        let search = try Self.context(.search)
        let bands = search["search"]?["health_bands"]
        // Red Beta; yellow Delta (50); green Alpha (80) and Echo (90).
        #expect(Self.texts(bands, "accounts_count") == ["1", "1", "2"])
        let red = contexts.searchShards.facets.first { $0.name == "health-red" }?.entries ?? []
        #expect(red.map { contexts.searchIndex.entries[Int($0)].title } == ["Beta"])
        // Tier 1: Alpha and Beta; Gamma churned. The term's page, the overview's breakdown and
        // the search filter agree.
        let tier1 = try #require(contexts.terms[.tier]?.first { $0.value == "1" })
        #expect(tier1.clients.map { portfolio.clients[$0].account.name } == ["Alpha", "Beta"])
        #expect(Self.texts(search["search"]?["tiers"], "accounts_count") == ["2", "2"])
        guard case .list(let breakdowns)? = overview["breakdowns"] else { throw Failure.notAList }
        #expect(Self.texts(breakdowns.first?["groups"], "accounts_count") == ["2", "2"])
        let tierPage = try Self.context(.term(.tier, 0))
        #expect(tierPage["term"]?["accounts_count"]?.renderedText == "2")
        // The team's books add up to the live accounts the overview counts.
        let team = try Self.context(.team)
        #expect(team["team"]?["rollup"]?["accounts_count"]?.renderedText == "4")
        // No page for Mining, which only Gamma has.
        #expect(contexts.terms[.industry]?.map(\.value) == ["Logistics", "Retail"])
        // Ana's book: Alpha and Delta; Gamma churned.
        #expect(portfolio.book(of: "ana").map(\.account.name) == ["Alpha", "Delta"])
        let ana = try Self.context(.person(0))
        #expect(ana["accounts_count"]?.renderedText == "2")
        // NPS of the live answers: promoters Alpha 9, Echo 10; passive Delta 8; detractor
        // Beta 4; Gamma's 0 left out: (2 - 1) / 4 = 25.
        #expect(overview["nps"]?["score_display"]?.renderedText == "25.0")
        // The list of every account still lists Gamma.
        #expect(contexts.lists[.accounts]?.count == 5)
    }

    @Test func aDirectorsPageRollsUpTheBooksOfTheirReportsOrOfTheWholeTeam() throws {
        // Helen: Ana reports to her. Ana's live book: Alpha $100,000 and Delta $20,000.
        // Alpha renews in 10 days (due); Delta in 91; neither is at risk (Alpha green, Delta
        // yellow but not renewing within 90 days).
        let helen = try Self.context(.person(2))
        #expect(helen["person"]?["id"]?.renderedText == "helen")
        let mine = helen["rollup"]
        #expect(Self.texts(mine?["books"], "accounts_count") == ["2"])
        #expect(mine?["accounts_count"]?.renderedText == "2")
        #expect(Self.texts(mine?["arr"], "amount_display") == ["$120,000"])
        #expect(mine?["at_risk"]?.renderedText == "0")
        #expect(mine?["renewals_due"]?.renderedText == "1")
        #expect(helen["rollup_is_whole_team"]?.renderedText == "false")
        // Ana's cohort on 30 Nov 2025: Alpha 90,000, Delta 25,000 and Gamma 30,000 (since
        // churned) = 145,000. At the end: Alpha 100,000, Delta 20,000, Gamma 0 = 120,000,
        // keeping at most each start: 90,000 + 20,000 + 0 = 110,000.
        // Gross 110,000 / 145,000 = 75.86%; net 120,000 / 145,000 = 82.76%; three accounts.
        let retention = mine?["retention"]
        #expect(Self.texts(retention, "grr_display") == ["75.86%"])
        #expect(Self.texts(retention, "nrr_display") == ["82.76%"])
        #expect(Self.texts(retention, "accounts_display") == ["3 accounts"])
        #expect(Self.texts(retention, "small_base") == ["true"])

        // Vera: nobody reports to her, so the whole team: Ana ($120,000 in USD) before Ben
        // ($50,000 in USD; Echo's €80,000 is another currency). Four live accounts; Beta at
        // risk; Alpha (10 days) and Echo (46) due; Beta overdue.
        let vera = try Self.context(.person(4))
        #expect(vera["person"]?["id"]?.renderedText == "vera")
        #expect(vera["rollup_is_whole_team"]?.renderedText == "true")
        let whole = vera["rollup"]
        #expect(Self.texts(whole?["books"], "accounts_count") == ["2", "2"])
        #expect(whole?["accounts_count"]?.renderedText == "4")
        #expect(Self.texts(whole?["arr"], "amount_display") == ["$170,000", "€80,000"])
        #expect(whole?["at_risk"]?.renderedText == "1")
        #expect(whole?["renewals_due"]?.renderedText == "2")
        #expect(whole?["renewals_overdue"]?.renderedText == "1")
        // Sam reports to nobody and has nobody reporting: no roll-up.
        #expect(try Self.context(.person(3))["rollup"]?.renderedText == "")

        let team = try Self.context(.team)
        #expect(
            Self.texts(team["team"]?["groups"], "title") == [
                "Directors", "Account managers", "Salespeople",
            ])
        #expect(team["team"]?["rollup"]?["accounts_count"]?.renderedText == "4")
    }

    @Test func anAccountWithADraftBriefSaysWhereTheDraftIs() throws {
        let overview = try Self.context(.overview)
        // Delta and Echo have no brief; Echo's is a draft, whose QBR is on no agenda.
        #expect(Self.texts(overview["without_brief"], "name") == ["Echo", "Delta"])
        #expect(
            Self.texts(overview["without_brief"], "draft_brief") == ["clients/echo.md", ""])
    }

    enum Failure: Error { case notAList }
}
