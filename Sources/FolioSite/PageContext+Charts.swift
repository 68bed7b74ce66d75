import FolioFormats
import FolioModel
import FolioTemplates

/// The charts pages show, drawn at build time (``Chart``, ``GroupedChart``, ``TrendChart``,
/// ``RenewalsChart``), and the month axes of those that run over time.
extension PageContext {
    func chart(_ chart: Chart) -> TemplateValue {
        ["title": .string(chart.title), "svg": .html(chart.svg)]
    }

    /// One chart of ARR by a dimension, or `null` when it would draw fewer than two bars.
    ///
    /// A group per value with a bar per currency side by side, currencies in the order of
    /// the portfolio's ARR; with `largest`, only that many of the groups with the most ARR
    /// (in the portfolio's largest currency first), so that a chart of the whole team stays
    /// readable. A single bar compares nothing.
    func groupedChart(
        _ groups: [PortfolioMetrics.Group], title: String, largest: Int? = nil,
        label: (String) -> String
    ) -> TemplateValue {
        let chart = Self.groupedChart(
            groups, currencies: metrics.totalARR.map(\.currency), title: title,
            largest: largest, label: label)
        guard let chart else { return .null }
        return ["title": .string(chart.title), "svg": .html(chart.svg)]
    }

    /// The chart ``groupedChart(_:title:largest:label:)`` shows, or `nil` below two bars.
    static func groupedChart(
        _ groups: [PortfolioMetrics.Group], currencies: [String], title: String,
        largest: Int? = nil, label: (String) -> String
    ) -> GroupedChart? {
        let place = Dictionary(
            currencies.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var shown = groups.filter { group in group.arr.contains { $0.amount > 0 } }
        var title = title
        if let largest, shown.count > largest {
            let total = shown.count
            func rank(_ group: PortfolioMetrics.Group) -> [Double] {
                currencies.map { currency in
                    group.arr.first { $0.currency == currency }?.amount ?? 0
                }
            }
            shown = Array(
                shown.sorted { rank($0).lexicographicallyPrecedes(rank($1), by: >) }
                    .prefix(largest))
            title += " (the \(largest) largest of \(total))"
        }
        let chart = GroupedChart(
            groups: shown.map { group in
                let arr = group.arr.filter { $0.amount > 0 }.sorted {
                    (place[$0.currency] ?? .max, $0.currency)
                        < (place[$1.currency] ?? .max, $1.currency)
                }
                return GroupedChart.Group(
                    label: group.key.map(label) ?? "Not set",
                    bars: arr.map { money in
                        Chart.Bar(
                            label: money.currency, value: money.amount,
                            valueText: Formatting.money(money.amount, currency: money.currency),
                            tone: "currency-\(min(3, (place[money.currency] ?? 3) + 1))")
                    })
            }, title: title)
        return chart.barCount < 2 ? nil : chart
    }

    /// One chart per currency of ARR movements per month over the last twelve months,
    /// each with its months' figures for a table behind the picture.
    func arrTrend() -> TemplateValue {
        .list(
            metrics.trend.map { trend in
                let axis = MonthAxis(trend.months.map { ($0.year, $0.month) })
                let chart = TrendChart(
                    trend: trend, labels: axis.labels,
                    title: "ARR movements per month, \(trend.currency), \(axis.span)")
                func money(_ amount: Double) -> TemplateValue {
                    amount == 0
                        ? .string("—") : .string(Formatting.money(amount, currency: trend.currency))
                }
                func signed(_ amount: Double) -> TemplateValue {
                    guard amount != 0 else { return .string("—") }
                    let text = Formatting.money(abs(amount), currency: trend.currency)
                    return .string(amount < 0 ? "−" + text : "+" + text)
                }
                let months: [TemplateValue] = zip(axis.labels, trend.months).map { label, month in
                    [
                        "label": .string("\(label) \(month.year)"),
                        "new_display": money(month.new),
                        "expansion_display": money(month.expansion),
                        "contraction_display": money(month.contraction),
                        "churn_display": money(month.churn),
                        "net_display": signed(month.net),
                    ]
                }
                return [
                    "currency": .string(trend.currency), "title": .string(chart.title),
                    "svg": .html(chart.svg), "months": .list(months),
                    "net_display": signed(trend.months.reduce(0) { $0 + $1.net }),
                ]
            })
    }

    func healthChart() -> Chart {
        let bands: [(String, HealthBand?)] = [
            ("Red", .red), ("Yellow", .yellow), ("Green", .green), ("Unscored", nil),
        ]
        return Chart(
            bars: bands.map { label, band in
                let count = metrics.health[band] ?? 0
                return Chart.Bar(
                    label: label, value: Double(count), valueText: String(count),
                    tone: band?.rawValue ?? "none")
            }, orientation: .horizontal, title: "Accounts by health band")
    }

    /// Renewals per calendar month, from the month of `as_of` for twelve months, counting
    /// dates from `as_of` on: each month's ARR per currency as columns and its count of
    /// accounts under them, and the same in `months` for a table behind the picture.
    func renewalsChart() -> TemplateValue {
        let axis = MonthAxis(Self.months(from: portfolio.asOf, count: 12))
        var counts = Array(repeating: 0, count: axis.months.count)
        var amounts = Array(repeating: [String: Double](), count: axis.months.count)
        for account in portfolio.clients.map(\.account) where account.status != .churned {
            guard let date = account.renewalDate, date >= portfolio.asOf,
                let index = axis.index(of: date)
            else { continue }
            counts[index] += 1
            amounts[index][account.currency, default: 0] += account.arr ?? 0
        }
        let place = Dictionary(
            metrics.totalARR.map(\.currency).enumerated().map { ($1, $0) },
            uniquingKeysWith: { a, _ in a })
        let arr = amounts.map { totals in
            totals.filter { $0.value > 0 }
                .sorted { (place[$0.key] ?? .max, $0.key) < (place[$1.key] ?? .max, $1.key) }
                .map { (currency: $0.key, amount: $0.value) }
        }
        let chart = RenewalsChart(
            months: axis.labels.indices.map { index in
                RenewalsChart.Month(
                    label: axis.labels[index], count: counts[index],
                    arr: arr[index].map { money in
                        Chart.Bar(
                            label: money.currency, value: money.amount,
                            valueText: Formatting.money(money.amount, currency: money.currency),
                            tone: "currency-\(min(3, (place[money.currency] ?? 3) + 1))")
                    })
            }, title: "Renewals per month, \(axis.span)")
        let months: [TemplateValue] = axis.months.indices.map { index in
            [
                "label": .string("\(axis.labels[index]) \(axis.months[index].year)"),
                "count": .int(counts[index]), "arr": money(arr[index]),
            ]
        }
        return [
            "title": .string(chart.title), "svg": .html(chart.svg), "months": .list(months),
        ]
    }

    /// Activities per month over the twelve months up to and including `as_of`'s month.
    func activityChart(_ activities: [Activity]) -> Chart {
        monthlyChart(
            activities.map(\.date).filter { $0 <= portfolio.asOf }, axis: shared.activityMonths,
            title: "Touchpoints per month")
    }

    /// Consecutive months along a chart's time axis, with their labels made once.
    struct MonthAxis: Sendable {
        let months: [(year: Int, month: Int)]
        /// Each month's short name: `Jan`.
        let labels: [String]
        /// The first and last month, for the chart's title: `Dec 2025 to Nov 2026`.
        let span: String

        /// The axis of `months`, which must be consecutive and not empty.
        init(_ months: [(year: Int, month: Int)]) {
            self.months = months
            labels = months.map(PageContext.monthLabel)
            let first = months[0]
            let last = months[months.count - 1]
            span = "\(labels[0]) \(first.year) to \(labels[labels.count - 1]) \(last.year)"
        }

        /// The position of `date`'s month on the axis, if it is on it.
        func index(of date: CalendarDate) -> Int? {
            let index = (date.year - months[0].year) * 12 + date.month - months[0].month
            return months.indices.contains(index) ? index : nil
        }
    }

    /// A vertical bar per month of `axis`, counting the `dates` that fall in it; the title
    /// gets the first and last month.
    private func monthlyChart(_ dates: [CalendarDate], axis: MonthAxis, title: String) -> Chart {
        var counts = Array(repeating: 0, count: axis.months.count)
        for date in dates {
            if let index = axis.index(of: date) { counts[index] += 1 }
        }
        return Chart(
            bars: zip(axis.labels, counts).map { label, count in
                Chart.Bar(label: label, value: Double(count), valueText: String(count))
            }, orientation: .vertical, title: "\(title), \(axis.span)")
    }

    /// `count` (year, month) pairs starting with `date`'s month.
    static func months(from date: CalendarDate, count: Int) -> [(year: Int, month: Int)] {
        (0..<count).map { offset in
            let index = date.month - 1 + offset
            return (date.year + index / 12, index % 12 + 1)
        }
    }

    static func monthLabel(_ month: (year: Int, month: Int)) -> String {
        let date = CalendarDate(year: month.year, month: month.month, day: 1)
        return date.map { String(Formatting.date($0).split(separator: " ")[1]) } ?? ""
    }
}
