extension Portfolio {
    /// Positions in the portfolio's lists, grouped by the account or person they belong to,
    /// each group in the order of its list.
    package struct Indexes: Sendable {
        var activitiesByAccount: [String: [Int]] = [:]
        var handoffsByAccount: [String: [Int]] = [:]
        package var handoffsByGiver: [String: [Int]] = [:]
        package var handoffsByReceiver: [String: [Int]] = [:]
        var clientsByManager: [String: [Int]] = [:]
        /// Clients a person manages or sold, each once.
        var clientsByPerson: [String: [Int]] = [:]

        /// Fills the activity lookup with the positions of `activities`.
        mutating func index(_ activities: [Activity]) {
            for (index, activity) in activities.enumerated() {
                activitiesByAccount[activity.account.id, default: []].append(index)
            }
        }

        /// Fills the handoff lookups with the positions of `handoffs`.
        mutating func index(_ handoffs: [Handoff]) {
            // By position, not `enumerated()`, which copies every handoff, field by field.
            for index in handoffs.indices {
                handoffsByAccount[handoffs[index].account.id, default: []].append(index)
                if let from = handoffs[index].from?.id {
                    handoffsByGiver[from, default: []].append(index)
                }
                if let to = handoffs[index].to?.id {
                    handoffsByReceiver[to, default: []].append(index)
                }
            }
        }

        /// Fills the client lookups with the positions of `clients`; a person's book holds
        /// only the accounts that have not churned.
        mutating func index(_ clients: [Client]) {
            for (index, client) in clients.enumerated() where client.account.status != .churned {
                let manager = client.account.accountManager?.id
                let salesperson = client.account.salesperson?.id
                if let manager {
                    clientsByManager[manager, default: []].append(index)
                    clientsByPerson[manager, default: []].append(index)
                }
                if let salesperson, salesperson != manager {
                    clientsByPerson[salesperson, default: []].append(index)
                }
            }
        }
    }

    /// The touchpoints of the account with `id`, newest first.
    package func activities(ofAccount id: String) -> [Activity] {
        indexes.activitiesByAccount[id, default: []].map { activities[$0] }
    }

    /// The handoffs of the account with `id`, newest first.
    package func handoffs(ofAccount id: String) -> [Handoff] {
        indexes.handoffsByAccount[id, default: []].map { handoffs[$0] }
    }

    /// The handoffs the person with `id` gave, newest first.
    package func handoffs(from id: String) -> [Handoff] {
        indexes.handoffsByGiver[id, default: []].map { handoffs[$0] }
    }

    /// The handoffs the person with `id` received, newest first.
    package func handoffs(to id: String) -> [Handoff] {
        indexes.handoffsByReceiver[id, default: []].map { handoffs[$0] }
    }

    /// The clients the person with `id` manages, by name; churned ones left out.
    package func clients(managedBy id: String) -> [Client] {
        indexes.clientsByManager[id, default: []].map { clients[$0] }
    }

    /// The clients the person with `id` manages or sold, by name; churned ones left out.
    package func book(of id: String) -> [Client] {
        indexes.clientsByPerson[id, default: []].map { clients[$0] }
    }
}
