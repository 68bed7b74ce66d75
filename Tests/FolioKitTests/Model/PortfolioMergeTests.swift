import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioTemplates

@Suite struct PortfolioMergeTests {
    static let team = """
        id,name,title,role,email,region
        dana,Dana Whitfield,Account Manager,account_manager,dana@example.com,West
        sam,Sam Lee,Account Executive,salesperson,sam@example.com,West

        """
    static let accounts = """
        account_id,name,account_manager,salesperson,status,arr,currency,renewal_date,health_score
        ACME-001,Acme,dana,sam,active,100000,USD,2026-12-20,82
        GLOBEX-7,Globex,dana,sam,at_risk,50000,EUR,2026-11-01,35
        INITECH,Initech,dana,,churned,9000,,2026-12-01,20
        HOOLI,Hooli,dana,sam,active,20000,USD,2027-02-20,55

        """

    private func merge(
        accounts: String = accounts, team: String = team, briefs: [String: String] = [:],
        handoffs: [String: String] = [:], drafts: Bool = false, makingFields: Bool = true
    ) throws -> (Portfolio, [String]) {
        let sources = PortfolioSources(
            settings: SiteSettings(),
            accounts: try CSVReader.read(accounts, file: "accounts.csv"),
            team: try CSVReader.read(team, file: "team.csv"),
            briefs: try briefs.sorted { $0.key < $1.key }.map {
                try Document.parse(text: $0.value, path: "clients/\($0.key).md")
            },
            handoffs: try handoffs.sorted { $0.key < $1.key }.map {
                try Document.parse(text: $0.value, path: "handoffs/\($0.key).md")
            })
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, diagnostics) = Portfolio.merge(
            sources, asOf: asOf, includeDrafts: drafts, makingFields: makingFields)
        return (
            portfolio,
            diagnostics.sorted().map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.severity): \($0.message)"
                    + $0.notes.map {
                        " [\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)]"
                    }.joined()
            }
        )
    }

    @Test func joinsBriefsToAccountsAndGivesEveryAccountAPage() throws {
        let (portfolio, problems) = try merge(briefs: [
            "acme":
                "---\naccount: ACME-001\ntitle: Acme Logistics\nrisks: [Budget cut]\n---\nNotes\n"
        ])
        #expect(portfolio.clients.map(\.slug) == ["acme", "globex-7", "hooli", "initech"])
        #expect(
            portfolio.clients.map(\.displayName) == [
                "Acme Logistics", "Globex", "Hooli", "Initech",
            ])
        #expect(portfolio.client(accountID: "ACME-001")?.brief?.risks.map(\.text) == ["Budget cut"])
        #expect(
            problems == [
                "accounts.csv:3:1: warning: account 'GLOBEX-7' has no brief; its page shows the CRM record alone (add Content/clients/globex-7.md with 'account: GLOBEX-7' to write one)",
                "accounts.csv:4:1: warning: account 'INITECH' has no brief; its page shows the CRM record alone (add Content/clients/initech.md with 'account: INITECH' to write one)",
                "accounts.csv:5:1: warning: account 'HOOLI' has no brief; its page shows the CRM record alone (add Content/clients/hooli.md with 'account: HOOLI' to write one)",
            ])
    }

    @Test func unknownIdsAreErrorsThatNameBothPlaces() throws {
        let (_, problems) = try merge(
            team: "id,name\ndana,Dana\n",
            handoffs: ["h": "---\naccount: NOPE\nfrom: sam\nto: dana\n---\n"])
        #expect(
            problems.contains(
                "accounts.csv:2:20: error: unknown person 'sam' in column 'salesperson' in row 2: no row of team.csv has this id; check the spelling or add the person [team.csv:1:1: people are defined here]"
            ))
        #expect(
            problems.contains(
                "handoffs/h.md:2:10: error: unknown account 'NOPE' in 'account': no row of accounts.csv has this account_id; check the spelling or add the account [accounts.csv:1:1: accounts are defined here]"
            ))
        #expect(
            problems.contains(
                "handoffs/h.md:3:7: error: unknown person 'sam' in 'from': no row of team.csv has this id; check the spelling or add the person [team.csv:1:1: people are defined here]"
            ))
    }

    @Test func aRenewalBeforeTheContractStartIsAWarningAtTheRenewal() throws {
        let (portfolio, problems) = try merge(
            accounts: """
                account_id,name,contract_start,renewal_date
                ACME-001,Acme,2026-06-01,2026-05-31
                GLOBEX-7,Globex,2026-06-01,2026-06-01
                HOOLI,Hooli,2026-06-01,

                """)
        #expect(portfolio.clients.count == 3)
        #expect(
            problems.filter { !$0.contains("has no brief") } == [
                "accounts.csv:2:26: warning: column 'renewal_date' in row 2 is 2026-05-31, before the contract starts on 2026-06-01; a renewal comes at the end of a term, so correct whichever of the two dates is wrong [accounts.csv:2:15: the contract start is written here]"
            ])
    }

    @Test func duplicateAccountsAndBriefsNameBothPlaces() throws {
        let (portfolio, problems) = try merge(
            accounts: Self.accounts + "ACME-001,Acme again,dana,sam,active,1,USD,,\n",
            briefs: ["a": "---\naccount: ACME-001\n---\n", "b": "---\naccount: ACME-001\n---\n"])
        #expect(portfolio.clients.count == 4)
        #expect(
            problems.contains(
                "accounts.csv:6:1: error: duplicate account_id 'ACME-001'; every row needs an id of its own [accounts.csv:2:1: 'ACME-001' is first used here]"
            ))
        #expect(
            problems.contains(
                "clients/b.md:2:10: error: account 'ACME-001' already has a brief; keep one brief per account and merge the two files [clients/a.md:2:10: the first brief is here]"
            ))
    }

    @Test func slugsMustBeUniqueWithoutRegardToCase() throws {
        let (_, problems) = try merge(briefs: ["GLOBEX-7": "---\naccount: ACME-001\n---\n"])
        #expect(
            problems.contains(
                "accounts.csv:3:1: error: duplicate slug 'globex-7': two pages would be written to clients/globex-7/index.html; rename one of the files [clients/GLOBEX-7.md:2:10: the other page comes from here]"
            ))
    }

    @Test func fileNamesThatAreUnsafeInAddressesAreRefused() throws {
        let (_, problems) = try merge(briefs: ["Acme Corp": "---\naccount: ACME-001\n---\n"])
        #expect(
            problems.contains(
                "clients/Acme Corp.md:1:1: error: the file name 'Acme Corp.md' cannot be used in a page address; rename the file using only ASCII letters, digits, '-', '_' and '.', such as acme-logistics.md"
            ))
    }

    @Test func draftsStayOutUnlessAskedFor() throws {
        let briefs = ["acme": "---\naccount: ACME-001\ndraft: true\n---\n"]
        #expect(try merge(briefs: briefs).0.client(accountID: "ACME-001")?.brief == nil)
        #expect(
            try merge(briefs: briefs, drafts: true).0.client(accountID: "ACME-001")?.brief != nil)
    }

    @Test func typesEveryFieldAndSaysWhatWasExpected() throws {
        let (_, problems) = try merge(briefs: [
            "acme": """
            ---
            account: ACME-001
            next_qbr: 12/10/2026
            draft: no
            stakeholders:
              - {name: Ana, role: boss}
            opportunities: [{amount: 10}]
            ---

            """
        ])
        #expect(
            problems.filter { $0.contains("error") } == [
                "clients/acme.md:3:11: error: 'next_qbr' is '12/10/2026', which is written with slashes; write it YYYY-MM-DD, as 2026-12-10 or 2026-10-12, whichever is meant",
                "clients/acme.md:4:8: error: 'draft' must be true or false; found 'no'",
                "clients/acme.md:6:23: error: 'stakeholders[1].role' must be one of champion, economic_buyer, decision_maker, executive_sponsor, technical_buyer, influencer, user, detractor; found 'boss'",
                "clients/acme.md:7:17: error: 'opportunities[1].name' is required but missing; add it, for example 'name: EU rollout'",
            ])
    }

    @Test func stakeholdersOpportunitiesAndRisksShowTheirOwnPartOfTheBriefsFields() throws {
        let (portfolio, _) = try merge(briefs: [
            "acme": """
            ---
            account: ACME-001
            stakeholders:
              - {title: CFO}
              - {name: Ana, role: champion, pet: cat}
            opportunities: [{name: EU rollout, amount: 10}]
            risks: [Budget cut, {text: Champion leaves, owner: dana}]
            ---

            """
        ])
        let brief = try #require(portfolio.client(accountID: "ACME-001")?.brief)
        // The first stakeholder has no name and is left out; the second keeps its own keys,
        // as written.
        #expect(brief.stakeholders.map(\.name) == ["Ana"])
        #expect(
            brief.stakeholders.map(\.fields) == [["name": "Ana", "role": "champion", "pet": "cat"]])
        #expect(brief.opportunities.map(\.fields) == [["name": "EU rollout", "amount": "10"]])
        #expect(
            brief.risks.map(\.fields) == [
                "Budget cut", ["text": "Champion leaves", "owner": "dana"],
            ])
        #expect(brief.fields["stakeholders"] == [["title": "CFO"], brief.stakeholders[0].fields])
    }

    @Test func withoutFieldsEveryRecordLeavesThemOutAndKeepsEverythingElse() throws {
        let brief = """
            ---
            account: ACME-001
            stakeholders: [{name: Ana, role: champion, pet: cat}]
            opportunities: [{name: EU rollout, amount: 10}]
            risks: [{text: Champion leaves, owner: dana}]
            ---
            Body

            """
        let handoff = "---\naccount: ACME-001\nfrom: dana\nto: dana\n---\nBody\n"
        let (full, fullProblems) = try merge(briefs: ["acme": brief], handoffs: ["acme": handoff])
        let (lean, leanProblems) = try merge(
            briefs: ["acme": brief], handoffs: ["acme": handoff], makingFields: false)
        #expect(leanProblems == fullProblems)

        let fullBrief = try #require(full.client(accountID: "ACME-001")?.brief)
        let leanBrief = try #require(lean.client(accountID: "ACME-001")?.brief)
        #expect(fullBrief.fields != .null)
        #expect(leanBrief.fields == .null)
        #expect(leanBrief.stakeholders.map(\.fields) == [.null])
        #expect(leanBrief.opportunities.map(\.fields) == [.null])
        #expect(leanBrief.risks.map(\.fields) == [.null])
        #expect(lean.clients.allSatisfy { $0.account.fields == .null })
        #expect(lean.people.allSatisfy { $0.fields == .null })
        #expect(lean.handoffs.map(\.fields) == [.null])
        #expect(full.handoffs.map(\.fields) != [.null])

        // Everything else is what the full merge made.
        #expect(leanBrief.stakeholders.map(\.name) == fullBrief.stakeholders.map(\.name))
        #expect(leanBrief.opportunities.map(\.amount) == fullBrief.opportunities.map(\.amount))
        #expect(leanBrief.risks.map(\.text) == fullBrief.risks.map(\.text))
        #expect(leanBrief.body == fullBrief.body)
        #expect(lean.clients.map(\.account.arr) == full.clients.map(\.account.arr))
        #expect(lean.people.map(\.name) == full.people.map(\.name))
    }

    @Test func figuresFollowTheContract() throws {
        let (portfolio, _) = try merge()
        let acme = try #require(portfolio.client(accountID: "ACME-001")).account
        let globex = try #require(portfolio.client(accountID: "GLOBEX-7")).account
        let initech = try #require(portfolio.client(accountID: "INITECH")).account
        let hooli = try #require(portfolio.client(accountID: "HOOLI")).account
        #expect(portfolio.healthBand(of: acme) == .green)
        #expect(portfolio.healthBand(of: hooli) == .yellow)
        #expect(portfolio.healthBand(of: globex) == .red)
        #expect(portfolio.daysToRenewal(of: acme) == 20)
        #expect(portfolio.isRenewalDue(acme) && portfolio.isRenewalDue(hooli))
        #expect(portfolio.isRenewalOverdue(globex) && !portfolio.isRenewalDue(globex))
        #expect(!portfolio.isRenewalOverdue(initech) && !portfolio.isAtRisk(initech))
        // Hooli renews in 82 days with a yellow band; Acme renews in 20 days but is green.
        #expect(
            portfolio.isAtRisk(globex) && portfolio.isAtRisk(hooli) && !portfolio.isAtRisk(acme))
        #expect(portfolio.renewalBucket(of: acme) == .days0to30)
        #expect(portfolio.renewalBucket(of: globex) == .overdue)
        #expect(portfolio.renewalBucket(of: hooli) == .days61to90)
        #expect(portfolio.renewalBucket(of: initech) == nil)
        let totals = portfolio.arrByCurrency(portfolio.clients.map(\.account))
        #expect(totals.map(\.currency) == ["USD", "EUR"])
        #expect(totals.map(\.amount) == [120_000, 50_000])
    }
}
