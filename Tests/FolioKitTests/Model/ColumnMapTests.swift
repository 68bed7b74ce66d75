import Foundation
import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioTemplates

/// `columns:` and `dates:` in site.yml: renamed headers, declared date orders, and every
/// mistake a map can hold, each reported where it is written.
@Suite struct ColumnMapTests {
    static let site = """
        columns:
          accounts.csv:
            Record ID: account_id
            Account Name: name
            Annual Revenue: arr
            Annual Revenue Currency: currency
            Renewal Date: renewal_date
        dates:
          accounts.csv: MM/DD/YYYY

        """
    static let accounts = """
        Record ID,Account Name,Annual Revenue,Annual Revenue Currency,Renewal Date,Billing Country
        ACME-001,Acme,120000,EUR,12/01/2026,France
        GLOBEX-7,"Globex, Inc.",45000.50,,2026-11-30T14:05:00+02:00,

        """

    /// Reads `site` and `accounts` as a build does and merges them; returns the portfolio and
    /// every problem but the warnings about accounts without a brief.
    private func load(site: String = site, accounts: String = accounts) throws -> (
        Portfolio, [String]
    ) {
        let (settings, settingsProblems) = SiteSettings.read(
            try YAMLReader.read(site, file: "site.yml"))
        let table = try CSVReader.read(accounts, file: "data/accounts.csv")
        let (tables, mapProblems) = ColumnMap.apply(settings, to: ["accounts": table])
        let sources = PortfolioSources(
            settings: settings, accounts: try #require(tables["accounts"]))
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, problems) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        let all = (settingsProblems + mapProblems + problems).filter {
            !$0.message.contains("has no brief")
        }
        return (
            portfolio,
            all.sorted().map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.severity): \($0.message)"
                    + $0.notes.map {
                        " [\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)]"
                    }.joined()
            }
        )
    }

    @Test func renamesHeadersAndReadsDeclaredDates() throws {
        let (portfolio, problems) = try load()
        #expect(problems == [])
        let acme = try #require(portfolio.client(accountID: "ACME-001")?.account)
        #expect(acme.name == "Acme")
        #expect(acme.arr == 120_000)
        #expect(acme.currency == "EUR")
        #expect(acme.renewalDate?.description == "2026-12-01")
        let globex = try #require(portfolio.client(accountID: "GLOBEX-7")?.account)
        #expect(globex.name == "Globex, Inc.")
        #expect(globex.arr == 45_000.50)
        #expect(globex.currency == "USD")
        #expect(globex.renewalDate?.description == "2026-11-30")
    }

    @Test func templatesFindEveryColumnByItsFieldAndByItsHeader() throws {
        let (portfolio, _) = try load()
        let fields = try #require(portfolio.client(accountID: "ACME-001")?.account.fields)
        guard case .map(let values) = fields else {
            Issue.record("fields is not a map: \(fields)")
            return
        }
        #expect(values["name"] == .string("Acme"))
        #expect(values["Account Name"] == .string("Acme"))
        #expect(values["currency"] == .string("EUR"))
        #expect(values["Annual Revenue Currency"] == .string("EUR"))
        #expect(values["Billing Country"] == .string("France"))
        #expect(values.count == 11)
    }

    @Test func readsDayFirstDatesWhereDeclared() throws {
        let site = Self.site.replacingOccurrences(of: "MM/DD/YYYY", with: "DD/MM/YYYY")
        let (portfolio, problems) = try load(site: site)
        #expect(problems == [])
        #expect(
            portfolio.client(accountID: "ACME-001")?.account.renewalDate?.description
                == "2026-01-12")
    }

    @Test func aBadDateNamesTheHeaderTheFieldAndTheDeclaredForm() throws {
        let accounts = Self.accounts.replacingOccurrences(of: "12/01/2026", with: "2026-13-01")
        let (_, problems) = try load(accounts: accounts)
        #expect(
            problems == [
                "data/accounts.csv:2:26: error: column 'Renewal Date' (renewal_date) in row 2 is '2026-13-01', which is not a day: a year has 12 months, so there is no month 13"
            ])
    }

    @Test func aSlashedDateWithoutADeclarationAsksForISO() throws {
        let site = Self.site.replacingOccurrences(
            of: "dates:\n  accounts.csv: MM/DD/YYYY\n", with: "")
        let (_, problems) = try load(site: site)
        #expect(
            problems == [
                "data/accounts.csv:2:26: error: column 'Renewal Date' (renewal_date) in row 2 is '12/01/2026', which is written with slashes, in an order Folio reads only where site.yml declares it; add the line 'dates: {accounts.csv: MM/DD/YYYY}' to site.yml if accounts.csv writes the month first, or 'dates: {accounts.csv: DD/MM/YYYY}' to site.yml if it writes the day first"
            ])
    }

    @Test func aMissingRequiredCellNamesTheHeader() throws {
        let accounts = Self.accounts.replacingOccurrences(of: "ACME-001,Acme,", with: "ACME-001,,")
        let (_, problems) = try load(accounts: accounts)
        #expect(
            problems == [
                "data/accounts.csv:2:1: error: column 'Account Name' (name) in row 2 is required but missing; add it, for example 'Acme Logistics'"
            ])
    }

    @Test func aHeaderTheFileDoesNotHaveIsAnErrorInSiteYml() throws {
        let site = Self.site.replacingOccurrences(
            of: "Account Name: name", with: "Account name: name\n    Owner: account_manager")
        let (_, problems) = try load(site: site)
        #expect(
            problems == [
                "data/accounts.csv:2:1: error: column 'name' in row 2 is required but missing; add it, for example 'Acme Logistics'",
                "data/accounts.csv:3:1: error: column 'name' in row 3 is required but missing; add it, for example 'Acme Logistics'",
                "site.yml:4:5: error: accounts.csv has no column 'Account name' to read as 'name' (did you mean 'Account Name'?); write the header exactly as the file does, or remove the entry",
                "site.yml:5:5: error: accounts.csv has no column 'Owner' to read as 'account_manager'; write the header exactly as the file does, or remove the entry",
            ])
    }

    @Test func twoHeadersForOneFieldIsAnErrorNamingBoth() throws {
        let site = Self.site.replacingOccurrences(
            of: "Annual Revenue: arr", with: "Annual Revenue: arr\n    Billing Country: arr")
        let (_, problems) = try load(site: site)
        #expect(
            problems == [
                "site.yml:6:5: error: columns 'Annual Revenue' and 'Billing Country' of accounts.csv both map to 'arr'; map only one of them to it [site.yml:5:5: 'Annual Revenue' is mapped to 'arr' here]"
            ])
    }

    @Test func aHeaderMappedOntoAColumnTheFileKeepsIsAnErrorNamingBoth() throws {
        let accounts = Self.accounts.replacingOccurrences(
            of: "Billing Country", with: "currency")
        let (_, problems) = try load(accounts: accounts)
        #expect(
            problems == [
                "data/accounts.csv:2:37: error: column 'currency' in row 2 must be a three-letter ISO 4217 currency code such as USD; found 'France'",
                "site.yml:6:5: error: columns 'Annual Revenue Currency' and 'currency' of accounts.csv would both be 'currency'; map 'Annual Revenue Currency' to another field, or rename or remove the column 'currency' in the file [data/accounts.csv:1:76: the column 'currency' is here]",
            ])
    }

    @Test func columnsMaySwapNames() throws {
        let site = """
            columns:
              accounts.csv:
                Record ID: account_id
                name: industry
                industry: name

            """
        let (portfolio, problems) = try load(
            site: site, accounts: "Record ID,name,industry\nA-1,Retail,Acme\n")
        #expect(problems == [])
        #expect(portfolio.client(accountID: "A-1")?.account.name == "Acme")
        #expect(portfolio.client(accountID: "A-1")?.account.industry == "Retail")
    }

    @Test func aTargetThatIsNotAFolioFieldIsAWarning() throws {
        let site = Self.site.replacingOccurrences(
            of: "Renewal Date: renewal_date",
            with: "Renewal Date: renewal\n    Billing Country: country")
        let (portfolio, problems) = try load(site: site)
        #expect(
            problems == [
                "site.yml:7:19: warning: 'renewal' is not a field Folio reads from accounts.csv, so column 'Renewal Date' reaches templates only, as fields.renewal; did you mean 'renewal_date'? Folio's fields are account_id, name, account_manager, salesperson, industry, segment, tier, status, arr, currency, contract_start, renewal_date, health_score, nps, products, last_touchpoint",
                "site.yml:8:22: warning: 'country' is not a field Folio reads from accounts.csv, so column 'Billing Country' reaches templates only, as fields.country; Folio's fields are account_id, name, account_manager, salesperson, industry, segment, tier, status, arr, currency, contract_start, renewal_date, health_score, nps, products, last_touchpoint",
            ])
        let fields = portfolio.client(accountID: "ACME-001")?.account.fields
        guard case .map(let values) = fields else {
            Issue.record("fields is not a map")
            return
        }
        #expect(values["country"] == .string("France"))
        #expect(values["renewal"] == .string("12/01/2026"))
        #expect(portfolio.client(accountID: "ACME-001")?.account.renewalDate == nil)
    }

    @Test func aFileTheSiteDoesNotHaveIsAnErrorInSiteYml() throws {
        let site =
            Self.site + "  acounts.csv: DD/MM/YYYY\n"
            + "columns_note: ignored\n"
        let withColumns = site.replacingOccurrences(
            of: "columns:\n", with: "columns:\n  team.csv:\n    Person: id\n")
        let (_, problems) = try load(site: withColumns)
        #expect(
            problems == [
                "site.yml:2:3: error: site.yml names 'team.csv' under 'columns', but the site has no such data file; name one of its data files (accounts.csv) as written in Content/data",
                "site.yml:12:3: error: site.yml names 'acounts.csv' under 'dates', but the site has no such data file; did you mean 'accounts.csv'?",
            ])
    }

    @Test func aJSONFileIsRenamedByItsObjectsKeys() throws {
        let site = """
            columns:
              accounts.json:
                id: account_id
                companyName: name
                closeDate: renewal_date
                owner: account_manager
            dates:
              accounts.json: DD/MM/YYYY

            """
        let (settings, settingsProblems) = SiteSettings.read(
            try YAMLReader.read(site, file: "site.yml"))
        let table = try DataFile.parse(
            """
            [{"id": "A-1", "companyName": "Acme", "closeDate": "30/11/2026"},
             {"id": "B-2", "companyName": "Bolt", "closeDate": "2026-11-30T09:00:00Z"}]
            """, path: "data/accounts.json", format: .json)
        let (tables, mapProblems) = ColumnMap.apply(settings, to: ["accounts": table])
        #expect(settingsProblems == [])
        #expect(
            mapProblems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" }
                == [
                    "site.yml:6:5: accounts.json has no column 'owner' to read as 'account_manager'; write the header exactly as the file does, or remove the entry"
                ])
        let sources = PortfolioSources(
            settings: settings, accounts: try #require(tables["accounts"]))
        let asOf = try #require(CalendarDate(iso: "2026-11-30"))
        let (portfolio, _) = Portfolio.merge(sources, asOf: asOf, includeDrafts: false)
        #expect(portfolio.client(accountID: "A-1")?.account.name == "Acme")
        #expect(
            portfolio.clients.map {
                "\($0.account.id) \($0.account.renewalDate?.description ?? "-")"
            }
                == ["A-1 2026-11-30", "B-2 2026-11-30"])
    }

    @Test func malformedSettingsSayWhatIsExpected() throws {
        let site = """
            columns:
              accounts.csv: [Record ID]
              team.csv:
                Person: [id]
            dates:
              accounts.csv: YYYY/MM/DD

            """
        let (_, problems) = try load(site: site)
        #expect(
            problems.filter { $0.hasPrefix("site.yml") } == [
                "site.yml:2:17: error: 'columns.accounts.csv' must be a mapping of the file's headers to Folio fields, such as 'Account Name: name'; found a list",
                "site.yml:3:3: error: site.yml names 'team.csv' under 'columns', but the site has no such data file; name one of its data files (accounts.csv) as written in Content/data",
                "site.yml:4:13: error: 'columns.team.csv.Person' must be the name of the Folio field the column stands for, such as name; found a list",
                "site.yml:6:17: error: 'dates.accounts.csv' must be one of YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY; found 'YYYY/MM/DD'",
            ])
    }
}
