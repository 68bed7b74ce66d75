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
    /// appending each piece to a `String` cost more than the pieces did, and a client page's
    /// activity chart was 3.5% of a build.
    private func open(width: Int, height: Int, kind: String, reserving capacity: Int)
        -> SVGText
    {
        var svg = SVGText(capacity: capacity)
        svg.add("<svg class=\"chart chart-")
        svg.add(kind)
        svg.add("\" viewBox=\"0 0 ")
        svg.add(width)
        svg.add(" ")
        svg.add(height)
        svg.add("\"")
        svg.attribute("width", width)
        svg.attribute("height", height)
        svg.add(" role=\"img\" aria-label=\"")
        addTextAlternative(to: &svg, escaping: true)
        svg.add("\" xmlns=\"http://www.w3.org/2000/svg\">")
        return svg
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

/// A chart's markup as UTF-8 bytes.
private struct SVGText {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

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
