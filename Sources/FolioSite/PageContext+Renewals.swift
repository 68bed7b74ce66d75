import FolioModel
import FolioTemplates

/// The renewals page, and the renewal buckets and accounts at risk that the overview and
/// a person's page also show of their accounts.
extension PageContext {
    /// The renewals page: each renewal bucket with its first accounts and a link to the
    /// rest, how many accounts are at risk, and the calendar of renewals.
    func renewals() -> TemplateMap {
        [
            "renewal_buckets": renewalBuckets(portfolio.clients) { lists[.renewals($0)] },
            "at_risk": atRiskSummary(portfolio.clients),
            "calendar": [
                "href": .string("renewals.ics"),
                "events": .int(RenewalCalendar.eventCount(portfolio)),
            ],
        ]
    }

    /// The renewal buckets of `clients`, overdue first, each with its count, ARR per
    /// currency, and its first accounts, soonest renewal first (``PagedList/shortLength``);
    /// `whole` gives the page of each bucket's whole list, when there is one.
    func renewalBuckets(
        _ clients: [Portfolio.Client], whole: (RenewalBucket) -> PagedList?
    ) -> TemplateValue {
        var ranked: [RenewalBucket: [(rank: Int, client: Portfolio.Client)]] = [:]
        for client in clients {
            guard let place = renewalPlaces[client.account.id] else { continue }
            ranked[place.bucket, default: []].append((place.rank, client))
        }
        return .list(
            RenewalBucket.allCases.map { bucket in
                let accounts = (ranked[bucket] ?? []).sorted { $0.rank < $1.rank }
                var values = bucketValues(bucket)
                values["accounts"] = .list(
                    accounts.prefix(PagedList.shortLength).map { account($0.client) })
                values["count"] = .int(accounts.count)
                let arr = portfolio.arrByCurrency(accounts.map(\.client.account))
                values["arr"] = money(arr)
                values["has_arr"] = .bool(!arr.isEmpty)
                values["more"] = .bool(accounts.count > PagedList.shortLength)
                values["list"] = whole(bucket).map(listLink) ?? .null
                return .map(values)
            })
    }

    /// How many of `clients` are at risk and their ARR per currency, with the whole list's
    /// address: `{count, one, arr, has_arr, href}`.
    func atRiskSummary(_ clients: [Portfolio.Client]) -> TemplateValue {
        let accounts = clients.map(\.account).filter(portfolio.isAtRisk)
        let arr = portfolio.arrByCurrency(accounts)
        return [
            "count": .int(accounts.count), "one": .bool(accounts.count == 1),
            "arr": money(arr), "has_arr": .bool(!arr.isEmpty),
            "href": .string(lists[.atRisk]?.path(page: 1) ?? "at-risk/index.html"),
        ]
    }

    /// The first accounts at risk among `clients` (``PagedList/shortLength``), in the
    /// order of `metrics.atRisk`: largest ARR first.
    func atRiskAccounts(in clients: [Portfolio.Client]) -> TemplateValue {
        let ranked = clients.compactMap { client in
            atRiskPlaces[client.account.id].map { (rank: $0, client: client) }
        }
        return .list(
            ranked.sorted { $0.rank < $1.rank }.prefix(PagedList.shortLength).map {
                account($0.client)
            })
    }
}
