package import FolioFormats
import FolioParallel
import Synchronization

/// Everything a site is built from, read, typed and joined: accounts with their briefs,
/// people, handoffs, the guide, activities and ARR movements.
package struct Portfolio: Sendable {
    /// An account and, when someone wrote one, its brief.
    ///
    /// A class, so that the dozens of lists and lookups that hand clients around share one
    /// copy: as a structure, each of them would copy every field, a reference count each.
    package final class Client: Sendable {
        package let account: Account
        package let brief: ClientBrief?
        /// The page's folder name: the brief's file name, or the lower-cased account id.
        package let slug: String

        init(account: Account, brief: ClientBrief?, slug: String) {
            self.account = account
            self.brief = brief
            self.slug = slug
        }
    }

    package var settings: SiteSettings
    /// The portfolio's "today": every "due", "overdue" and "days since" counts from it.
    package var asOf: CalendarDate
    /// Everyone in `team.csv`, by name.
    package var people: [Person]
    /// One client per account, by name.
    package var clients: [Client]
    /// Handoff briefs, newest first.
    package var handoffs: [Handoff]
    /// Guide chapters, in order.
    package var chapters: [GuideChapter]
    /// Touchpoints, newest first.
    package var activities: [Activity]
    /// ARR movements, oldest first.
    package var arrMovements: [ARRMovement]
    /// Who the site is built for.
    package var audience = Audience.team
    /// The private values this audience is kept from, which the output must not contain;
    /// empty for the team.
    package var withheld: [PrivateValue] = []
    /// The folders of `clients/` that lead to a client's page in another, in the order of
    /// the accounts' rows.
    package var redirects: [Redirect] = []
    /// The source of each draft brief a build leaves out, by account id: its account's
    /// page shows the CRM record alone, and says where the draft is.
    package var draftBriefs: [String: String] = [:]

    private var peopleByID: [String: Int]
    private var clientsByAccountID: [String: Int]
    /// Built once here, so that a page asks for its own rows instead of filtering every
    /// list once per page, which would make a build grow with the square of the accounts.
    package private(set) var indexes: Indexes

    /// The person with `id`, if any.
    package func person(_ id: String?) -> Person? {
        id.flatMap { peopleByID[$0] }.map { people[$0] }
    }

    /// The client whose account has `id`, if any.
    package func client(accountID id: String) -> Client? {
        clientsByAccountID[id].map { clients[$0] }
    }

    /// The position in `clients` of the account with `id`, if there is one.
    package func clientIndex(accountID id: String) -> Int? {
        clientsByAccountID[id]
    }

    /// Sorts the lists, and makes each one's lookups, on up to ``ParallelLoop/jobs`` threads: sorting the
    /// clients and the activities one after the other, or making the lookups after the
    /// sorts, would keep a core idle.
    init(
        settings: SiteSettings, asOf: CalendarDate, people: [Person], clients: [Client],
        handoffs: [Handoff], chapters: [GuideChapter], activities: [Activity],
        arrMovements: [ARRMovement]
    ) {
        self.settings = settings
        self.asOf = asOf
        let made = Mutex(Sorted())
        ParallelLoop.forEach(5) { list in
            switch list {
            case 0: Self.sortClients(clients, into: made)
            case 1: Self.sortActivities(activities, into: made)
            case 2: Self.sortHandoffs(handoffs, into: made)
            case 3: Self.sortMovements(arrMovements, into: made)
            default: Self.sortPeopleAndChapters(people, chapters, into: made)
            }
        }
        let sorted = made.withLock { $0 }
        self.clients = sorted.clients
        self.activities = sorted.activities
        self.handoffs = sorted.handoffs
        self.arrMovements = sorted.arrMovements
        self.people = sorted.people
        self.chapters = sorted.chapters
        self.peopleByID = sorted.peopleByID
        self.clientsByAccountID = sorted.clientsByAccountID
        self.indexes = sorted.indexes
    }

    /// Sorts the clients into `made` by name, then account id, with each one's position by
    /// account id and the lookups by manager and by person.
    ///
    /// Sorts positions by keys made once: lower-casing in each comparison and moving whole
    /// clients around would cost more than the rest of the portfolio's assembly.
    private static func sortClients(_ clients: [Client], into made: borrowing Mutex<Sorted>) {
        let names = clients.map { $0.displayName.lowercased() }
        let sorted = clients.indices.sorted {
            (names[$0], clients[$0].account.id) < (names[$1], clients[$1].account.id)
        }.map { clients[$0] }
        let byAccountID = Dictionary(
            sorted.enumerated().map { ($1.account.id, $0) },
            uniquingKeysWith: { first, _ in first })
        var indexes = Indexes()
        indexes.index(sorted)
        made.withLock {
            $0.clients = sorted
            $0.clientsByAccountID = byAccountID
            $0.indexes.clientsByManager = indexes.clientsByManager
            $0.indexes.clientsByPerson = indexes.clientsByPerson
        }
    }

    /// Sorts the activities into `made`, with the lookup by account: newest first, then by
    /// account id and summary, all descending.
    ///
    /// The day and the account's rank among the ids are numbers made once, so that only the
    /// rare activities of one account on one day compare text: comparing dates, ids and
    /// summaries as tuples would compare strings at every step of a sort of hundreds of
    /// thousands of activities.
    private static func sortActivities(
        _ activities: [Activity], into made: borrowing Mutex<Sorted>
    ) {
        let ids = Set(activities.map(\.account.id)).sorted()
        let ranks = Dictionary(
            ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = activities.map {
            (day: $0.date.daysSinceEpoch, account: ranks[$0.account.id] ?? 0)
        }
        let sorted = activities.indices.sorted { one, other in
            if keys[one].day != keys[other].day { return keys[one].day > keys[other].day }
            if keys[one].account != keys[other].account {
                return keys[one].account > keys[other].account
            }
            return (activities[one].summary ?? "") > (activities[other].summary ?? "")
        }.map { activities[$0] }
        var indexes = Indexes()
        indexes.index(sorted)
        made.withLock {
            $0.activities = sorted
            $0.indexes.activitiesByAccount = indexes.activitiesByAccount
        }
    }

    /// Sorts the handoffs into `made`, with the lookups by account, by giver and by
    /// receiver: newest first (undated last), then by slug, descending.
    ///
    /// Keys taken by position once: comparing handoffs in place would copy both, field by field,
    /// at each comparison.
    private static func sortHandoffs(_ handoffs: [Handoff], into made: borrowing Mutex<Sorted>) {
        let keys = handoffs.indices.map {
            (day: handoffs[$0].date?.daysSinceEpoch ?? .min, slug: handoffs[$0].slug)
        }
        let sorted = handoffs.indices.sorted { keys[$0] > keys[$1] }.map { handoffs[$0] }
        var indexes = Indexes()
        indexes.index(sorted)
        made.withLock {
            $0.handoffs = sorted
            $0.indexes.handoffsByAccount = indexes.handoffsByAccount
            $0.indexes.handoffsByGiver = indexes.handoffsByGiver
            $0.indexes.handoffsByReceiver = indexes.handoffsByReceiver
        }
    }

    /// Sorts the ARR movements into `made`: oldest first, then by account id.
    private static func sortMovements(
        _ arrMovements: [ARRMovement], into made: borrowing Mutex<Sorted>
    ) {
        let sorted = arrMovements.indices.sorted {
            (arrMovements[$0].date, arrMovements[$0].account.id)
                < (arrMovements[$1].date, arrMovements[$1].account.id)
        }.map { arrMovements[$0] }
        made.withLock { $0.arrMovements = sorted }
    }

    /// Sorts the people into `made` by name, then id, with each one's position by id, and
    /// the chapters by their order, then slug.
    private static func sortPeopleAndChapters(
        _ people: [Person], _ chapters: [GuideChapter], into made: borrowing Mutex<Sorted>
    ) {
        let sorted = people.indices.sorted {
            (people[$0].name, people[$0].id) < (people[$1].name, people[$1].id)
        }.map { people[$0] }
        let byID = Dictionary(
            sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let chapters = chapters.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
        made.withLock {
            $0.people = sorted
            $0.peopleByID = byID
            $0.chapters = chapters
        }
    }

    /// The lists in order, and their lookups, as the threads of `init` make them.
    private struct Sorted: Sendable {
        var clients: [Client] = []
        var clientsByAccountID: [String: Int] = [:]
        var activities: [Activity] = []
        var handoffs: [Handoff] = []
        var indexes = Indexes()
        var arrMovements: [ARRMovement] = []
        var people: [Person] = []
        var peopleByID: [String: Int] = [:]
        var chapters: [GuideChapter] = []
    }
}

extension Portfolio {
    /// How many briefs and handoffs a build numbers (the ``TracedHTML/tag`` of its body): each
    /// client's brief takes its client's position, and each handoff its own after them, the
    /// order the search index lists them in.
    package var bodyCount: Int { clients.count + handoffs.count }

    /// The document number of the brief of `clients[client]`.
    package func bodyNumber(client: Int) -> Int { client }

    /// The document number of `handoffs[handoff]`.
    package func bodyNumber(handoff: Int) -> Int { clients.count + handoff }
}

extension Portfolio.Client {
    /// The brief's title when it has one, else the CRM name.
    package var displayName: String { brief?.title ?? account.name }
}
