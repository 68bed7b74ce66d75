package import FolioFormats
package import FolioTemplates

/// One account: a row of `accounts.csv`, the CRM's record of a client.
///
/// A class, as ``Portfolio/Client`` is: lists, lookups and page contexts hand accounts
/// around, and copying a structure of twenty fields would count a reference for each.
package final class Account: Sendable {
    /// Where an account stands in its life with the company.
    package enum Status: String, Sendable, CaseIterable {
        case onboarding
        case active
        case atRisk = "at_risk"
        case churned
    }

    package let id: String
    package let name: String
    package let accountManager: Reference?
    package let salesperson: Reference?
    package let industry: String?
    package let segment: String?
    package let tier: String?
    package let status: Status?
    package let arr: Double?
    package let currency: String
    package let contractStart: CalendarDate?
    package let renewalDate: CalendarDate?
    package let healthScore: Double?
    package let nps: Int?
    package let products: [String]
    let lastTouchpoint: CalendarDate?
    /// Where the account's row starts.
    let location: SourceLocation
    /// Every column of the row, as written.
    package let fields: TemplateValue

    init(
        id: String, name: String, accountManager: Reference?, salesperson: Reference?,
        industry: String?, segment: String?, tier: String?, status: Status?, arr: Double?,
        currency: String, contractStart: CalendarDate?, renewalDate: CalendarDate?,
        healthScore: Double?, nps: Int?, products: [String], lastTouchpoint: CalendarDate?,
        location: SourceLocation, fields: TemplateValue
    ) {
        self.id = id
        self.name = name
        self.accountManager = accountManager
        self.salesperson = salesperson
        self.industry = industry
        self.segment = segment
        self.tier = tier
        self.status = status
        self.arr = arr
        self.currency = currency
        self.contractStart = contractStart
        self.renewalDate = renewalDate
        self.healthScore = healthScore
        self.nps = nps
        self.products = products
        self.lastTouchpoint = lastTouchpoint
        self.location = location
        self.fields = fields
    }

    /// Reads one row of `accounts.csv`; `currency` is the site's default.
    static func read(_ reader: inout FieldReader, defaultCurrency: String) -> Account? {
        let id = reader.required("account_id", example: "ACME-001", .accountID)
        let name = reader.required("name", example: "'Acme Logistics'", .text)
        let account = Account(
            id: id ?? "", name: name ?? "",
            accountManager: reader.reference("account_manager"),
            salesperson: reader.reference("salesperson"),
            industry: reader.optional("industry", .text),
            segment: reader.optional("segment", .text),
            tier: reader.optional("tier", .text),
            status: reader.optional("status", .oneOf(Status.allCases.map(\.rawValue)))
                .flatMap(Status.init(rawValue:)),
            arr: reader.optional("arr", .number),
            currency: reader.optional("currency", .currency) ?? defaultCurrency,
            contractStart: reader.optional("contract_start", .date),
            renewalDate: reader.optional("renewal_date", .date),
            healthScore: reader.optional("health_score", .number(in: 0...100)),
            nps: reader.optional("nps", .integer(in: 0...10)),
            products: reader.optional("products", .text).map(Self.splitProducts) ?? [],
            lastTouchpoint: reader.optional("last_touchpoint", .date),
            location: reader.node.location, fields: reader.fields)
        if let start = account.contractStart, let renewal = account.renewalDate, renewal < start,
            let renewalCell = reader.node["renewal_date"],
            let startCell = reader.node["contract_start"]
        {
            reader.report(
                .warning(
                    "\(reader.label("renewal_date")) is \(renewal), before the contract starts on "
                        + "\(start); a renewal comes at the end of a term, so correct whichever "
                        + "of the two dates is wrong",
                    at: renewalCell.location,
                    notes: [.note("the contract start is written here", at: startCell.location)]))
        }
        return id == nil || name == nil ? nil : account
    }

    /// `Fleet Tracker; Route Planner` as a list.
    static func splitProducts(_ text: String) -> [String] {
        text.split(separator: ";").map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }
}

/// An id that names another record, with the place it was written, so that a dangling
/// reference can be reported where it stands.
package struct Reference: Hashable, Sendable {
    /// The id written.
    package var id: String
    /// Where it is written.
    package var location: SourceLocation
    /// The field that holds it, as messages name it.
    var field: String
}

extension FieldReader {
    /// The id under `key`, kept with its place for the merge to check.
    mutating func reference(_ key: String) -> Reference? {
        guard let id = optional(key, .identifier), let node = node[key] else { return nil }
        return Reference(id: id, location: node.location, field: label(key))
    }

    /// A required id under `key`.
    mutating func requiredReference(_ key: String, example: String) -> Reference? {
        guard let id = required(key, example: example, .identifier), let node = node[key]
        else { return nil }
        return Reference(id: id, location: node.location, field: label(key))
    }
}

extension Suggestions {
    /// Suggestions among the ids of `accounts`, each also found by the account's name, so
    /// that a brief naming its client instead of the id is told the id.
    package static func accounts(_ accounts: some Sequence<Account>) -> Suggestions {
        Suggestions(among: accounts, name: \.id, also: { [$0.name] })
    }
}

extension FieldType where Value == String {
    /// An account's id: letters, digits, `.`, `_` and `-`, starting with a letter or digit,
    /// safe in a file name and a URL.
    ///
    /// The rest of `PageName`'s rule is checked by the merge, and only for an account whose
    /// page is named after its id, one without a brief: a CRM's ids are what they are, and
    /// a page named after a brief needs no folder of the id.
    static var accountID: Self {
        Self { (node, field) throws(Diagnostic) in
            let id = try node.text(field)
            guard let first = id.unicodeScalars.first,
                first.properties.isAlphabetic
                    || ("0"..."9").contains(first),
                id.unicodeScalars.allSatisfy({
                    ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                        || $0 == "." || $0 == "_" || $0 == "-"
                }),
                first.isASCII
            else {
                throw node.mismatch(
                    field,
                    expected:
                        "an id of ASCII letters, digits, '.', '_' and '-' that starts with a "
                        + "letter or digit, such as ACME-001")
            }
            return id
        }
    }
}
