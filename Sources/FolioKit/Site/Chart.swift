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
        title + ": " + bars.map { "\($0.label) \($0.valueText)" }.joined(separator: "; ")
    }

    /// The chart as an SVG element.
    var svg: String {
        switch orientation {
        case .horizontal: horizontal()
        case .vertical: vertical()
        }
    }

    private var largest: Double { bars.map(\.value).max().map { $0 > 0 ? $0 : 1 } ?? 1 }

    /// The `<svg>` start tag.
    ///
    /// Every chart is written into one string, a piece at a time: joining the pieces with
    /// `+` made a string for each join, and a client page's charts were 4% of a build.
    private func open(width: Int, height: Int, kind: String, reserving capacity: Int) -> String {
        var svg = ""
        svg.reserveCapacity(capacity)
        svg += "<svg class=\"chart chart-\(kind)\" viewBox=\"0 0 \(width) \(height)\" "
        svg += "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\""
        svg += XMLText.escaped(textAlternative)
        svg += "\" xmlns=\"http://www.w3.org/2000/svg\">"
        return svg
    }

    private func barClass(_ bar: Bar) -> String {
        guard let tone = bar.tone else { return "chart-bar" }
        return "chart-bar tone-\(XMLText.escaped(tone))"
    }

    private func horizontal() -> String {
        let labelWidth = 170
        let barSpace = 330.0
        let row = 28
        let height = max(row, bars.count * row) + 4
        var svg = open(width: 600, height: height, kind: "bars", reserving: 400 + bars.count * 360)
        for (index, bar) in bars.enumerated() {
            let y = index * row + 4
            let length = bar.value <= 0 ? 0 : max(1, (bar.value / largest * barSpace).rounded())
            svg += "<text class=\"chart-label\" x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" "
            svg +=
                "text-anchor=\"end\">\(XMLText.escaped(Self.shortened(bar.label, to: 24)))</text>"
            svg += "<rect class=\"\(barClass(bar))\" x=\"\(labelWidth)\" y=\"\(y)\" "
            svg += "width=\"\(Formatting.number(length))\" height=\"20\" rx=\"2\"/>"
            svg += "<text class=\"chart-value\" x=\"\(labelWidth + Int(length) + 6)\" "
            svg += "y=\"\(y + 15)\">\(XMLText.escaped(bar.valueText))</text>"
        }
        svg += "</svg>"
        return svg
    }

    private func vertical() -> String {
        let width = 600
        let top = 20
        let plot = 120.0
        let step = bars.isEmpty ? width : width / bars.count
        let barWidth = max(4, step - 10)
        let axis = top + Int(plot)
        var svg = open(
            width: width, height: axis + 24, kind: "columns", reserving: 500 + bars.count * 360)
        svg += "<line class=\"chart-axis\" x1=\"0\" y1=\"\(axis)\" x2=\"\(width)\" y2=\"\(axis)\"/>"
        for (index, bar) in bars.enumerated() {
            let x = index * step + (step - barWidth) / 2
            let length = bar.value <= 0 ? 0 : max(1, (bar.value / largest * plot).rounded())
            let y = top + Int(plot - length)
            let middle = x + barWidth / 2
            svg += "<rect class=\"\(barClass(bar))\" x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" "
            svg += "height=\"\(Formatting.number(length))\" rx=\"2\"/>"
            svg += "<text class=\"chart-value\" x=\"\(middle)\" y=\"\(y - 5)\" "
            svg += "text-anchor=\"middle\">\(XMLText.escaped(bar.valueText))</text>"
            svg += "<text class=\"chart-label\" x=\"\(middle)\" y=\"\(axis + 16)\" "
            svg += "text-anchor=\"middle\">\(XMLText.escaped(bar.label))</text>"
        }
        svg += "</svg>"
        return svg
    }

    /// `text` cut to `limit` characters with an ellipsis; the full text stays in the label.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

}
