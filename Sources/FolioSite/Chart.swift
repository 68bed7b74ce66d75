import FolioFormats
import FolioModel

/// A bar chart drawn at build time as inline SVG: no script, no external library.
///
/// The SVG is an image (`role="img"`) whose `aria-label` reads every bar with its number,
/// so that a screen reader gets the figures the picture shows. Colours come from CSS classes
/// (`chart-bar`, `tone-red`...) so that the theme's light, dark and print styles apply.
struct Chart: Sendable {
    /// One bar: what it stands for, how long it is, and how its number reads.
    struct Bar: Sendable {
        var label: String
        var value: Double
        var valueText: String
        /// A class suffix for the bar's colour, such as `red`; `nil` for the accent.
        var tone: String? = nil
        /// More for the text alternative than the picture shows, after `valueText`.
        var detail: String? = nil
    }

    enum Orientation: Sendable {
        /// Labels on the left, bars growing to the right: for named groups.
        case horizontal
        /// Columns along a time axis, labels underneath.
        case vertical
    }

    var bars: [Bar]
    var orientation: Orientation
    /// What the chart shows, as the start of its text alternative: "ARR by manager, USD".
    var title: String

    /// The text alternative: the title, then every bar and its number.
    var textAlternative: String {
        var text = SVGText(capacity: 64)
        addTextAlternative(to: &text, escaping: false)
        return text.text
    }

    /// Adds ``textAlternative`` to `svg`, escaped for an attribute value when `escaping`.
    private func addTextAlternative(to svg: inout SVGText, escaping: Bool) {
        func add(_ text: String) {
            if escaping { svg.addEscaped(text) } else { svg.add(text) }
        }
        add(title)
        svg.add(": ")
        for (index, bar) in bars.enumerated() {
            if index > 0 { svg.add("; ") }
            add(bar.label)
            svg.add(" ")
            add(bar.valueText)
            if let detail = bar.detail {
                svg.add(" (")
                add(detail)
                svg.add(")")
            }
        }
    }

    /// The chart as an SVG element.
    var svg: String {
        switch orientation {
        case .horizontal: horizontal()
        case .vertical: vertical()
        }
    }

    private var largest: Double { bars.map(\.value).max().map { $0 > 0 ? $0 : 1 } ?? 1 }

    /// The `<svg>` start tag, the start of every chart's text.
    ///
    /// A chart is written as UTF-8 bytes, a piece at a time, and becomes a `String` once:
    /// appending each piece to a `String` costs more than the pieces, and every client page
    /// has a chart.
    private func open(width: Int, height: Int, kind: String, reserving capacity: Int)
        -> SVGText
    {
        SVGText(kind: kind, width: width, height: height, capacity: capacity) {
            addTextAlternative(to: &$0, escaping: true)
        }
    }

    /// The width of every chart's drawing, in the units of its text: narrow enough that a
    /// chart scaled to a phone's width keeps its text at least 11 pixels tall.
    static let width = 380

    private func horizontal() -> String {
        let labelWidth = 130
        let barSpace = 160.0
        let row = 28
        let height = max(row, bars.count * row) + 4
        var svg = open(
            width: Self.width, height: height, kind: "bars", reserving: 400 + bars.count * 360)
        for (index, bar) in bars.enumerated() {
            let y = index * row + 4
            let length = bar.value <= 0 ? 0 : max(1, (bar.value / largest * barSpace).rounded())
            svg.addText(
                Self.shortened(bar.label, to: 17), kind: "label", x: labelWidth - 8, y: y + 15,
                anchor: "end")
            svg.addRect(
                bar, x: labelWidth, y: y, width: Formatting.number(length), height: "20")
            svg.addText(
                bar.valueText, kind: "value", x: labelWidth + Int(length) + 6, y: y + 15,
                anchor: nil)
        }
        svg.add("</svg>")
        return svg.text
    }

    private func vertical() -> String {
        let width = Self.width
        let top = 20
        let plot = 120.0
        let step = bars.isEmpty ? width : width / bars.count
        let barWidth = max(4, step - 10)
        let axis = top + Int(plot)
        var svg = open(
            width: width, height: axis + 24, kind: "columns", reserving: 500 + bars.count * 360)
        svg.add("<line class=\"chart-axis\" x1=\"0\"")
        svg.attribute("y1", axis)
        svg.attribute("x2", width)
        svg.attribute("y2", axis)
        svg.add("/>")
        for (index, bar) in bars.enumerated() {
            let x = index * step + (step - barWidth) / 2
            let length = bar.value <= 0 ? 0 : max(1, (bar.value / largest * plot).rounded())
            let y = top + Int(plot - length)
            let middle = x + barWidth / 2
            svg.addRect(
                bar, x: x, y: y, width: String(barWidth), height: Formatting.number(length))
            svg.addText(bar.valueText, kind: "value", x: middle, y: y - 5, anchor: "middle")
            svg.addText(bar.label, kind: "label", x: middle, y: axis + 16, anchor: "middle")
        }
        svg.add("</svg>")
        return svg.text
    }

    /// `text` cut to `limit` characters with an ellipsis; the full text stays in the label.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// Horizontal bars in groups, drawn at build time as inline SVG: a group per value of a
/// dimension (a manager, a tier) with a bar per currency side by side, so that one chart
/// answers one question whatever the currencies.
///
/// Every bar shares one scale, the chart's largest amount; amounts are shown, never summed
/// across currencies. A bar's tone (`currency-1`...) follows its currency's place in the
/// portfolio, so that a currency keeps its colour from group to group; its value text names
/// the currency as well.
struct GroupedChart: Sendable {
    struct Group: Sendable {
        var label: String
        var bars: [Chart.Bar]
    }

    var groups: [Group]
    /// What the chart answers, as the start of its text alternative: "ARR by tier".
    var title: String

    /// How many bars the chart draws; a chart of fewer than two compares nothing.
    var barCount: Int { groups.reduce(0) { $0 + $1.bars.count } }

    /// The title, then every group with its bars' numbers.
    var textAlternative: String {
        title + ": "
            + groups.map { group in
                group.label + " " + group.bars.map(\.valueText).joined(separator: ", ")
            }.joined(separator: "; ")
    }

    /// The chart as an SVG element.
    var svg: String {
        let labelWidth = 130
        let barSpace = 160.0
        let row = 24
        let gap = 10
        let largest = groups.flatMap(\.bars).map(\.value).max().map { $0 > 0 ? $0 : 1 } ?? 1
        let height = max(row, barCount * row + max(0, groups.count - 1) * gap) + 4
        var svg = SVGText(
            kind: "groups", width: Chart.width, height: height, capacity: 600 + barCount * 360
        ) {
            $0.addEscaped(textAlternative)
        }
        var y = 4
        for group in groups {
            svg.addText(
                Chart.shortened(group.label, to: 17), kind: "label", x: labelWidth - 8,
                y: y + 13, anchor: "end")
            for bar in group.bars {
                let length =
                    bar.value <= 0 ? 0 : max(1, (bar.value / largest * barSpace).rounded())
                svg.addRect(
                    bar, x: labelWidth, y: y, width: Formatting.number(length), height: "18")
                svg.addText(
                    bar.valueText, kind: "value", x: labelWidth + Int(length) + 6, y: y + 14,
                    anchor: nil)
                y += row
            }
            y += gap
        }
        svg.add("</svg>")
        return svg.text
    }
}

/// ARR movements per month in one currency, drawn at build time as inline SVG: a column
/// per month rising from a zero line for new and expansion ARR and falling below it for
/// contraction and churn.
///
/// The scale is the chart's own: the largest rise and the largest fall are labelled at the
/// top and bottom. The text alternative reads every month that moved, so that a screen
/// reader gets what the picture shows; classes (`series-new`...) carry the colours.
struct TrendChart: Sendable {
    var trend: PortfolioMetrics.Trend
    /// Each month's short name, in the order of `trend.months`: `Jan`.
    var labels: [String]
    /// What the chart shows, as the start of its text alternative.
    var title: String

    /// The movements of a column, from the zero line outwards, with their class suffixes.
    private static let rising: [ARRMovement.Kind] = [.new, .expansion]
    private static let falling: [ARRMovement.Kind] = [.contraction, .churn]

    private func money(_ amount: Double) -> String {
        Formatting.money(amount, currency: trend.currency)
    }

    /// The title, then each month that moved with its movements and net change; months
    /// without a movement are named together at the end.
    var textAlternative: String {
        var parts: [String] = []
        var still: [String] = []
        for (label, month) in zip(labels, trend.months) {
            let moves = (Self.rising + Self.falling).compactMap { kind -> String? in
                let amount = month.amount(kind)
                return amount > 0 ? "\(kind.rawValue) \(money(amount))" : nil
            }
            if moves.isEmpty {
                still.append(label)
            } else {
                let sign = month.net < 0 ? "−" : "+"
                parts.append(
                    "\(label) \(moves.joined(separator: ", ")), net \(sign)\(money(abs(month.net)))"
                )
            }
        }
        if !still.isEmpty { parts.append("no movement in \(still.joined(separator: ", "))") }
        return "\(title): " + parts.joined(separator: "; ")
    }

    /// The chart as an SVG element.
    var svg: String {
        let width = Chart.width
        let plot = 140.0
        let top = 24
        let risingTotals = trend.months.map { month in
            Self.rising.reduce(0) { $0 + month.amount($1) }
        }
        let fallingTotals = trend.months.map { month in
            Self.falling.reduce(0) { $0 + month.amount($1) }
        }
        let up = risingTotals.max() ?? 0
        let down = fallingTotals.max() ?? 0
        let range = up + down > 0 ? up + down : 1
        // The zero line sits where the largest rise and the largest fall share the height.
        let zero = Double(top) + (plot * up / range).rounded()
        let bottom = top + Int(plot)
        let height = bottom + 44
        var svg = SVGText(
            kind: "trend", width: width, height: height, capacity: 2000 + trend.months.count * 400
        ) {
            $0.addEscaped(textAlternative)
        }
        svg.addText(
            up > 0 ? "+" + money(up) : money(0), kind: "label", x: 0, y: 16, anchor: nil)
        if down > 0 {
            svg.addText("−" + money(down), kind: "label", x: 0, y: bottom + 18, anchor: nil)
        }
        let step = trend.months.isEmpty ? width : width / trend.months.count
        let barWidth = max(4, step - 10)
        for (index, month) in trend.months.enumerated() {
            let x = index * step + (step - barWidth) / 2
            var above = zero
            for kind in Self.rising where month.amount(kind) > 0 {
                let length = max(1, (plot * month.amount(kind) / range).rounded())
                above -= length
                svg.addSeries(
                    kind.rawValue, x: x, y: Formatting.number(above), width: barWidth, length)
            }
            var below = zero
            for kind in Self.falling where month.amount(kind) > 0 {
                let length = max(1, (plot * month.amount(kind) / range).rounded())
                svg.addSeries(
                    kind.rawValue, x: x, y: Formatting.number(below), width: barWidth, length)
                below += length
            }
            if index < labels.count {
                svg.addText(
                    labels[index], kind: "label", x: x + barWidth / 2, y: height - 4,
                    anchor: "middle")
            }
        }
        svg.add("<line class=\"chart-axis\" x1=\"0\" y1=\"")
        svg.add(Formatting.number(zero))
        svg.add("\"")
        svg.attribute("x2", width)
        svg.add(" y2=\"")
        svg.add(Formatting.number(zero))
        svg.add("\"/>")
        svg.add("</svg>")
        return svg.text
    }
}

/// Renewals per month, drawn at build time as inline SVG: the ARR that renews as columns,
/// a column per currency side by side, and the number of accounts renewing written under
/// each month.
///
/// The columns share one scale, the largest month's amount in any currency, which is
/// labelled at the top of the plot beside a dashed line; amounts are never summed across
/// currencies. Each column's tone (`currency-1`...) is its currency's, as in the other ARR
/// charts. The text alternative reads every month with its count and amounts.
struct RenewalsChart: Sendable {
    struct Month: Sendable {
        /// The month's short name: `Jan`.
        var label: String
        var count: Int
        /// The ARR renewing, a bar per currency in the portfolio's order of currencies.
        var arr: [Chart.Bar]
    }

    var months: [Month]
    /// What the chart shows, as the start of its text alternative.
    var title: String

    /// The title, then each month with its count and, after it, its ARR per currency.
    var textAlternative: String {
        title + ": "
            + months.map { month in
                let accounts = "\(month.label) \(Plural.count(month.count, "account"))"
                guard !month.arr.isEmpty else { return accounts }
                return accounts + " (" + month.arr.map(\.valueText).joined(separator: ", ") + ")"
            }.joined(separator: "; ")
    }

    /// The chart as an SVG element.
    var svg: String {
        let width = Chart.width
        let top = 24
        let plot = 100.0
        let axis = top + Int(plot)
        let height = axis + 68
        let bars = months.flatMap(\.arr)
        let tallest = bars.max { $0.value < $1.value }
        let largest = tallest.map { $0.value > 0 ? $0.value : 1 } ?? 1
        var svg = SVGText(
            kind: "renewals", width: width, height: height, capacity: 1500 + months.count * 500
        ) {
            $0.addEscaped(textAlternative)
        }
        svg.addText("ARR renewing", kind: "label", x: 0, y: 14, anchor: nil)
        if let tallest, tallest.value > 0 {
            svg.addText(tallest.valueText, kind: "label", x: width, y: 14, anchor: "end")
            svg.add("<line class=\"chart-grid\" x1=\"0\"")
            svg.attribute("y1", top)
            svg.attribute("x2", width)
            svg.attribute("y2", top)
            svg.add("/>")
        }
        let step = months.isEmpty ? width : width / months.count
        let groupWidth = max(4, step - 8)
        for (index, month) in months.enumerated() {
            let left = index * step + (step - groupWidth) / 2
            let barWidth = max(2, groupWidth / max(1, month.arr.count))
            for (place, bar) in month.arr.enumerated() {
                let length = bar.value <= 0 ? 0 : max(1, (bar.value / largest * plot).rounded())
                svg.addRect(
                    bar, x: left + place * barWidth, y: axis - Int(length),
                    width: String(barWidth), height: Formatting.number(length))
            }
            let middle = left + groupWidth / 2
            svg.addText(month.label, kind: "label", x: middle, y: axis + 16, anchor: "middle")
            svg.addText(
                String(month.count), kind: month.count > 0 ? "value" : "label", x: middle,
                y: height - 4, anchor: "middle")
        }
        svg.add("<line class=\"chart-axis\" x1=\"0\"")
        svg.attribute("y1", axis)
        svg.attribute("x2", width)
        svg.attribute("y2", axis)
        svg.add("/>")
        svg.addText("Accounts renewing", kind: "label", x: 0, y: axis + 40, anchor: nil)
        svg.add("</svg>")
        return svg.text
    }
}

/// A chart's markup as UTF-8 bytes.
private struct SVGText {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// A chart of the class `chart-<kind>`, begun with its `<svg>` start tag, whose
    /// `aria-label` `label` writes (escaped, as ``addEscaped(_:)`` adds text).
    init(
        kind: String, width: Int, height: Int, capacity: Int, label: (inout SVGText) -> Void
    ) {
        self.init(capacity: capacity)
        add("<svg class=\"chart chart-")
        add(kind)
        add("\" viewBox=\"0 0 ")
        add(width)
        add(" ")
        add(height)
        add("\"")
        attribute("width", width)
        attribute("height", height)
        add(" role=\"img\" aria-label=\"")
        label(&self)
        add("\" xmlns=\"http://www.w3.org/2000/svg\">")
    }

    /// The markup as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Adds `markup` as it stands.
    mutating func add(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Adds `number` in decimal digits.
    mutating func add(_ number: Int) { bytes.appendDecimal(number) }

    /// Adds ` name="value"`.
    mutating func attribute(_ name: String, _ value: Int) {
        bytes.append(UInt8(ascii: " "))
        add(name)
        bytes.append(contentsOf: "=\"".utf8)
        add(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Adds `text` escaped as ``XMLText/escaped(_:)`` escapes it.
    mutating func addEscaped(_ text: String) { XMLText.escape(text, into: &bytes) }

    /// Adds a `<text>` of the class `chart-<kind>` at `x`, `y`, holding `text`.
    mutating func addText(_ text: String, kind: String, x: Int, y: Int, anchor: String?) {
        add("<text class=\"chart-")
        add(kind)
        add("\"")
        attribute("x", x)
        attribute("y", y)
        if let anchor {
            add(" text-anchor=\"")
            add(anchor)
            add("\"")
        }
        add(">")
        addEscaped(text)
        add("</text>")
    }

    /// Adds a `<rect>` of the class `chart-bar series-<name>`, `length` high from `y`.
    mutating func addSeries(_ name: String, x: Int, y: String, width: Int, _ length: Double) {
        add("<rect class=\"chart-bar series-")
        add(name)
        add("\"")
        attribute("x", x)
        add(" y=\"")
        add(y)
        add("\"")
        attribute("width", width)
        add(" height=\"")
        add(Formatting.number(length))
        add("\"/>")
    }

    /// Adds `bar`'s `<rect>`, coloured by its tone.
    mutating func addRect(_ bar: Chart.Bar, x: Int, y: Int, width: String, height: String) {
        add("<rect class=\"chart-bar")
        if let tone = bar.tone {
            add(" tone-")
            addEscaped(tone)
        }
        add("\"")
        attribute("x", x)
        attribute("y", y)
        add(" width=\"")
        add(width)
        add("\" height=\"")
        add(height)
        add("\" rx=\"2\"/>")
    }
}
