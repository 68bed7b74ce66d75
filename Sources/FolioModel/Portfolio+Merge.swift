package import FolioFormats
import FolioParallel
import Foundation
import Synchronization

extension Portfolio {
    /// Types every record and joins them.
    ///
    /// Briefs and handoffs join accounts by `account`, people join by id. Returns the
    /// portfolio and every problem found; the portfolio is only to be published when none of
    /// them is an error. Documents are typed on up to ``ParallelLoop/jobs`` threads.
    ///
    /// For an audience kept from private content, each brief is read twice: as written, for
    /// its problems and references (so every audience reports the same ones), and without
    /// its private fields, for the portfolio, so that nothing made from it can hold them.
    ///
    /// Without `makingFields`, no record gets the `fields` map of every key as written (it is
    /// `null`): for templates that never name `fields`.
    package static func merge(
        _ sources: PortfolioSources, asOf: CalendarDate, includeDrafts: Bool,
        audience: Audience = .team, makingFields: Bool = true
    ) -> (Portfolio, [Diagnostic]) {
        var sources = sources
        return merge(
            &sources, releasing: false, asOf: asOf, includeDrafts: includeDrafts,
            audience: audience, makingFields: makingFields)
    }

    /// Types every record and joins them, as
    /// ``merge(_:asOf:includeDrafts:audience:makingFields:)`` does; with `releasing`,
    /// each file's rows and documents are dropped from `sources` as soon as they are typed.
    ///
    /// The parsed files are about as large as the typed portfolio; dropping each as it is
    /// typed keeps the two from being in memory together, which would be the peak of a
    /// build.
    package static func merge(
        _ sources: inout PortfolioSources, releasing: Bool, asOf: CalendarDate,
        includeDrafts: Bool, audience: Audience = .team, makingFields: Bool = true
    ) -> (Portfolio, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let settings = sources.settings
        let privacy = audience.withholdsPrivate ? settings.privateFields : nil

        let people = readPeople(
            &sources, releasing: releasing, makingFields: makingFields, &diagnostics)
        let accounts = readAccounts(
            &sources, defaultCurrency: settings.currency, releasing: releasing,
            makingFields: makingFields, &diagnostics)
        let unread = sources.unread
        if releasing { sources.unread = UnreadDocuments() }
        var check = ReferenceCheck(
            accounts: accounts, people: people, accountsFile: sources.accounts.file,
            teamFile: sources.team?.file)
        checkPeopleReferences(accounts: accounts, people: people, &check, &diagnostics)

        let everyBrief = readBriefs(
            &sources, unread: unread.listed(\.briefs), releasing: releasing, privacy: privacy,
            makingFields: makingFields, &diagnostics)
        // The source of each account's draft brief, by account id.
        let draftBriefs = Dictionary(
            everyBrief.filter(\.isDraft).map { ($0.written.account.id, $0.written.source) },
            uniquingKeysWith: { first, _ in first })
        let auditedHandoffs = readHandoffs(
            &sources, unread: unread.listed(\.handoffs), releasing: releasing,
            includeDrafts: includeDrafts,
            privacy: privacy, makingFields: makingFields, &diagnostics)
        let chapters = readChapters(
            &sources, unread: unread.listed(\.chapters), releasing: releasing,
            includeDrafts: includeDrafts,
            makingFields: makingFields, &diagnostics)

        let briefsByAccount = joinBriefs(
            everyBrief, includeDrafts: includeDrafts, &check, &diagnostics)
        checkHandoffReferences(auditedHandoffs, &check)
        let activities = readActivities(
            &sources, releasing: releasing, &check, &diagnostics)
        let movements = readMovements(
            &sources, releasing: releasing, &check, &diagnostics)
        diagnostics += check.diagnostics

        var withheld: [PrivateValue] = []
        let clients = attachBriefs(
            to: accounts, briefs: everyBrief, briefsByAccount: briefsByAccount,
            draftBriefs: draftBriefs, &withheld, &diagnostics)
        checkPageFolders(
            clients: clients, people: people, handoffs: auditedHandoffs, chapters: chapters,
            &diagnostics)
        // The folders of clients/ that lead to a page in another, once the pages' are known.
        let redirects = redirects(
            of: clients,
            aliases: {
                briefsByAccount[$0.account.id].map { everyBrief[$0].written.aliases } ?? []
            },
            &diagnostics)
        let shownHandoffs = showHandoffs(auditedHandoffs, privacy: privacy, &withheld)

        var portfolio = Portfolio(
            settings: settings, asOf: asOf, people: people, clients: clients,
            handoffs: shownHandoffs, chapters: chapters, activities: activities,
            arrMovements: movements)
        portfolio.audience = audience
        portfolio.withheld = withheld
        portfolio.redirects = redirects
        portfolio.draftBriefs = draftBriefs.filter {
            portfolio.client(accountID: $0.key)?.brief == nil
        }
        return (portfolio, diagnostics)
    }

    /// Types the rows of `team.csv`, each id once; with `releasing`, drops the rows.
    private static func readPeople(
        _ sources: inout PortfolioSources, releasing: Bool, makingFields: Bool,
        _ diagnostics: inout [Diagnostic]
    ) -> [Person] {
        let people = unique(
            sources.team?.records(
                &diagnostics, makingFields: makingFields, Person.read) ?? [],
            by: \.id,
            location: \.location, kind: "person id", diagnostics: &diagnostics)
        if releasing { sources.team?.rows = [] }
        return people
    }

    /// Types the rows of the accounts' file, each id once, in `defaultCurrency` where a row
    /// names none; with `releasing`, drops the rows.
    private static func readAccounts(
        _ sources: inout PortfolioSources, defaultCurrency: String, releasing: Bool,
        makingFields: Bool, _ diagnostics: inout [Diagnostic]
    ) -> [Account] {
        let accounts = unique(
            sources.accounts.records(&diagnostics, makingFields: makingFields) {
                Account.read(&$0, defaultCurrency: defaultCurrency)
            }, by: \.id, location: \.location, kind: "account_id", diagnostics: &diagnostics)
        if releasing { sources.accounts.rows = [] }
        return accounts
    }

    /// Checks the people the accounts name (manager and salesperson) and those the people
    /// report to, and warns of anyone who reports to themself.
    private static func checkPeopleReferences(
        accounts: [Account], people: [Person], _ check: inout ReferenceCheck,
        _ diagnostics: inout [Diagnostic]
    ) {
        for account in accounts {
            check.person(account.accountManager)
            check.person(account.salesperson)
        }
        for person in people {
            check.person(person.reportsTo)
            if let reportsTo = person.reportsTo, reportsTo.id == person.id {
                diagnostics.append(
                    .warning(
                        "'\(person.id)' reports to themself in \(reportsTo.field); leave "
                            + "reports_to empty, or name the person they report to",
                        at: reportsTo.location))
            }
        }
    }

    /// Types every brief, drafts included (an account with only a draft says where it is),
    /// as written and as `privacy` leaves it.
    private static func readBriefs(
        _ sources: inout PortfolioSources, unread: UnreadDocuments.Files, releasing: Bool,
        privacy: PrivateFields?, makingFields: Bool, _ diagnostics: inout [Diagnostic]
    ) -> [Audited<ClientBrief>] {
        documents(
            &sources.briefs, unread: unread, releasing: releasing, includeDrafts: true, &diagnostics
        ) {
            Audited.read($0, slug: $1, kind: .clients, privacy: privacy) {
                ClientBrief.read($0, slug: $1, makingFields: makingFields)
            }
        }
    }

    /// Types the handoffs, as written and as `privacy` leaves them; a handoff's file name
    /// may not be a number, which names a page of the list of every handoff.
    private static func readHandoffs(
        _ sources: inout PortfolioSources, unread: UnreadDocuments.Files, releasing: Bool,
        includeDrafts: Bool, privacy: PrivateFields?, makingFields: Bool,
        _ diagnostics: inout [Diagnostic]
    ) -> [Audited<Handoff>] {
        documents(
            &sources.handoffs, unread: unread, releasing: releasing,
            includeDrafts: includeDrafts, numbersAreReserved: true,
            &diagnostics
        ) {
            Audited.read($0, slug: $1, kind: .handoffs, privacy: privacy) {
                Handoff.read($0, slug: $1, makingFields: makingFields)
            }
        }
    }

    /// Types the guide's chapters.
    private static func readChapters(
        _ sources: inout PortfolioSources, unread: UnreadDocuments.Files, releasing: Bool,
        includeDrafts: Bool, makingFields: Bool, _ diagnostics: inout [Diagnostic]
    ) -> [GuideChapter] {
        // guide/index.html is the guide's own page, so no chapter's folder may take its name.
        documents(
            &sources.chapters, unread: unread, releasing: releasing,
            includeDrafts: includeDrafts,
            reserved: ["index.html"], &diagnostics
        ) {
            GuideChapter.read($0, slug: $1, makingFields: makingFields)
        }
    }

    /// Each account's brief, by its position in `everyBrief` (drafts only with
    /// `includeDrafts`): checks the account and risk owners each brief names, and refuses a
    /// second brief for an account.
    ///
    /// Briefs and handoffs are joined and checked by their positions: copying each (both
    /// its written and its shown form) into lists and maps would keep a core idle while
    /// this runs on one thread.
    private static func joinBriefs(
        _ everyBrief: [Audited<ClientBrief>], includeDrafts: Bool, _ check: inout ReferenceCheck,
        _ diagnostics: inout [Diagnostic]
    ) -> [String: Int] {
        var briefsByAccount: [String: Int] = [:]
        briefsByAccount.reserveCapacity(everyBrief.count)
        for index in everyBrief.indices where includeDrafts || !everyBrief[index].isDraft {
            let account = everyBrief[index].written.account
            guard check.account(account) else { continue }
            for risk in everyBrief[index].written.risks.indices {
                check.person(everyBrief[index].written.risks[risk].owner)
            }
            if let first = briefsByAccount[account.id] {
                diagnostics.append(
                    .error(
                        "account '\(account.id)' already has a brief; keep one brief per "
                            + "account and merge the two files",
                        at: account.location,
                        notes: [
                            .note(
                                "the first brief is here",
                                at: everyBrief[first].written.account.location)
                        ]))
            } else {
                briefsByAccount[account.id] = index
            }
        }
        return briefsByAccount
    }

    /// Checks the accounts and people each handoff names.
    private static func checkHandoffReferences(
        _ auditedHandoffs: [Audited<Handoff>], _ check: inout ReferenceCheck
    ) {
        for index in auditedHandoffs.indices {
            check.account(auditedHandoffs[index].written.account)
            check.person(auditedHandoffs[index].written.from)
            check.person(auditedHandoffs[index].written.to)
            for commitment in auditedHandoffs[index].written.commitments.indices {
                check.person(auditedHandoffs[index].written.commitments[commitment].madeBy)
            }
            for step in auditedHandoffs[index].written.nextSteps.indices {
                check.person(auditedHandoffs[index].written.nextSteps[step].owner)
            }
        }
    }

    /// Types the touchpoints and checks the accounts and people they name; with
    /// `releasing`, drops the rows.
    private static func readActivities(
        _ sources: inout PortfolioSources, releasing: Bool,
        _ check: inout ReferenceCheck, _ diagnostics: inout [Diagnostic]
    ) -> [Activity] {
        let activities = sources.activities?.records(&diagnostics, Activity.read) ?? []
        if releasing { sources.activities?.rows = [] }
        for activity in activities {
            check.account(activity.account)
            check.person(activity.owner)
        }
        return activities
    }

    /// Types the ARR movements and checks the accounts they name; with `releasing`, drops
    /// the rows.
    private static func readMovements(
        _ sources: inout PortfolioSources, releasing: Bool,
        _ check: inout ReferenceCheck, _ diagnostics: inout [Diagnostic]
    ) -> [ARRMovement] {
        let movements = sources.arr?.records(&diagnostics, ARRMovement.read) ?? []
        if releasing { sources.arr?.rows = [] }
        for movement in movements { check.account(movement.account) }
        return movements
    }

    /// A client for each account, with its brief as the audience sees it: adds what each
    /// brief keeps from the audience to `withheld`, and says of each account without a
    /// brief how its page shows it, or why its id cannot name its page.
    private static func attachBriefs(
        to accounts: [Account], briefs everyBrief: [Audited<ClientBrief>],
        briefsByAccount: [String: Int], draftBriefs: [String: String],
        _ withheld: inout [PrivateValue], _ diagnostics: inout [Diagnostic]
    ) -> [Client] {
        accounts.map { account in
            let position = briefsByAccount[account.id]
            let brief = position.map { everyBrief[$0].shown }
            if let position { withheld += everyBrief[position].withheld }
            if brief == nil, let problem = PageName.problem(account.id) {
                // Only here does the id name a folder: a page named after a brief needs none.
                let why = draftBriefs[account.id].map { "has only a draft brief, \($0)," }
                diagnostics.append(
                    .error(
                        "account '\(PageName.shortened(account.id))' "
                            + "\(why ?? "has no brief,") so its page would be named after its "
                            + "id, which cannot name a page folder: it \(problem); give the "
                            + "account a brief this build shows (its page is then named after "
                            + "the brief's file), or choose another id",
                        at: account.location))
            } else if brief == nil, let draft = draftBriefs[account.id] {
                diagnostics.append(
                    .warning(
                        "account '\(account.id)' has only a draft brief, \(draft); its page shows "
                            + "the CRM record alone until the brief says 'draft: false' (build "
                            + "with --drafts to preview it)",
                        at: account.location))
            } else if brief == nil {
                diagnostics.append(
                    .warning(
                        "account '\(account.id)' has no brief; its page shows the CRM record "
                            + "alone (add Content/clients/\(account.id.lowercased()).md with "
                            + "'account: \(account.id)' to write one)",
                        at: account.location))
            }
            return Client(
                account: account, brief: brief, slug: brief?.slug ?? account.id.lowercased())
        }
    }

    /// Checks that no two clients, people, handoffs or chapters would write their pages to
    /// one folder.
    private static func checkPageFolders(
        clients: [Client], people: [Person], handoffs auditedHandoffs: [Audited<Handoff>],
        chapters: [GuideChapter], _ diagnostics: inout [Diagnostic]
    ) {
        checkUniqueSlugs(
            clients.map { ($0.slug, $0.brief.map(\.account.location) ?? $0.account.location) },
            folder: "clients", &diagnostics)
        // Exact duplicates are refused as the rows are typed; ids that differ only in letter
        // case would still share a folder on macOS and Windows.
        checkUniqueSlugs(
            people.map { ($0.id, $0.location) }, folder: "team",
            advice: "give one of the people another id", &diagnostics)
        checkUniqueSlugs(
            auditedHandoffs.indices.map {
                (auditedHandoffs[$0].written.slug, auditedHandoffs[$0].written.account.location)
            }, folder: "handoffs", &diagnostics)
        checkUniqueSlugs(
            chapters.map { ($0.slug, SourceLocation(file: $0.source, line: 1)) }, folder: "guide",
            &diagnostics)
    }

    /// The handoffs as the audience sees them, each with its completeness as written, and
    /// none when their pages are private: adds what they keep from the audience to
    /// `withheld`, and, when their pages are private, each page's address.
    private static func showHandoffs(
        _ auditedHandoffs: [Audited<Handoff>], privacy: PrivateFields?,
        _ withheld: inout [PrivateValue]
    ) -> [Handoff] {
        var shownHandoffs = auditedHandoffs.indices.map { index in
            var shown = auditedHandoffs[index].shown
            shown.completeness = auditedHandoffs[index].written.completeness
            return shown
        }
        for index in auditedHandoffs.indices { withheld += auditedHandoffs[index].withheld }
        if let privacy, privacy.pagesArePrivate(.handoffs) {
            shownHandoffs = []
            withheld += auditedHandoffs.map {
                PrivateValue(
                    text: "handoffs/\($0.written.slug)/", path: "handoffs",
                    location: SourceLocation(file: $0.written.source, line: 1), isAddress: true)
            }
        }
        return shownHandoffs
    }

    /// Keeps the first record of each key; every later one is an error naming both places.
    private static func unique<Record>(
        _ records: [Record], by key: (Record) -> String, location: (Record) -> SourceLocation,
        kind: String, diagnostics: inout [Diagnostic]
    ) -> [Record] {
        var seen: [String: SourceLocation] = [:]
        return records.filter { record in
            let id = key(record)
            if let first = seen[id] {
                diagnostics.append(
                    .error(
                        "duplicate \(kind) '\(id)'; every row needs an id of its own",
                        at: location(record),
                        notes: [.note("'\(id)' is first used here", at: first)]))
                return false
            }
            seen[id] = location(record)
            return true
        }
    }

    /// Reads documents whose file names make safe page folders, leaving drafts out unless
    /// asked for; with `releasing`, empties `documents`, dropping each document once typed.
    ///
    /// Each document is typed on its own thread: typing thousands of briefs one after the
    /// other would be the longest stretch of a large build with one core idle.
    private static func documents<Item>(
        _ documents: inout [Document], unread: UnreadDocuments.Files, releasing: Bool,
        includeDrafts: Bool, reserved: Set<String> = [],
        numbersAreReserved: Bool = false, _ diagnostics: inout [Diagnostic],
        _ read: @Sendable (Document, String) -> (Item?, [Diagnostic])
    ) -> [Item] where Item: Draftable & Sendable {
        var pending: [PendingDocument?] = []
        pending.reserveCapacity(documents.count + unread.files.count)
        for document in documents {
            if let slug = slug(
                of: document.path, reserved: reserved, numbersAreReserved: numbersAreReserved,
                diagnostics: &diagnostics)
            {
                pending.append(.parsed(document, slug: slug))
            }
        }
        pending += unread.files.map { .unread($0) }
        if releasing { documents = [] }
        let count = pending.count
        // Each worker takes its document out of the list, so that it is freed once typed.
        let list = Mutex(consume pending)
        let results = Mutex<[(Item?, [Diagnostic])?]>(Array(repeating: nil, count: count))
        ParallelLoop.forEach(count) { index in
            let taken = list.withLock { list in
                defer { list[index] = nil }
                return list[index]
            }
            let result: (Item?, [Diagnostic])
            switch taken {
            case .parsed(let document, let slug):
                result = read(document, slug)
            case .unread(let file):
                // As the loader would have: the file's problems, or else its name's.
                do {
                    let document = try unread.read(file)
                    var problems: [Diagnostic] = []
                    if let slug = slug(
                        of: file.path, reserved: reserved,
                        numbersAreReserved: numbersAreReserved, diagnostics: &problems)
                    {
                        let (item, more) = read(document, slug)
                        result = (item, problems + more)
                    } else {
                        result = (nil, problems)
                    }
                } catch {
                    result = (nil, error.diagnostics)
                }
            case nil:
                return
            }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }.compactMap { result in
            guard let (item, problems) = result else { return nil }
            diagnostics += problems
            guard let item, includeDrafts || !item.isDraft else { return nil }
            return item
        }
    }

    /// The page folder a file gives, or `nil` (with an error) when its name is unsafe in a URL
    /// or as a folder, or is one of `reserved`, names Folio writes in the same folder.
    static func slug(
        of path: String, reserved: Set<String> = [], numbersAreReserved: Bool = false,
        diagnostics: inout [Diagnostic]
    ) -> String? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let slug = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let allowed = slug.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars.contains($0))
        }
        let location = SourceLocation(file: path, line: 1)
        guard allowed, let first = slug.unicodeScalars.first, first != "." else {
            diagnostics.append(
                .error(
                    "the file name '\(fileName)' cannot be used in a page address; rename the "
                        + "file using only ASCII letters, digits, '-', '_' and '.', such as "
                        + "acme-logistics.md",
                    at: location))
            return nil
        }
        if let problem = PageName.problem(slug) {
            diagnostics.append(
                .error(
                    "the file name '\(PageName.shortened(fileName))' cannot name a page folder: "
                        + "'\(PageName.shortened(slug))' \(problem); rename the file, such as "
                        + "acme-logistics.md",
                    at: location))
            return nil
        }
        if numbersAreReserved, slug.allSatisfy(\.isASCII), slug.allSatisfy(\.isNumber) {
            diagnostics.append(
                .error(
                    "the file name '\(fileName)' would put its page in the folder '\(slug)', "
                        + "where a page of the list of every handoff goes (handoffs/2/ is its "
                        + "second page); rename the file with a word in it, such as "
                        + "acme-\(slug).md",
                    at: location))
            return nil
        }
        if reserved.contains(slug.lowercased()) {
            diagnostics.append(
                .error(
                    "the file name '\(fileName)' would put its page in a folder named "
                        + "'\(slug)', beside the file of that name Folio writes; rename the file",
                    at: location))
            return nil
        }
        return slug
    }

    /// Two pages in one folder differing only in letter case would overwrite each other on
    /// case-insensitive file systems, so slugs compare without case.
    private static func checkUniqueSlugs(
        _ slugs: [(String, SourceLocation)], folder: String,
        advice: String = "rename one of the files", _ diagnostics: inout [Diagnostic]
    ) {
        var seen: [String: SourceLocation] = [:]
        for (slug, location) in slugs {
            let key = slug.lowercased()
            if let first = seen[key] {
                diagnostics.append(
                    .error(
                        "duplicate slug '\(slug)': two pages would be written to "
                            + "\(folder)/\(key)/index.html; \(advice)",
                        at: location, notes: [.note("the other page comes from here", at: first)]))
            } else {
                seen[key] = location
            }
        }
    }
}

/// A document for the merge to type: parsed already, with its page folder, or a file to
/// read first.
private enum PendingDocument: Sendable {
    case parsed(Document, slug: String)
    case unread(UnreadDocuments.File)
}

/// A brief as written and as the build's audience sees it, with the private values the
/// audience is kept from.
private struct Audited<Item: Draftable & Sendable>: Draftable, Sendable {
    var written: Item
    var shown: Item
    var withheld: [PrivateValue]
    var isDraft: Bool { written.isDraft }

    /// Reads `document` with `read`, and again without the private fields of `kind` when
    /// `privacy` is given.
    static func read(
        _ document: Document, slug: String, kind: PrivateFields.Kind, privacy: PrivateFields?,
        _ read: (Document, String) -> (Item?, [Diagnostic])
    ) -> (Audited?, [Diagnostic]) {
        let (written, problems) = read(document, slug)
        guard let written else { return (nil, problems) }
        guard let privacy else {
            return (Audited(written: written, shown: written, withheld: []), problems)
        }
        let shown = read(privacy.pruned(document, kind: kind), slug).0 ?? written
        return (
            Audited(
                written: written, shown: shown,
                withheld: privacy.values(in: document, kind: kind)),
            problems
        )
    }
}

/// Content that `draft: true` keeps out of a build unless drafts are asked for.
protocol Draftable {
    var isDraft: Bool { get }
}

extension ClientBrief: Draftable {}
extension Handoff: Draftable {}
extension GuideChapter: Draftable {}

/// Checks that every id a record names exists, and says where it should be defined and
/// which ids are close to the one written.
private struct ReferenceCheck {
    let accountIDs: Set<String>
    let personIDs: Set<String>
    let accountsFile: String
    let teamFile: String?
    var diagnostics: [Diagnostic] = []
    private let accounts: [Account]
    private let people: [Person]
    /// Made at the first unknown id, since a portfolio without one never needs them.
    private var accountSuggestions: Suggestions?
    private var personSuggestions: Suggestions?
    /// The "did you mean" of each unknown id met so far, so that an id written wrong on
    /// many rows is compared with every known id once.
    private var hints: [String: String] = [:]

    init(accounts: [Account], people: [Person], accountsFile: String, teamFile: String?) {
        self.accounts = accounts
        self.people = people
        accountIDs = Set(accounts.map(\.id))
        personIDs = Set(people.map(\.id))
        self.accountsFile = accountsFile
        self.teamFile = teamFile
    }

    /// Whether `reference` names a known account; reports it when not.
    @discardableResult
    mutating func account(_ reference: Reference) -> Bool {
        guard !accountIDs.contains(reference.id) else { return true }
        let hint = accountHint(reference.id)
        diagnostics.append(
            .error(
                "unknown account '\(reference.id)' in \(reference.field): no row of "
                    + "\(accountsFile) has this account_id; \(hint)",
                at: reference.location,
                notes: [
                    .note(
                        "accounts are defined here", at: SourceLocation(file: accountsFile, line: 1)
                    )
                ]))
        return false
    }

    /// Reports `reference` when it names no known person.
    mutating func person(_ reference: Reference?) {
        guard let reference, !personIDs.contains(reference.id) else { return }
        if let teamFile {
            let hint = personHint(reference.id)
            diagnostics.append(
                .error(
                    "unknown person '\(reference.id)' in \(reference.field): no row of "
                        + "\(teamFile) has this id; \(hint)",
                    at: reference.location,
                    notes: [
                        .note(
                            "people are defined here", at: SourceLocation(file: teamFile, line: 1))
                    ]))
        } else {
            diagnostics.append(
                .error(
                    "unknown person '\(reference.id)' in \(reference.field): there is no "
                        + "Content/data/team.csv; add one with a row for this id",
                    at: reference.location))
        }
    }

    private mutating func accountHint(_ id: String) -> String {
        let key = "account\u{0}" + id
        if let hint = hints[key] { return hint }
        let suggestions = accountSuggestions ?? Suggestions.accounts(accounts)
        accountSuggestions = suggestions
        let hint = suggestions.didYouMean(id) ?? "check the spelling or add the account"
        hints[key] = hint
        return hint
    }

    private mutating func personHint(_ id: String) -> String {
        let key = "person\u{0}" + id
        if let hint = hints[key] { return hint }
        let suggestions =
            personSuggestions ?? Suggestions(among: people, name: \.id, also: { [$0.name] })
        personSuggestions = suggestions
        let hint = suggestions.didYouMean(id) ?? "check the spelling or add the person"
        hints[key] = hint
        return hint
    }
}
