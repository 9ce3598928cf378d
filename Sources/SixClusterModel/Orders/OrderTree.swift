/// The configuration model as a picture (SVG, millimetres): the path's attributes as levels from left to right, at
/// each level the options chosen by the orders that went the most chosen way so far, each a box with its share; the
/// most chosen path in a strong colour and a thick line, the rest pale – so the path reads without colour too
/// (bold text, thick edge). Sized to print on A4 landscape and to be read on a projector.
public struct OrderTree {
    let report: OrderReport

    /// Boxes shown per level; the rest are summed up in one box ("+3 more").
    static let shownOptions = 7
    static let columnWidth = 42.0, boxWidth = 35.0, boxHeight = 15.0, gap = 4.0, margin = 10.0, top = 34.0
    static let strong = "#1d4f7a", pale = "#eef3f8", line = "#9aa9b8"

    /// A tree of a report's analysis.
    public init(_ report: OrderReport) {
        self.report = report
    }

    public func svg() -> String {
        let analysis = report.analysis
        let language = report.language
        let numbers = OrderNumbers(language: language)
        let levels = analysis.path
        let rows = min(Self.shownOptions + 1, levels.map(\.options.count).max() ?? 1)
        let width = max(297, Self.margin * 2 + Double(levels.count) * Self.columnWidth)
        let height = max(210, Self.top + Double(rows) * (Self.boxHeight + Self.gap) + 22)
        var svg = SVGWriter(width: width, height: height)
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        let title = language.pick(de: "Konfigurationsmodell aus \(numbers.count(analysis.orderCount)) Bestellungen",
                                  en: "Configuration model from \(numbers.count(analysis.orderCount)) orders")
        svg.line(title, x: Self.margin, y: 14, size: 7, bold: true)
        svg.line(language.pick(de: "Kräftig: der meistgewählte Pfad. Anteil = unter den Bestellungen, die den Pfad bis dahin gingen.",
                               en: "Strong: the most chosen path. Share = among the orders that went the path so far."),
                 x: Self.margin, y: 21, size: 3.6, color: "#444")
        var previous: (x: Double, y: Double)? = nil
        for (level, step) in levels.enumerated() {
            let x = Self.margin + Double(level) * Self.columnWidth
            svg.line(fitted(step.attribute, size: 3.8, bold: true, width: Self.columnWidth - 2), x: x, y: Self.top - 4, size: 3.8, bold: true, color: "#333")
            // A single option more is shown rather than summed up.
            let shown = step.options.count == Self.shownOptions + 1 ? Self.shownOptions + 1 : Self.shownOptions
            var boxes = step.options.prefix(shown).map { (label: report.name($0), share: $0.share, count: $0.count, chosen: $0 == step.chosen) }
            let rest = step.options.dropFirst(shown)
            if !rest.isEmpty {
                let count = rest.reduce(0) { $0 + $1.count }
                boxes.append((language.pick(de: "+\(rest.count) weitere", en: "+\(rest.count) more"),
                              Double(count) / Double(max(1, step.reached)), count, false))
            }
            var chosenAt: (x: Double, y: Double)? = nil
            for (row, box) in boxes.enumerated() {
                let y = Self.top + Double(row) * (Self.boxHeight + Self.gap)
                if let previous {
                    svg.connector(from: previous, to: (x, y + Self.boxHeight / 2), color: box.chosen ? Self.strong : Self.line,
                                  width: box.chosen ? 1.2 : 0.3)
                }
                svg.rect(x: x, y: y, width: Self.boxWidth, height: Self.boxHeight, fill: box.chosen ? Self.strong : Self.pale,
                         stroke: box.chosen ? Self.strong : Self.line, strokeWidth: box.chosen ? 1 : 0.3, radius: 1.5)
                let ink = box.chosen ? "#ffffff" : "#222222"
                let lines = TextWrap.lines(box.label, width: room(size: 3.4, bold: box.chosen))
                for (index, text) in lines.prefix(2).enumerated() {
                    let label = index == 1 && lines.count > 2 ? text + "…" : text
                    svg.line(fitted(label, size: 3.4, bold: box.chosen), x: x + 2, y: y + 4.6 + Double(index) * 3.9, size: 3.4,
                             bold: box.chosen, color: ink)
                }
                svg.line(numbers.percent(box.share) + " · " + numbers.count(box.count), x: x + Self.boxWidth - 2, y: y + Self.boxHeight - 2,
                         size: 3.2, bold: true, color: ink, anchor: "end")
                if box.chosen { chosenAt = (x + Self.boxWidth, y + Self.boxHeight / 2) }
            }
            previous = chosenAt
        }
        svg.line(report.followersLine, x: Self.margin, y: height - 8, size: 3.8, color: "#333")
        return svg.finish(title: title, fontFamily: SVGPoster.fonts)
    }

    /// How many characters fit in a box's width at a font size (about 0.55 em a character, 0.62 in bold).
    private func room(size: Double, bold: Bool, width: Double = boxWidth - 4) -> Int {
        Int(width / (size * (bold ? 0.62 : 0.55)))
    }

    /// A label cut with `…` to what fits in a box.
    private func fitted(_ text: String, size: Double, bold: Bool = false, width: Double = boxWidth - 4) -> String {
        let room = room(size: size, bold: bold, width: width)
        return text.count > room ? String(text.prefix(room - 1)) + "…" : text
    }
}
