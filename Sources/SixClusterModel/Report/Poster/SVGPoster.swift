/// The board as a poster (SVG, A0 landscape in millimetres, scaling to any paper): the six clusters in the model's
/// places as coloured areas, each field with its number, name, marks and its Ist and Soll cards as sticky notes –
/// Ist notes plain and solid, Soll notes with an arrow and a dashed edge, so that colour is never the only sign – and
/// the workshop's title, firm, date and completeness on top. A field whose notes do not fit says "+N more".
public struct SVGPoster: Sendable {
    /// The template that names and places clusters and fields.
    public var template: ModelTemplate
    /// The language of the poster's own words.
    public var language: Language

    /// The page: A0 landscape, in millimetres.
    static let width = 1189.0, height = 841.0
    /// The smallest text: 6 pt once the poster is printed on A4 landscape (the HTML report's poster page), which
    /// scales it to about 0.23 (6 pt = 2.12 mm, / 0.23 ≈ 9.2; a little more, to be sure).
    static let smallest = 9.6
    /// Fonts tried in turn, so that umlauts, CJK and emoji show where the viewer has them.
    static let fonts = "'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Noto Color Emoji', Arial, sans-serif"
    /// Cluster colours: a pale area and a strong edge each.
    private static let colours: [(area: String, edge: String)] = [
        ("#e3f0fb", "#2a6fb0"), ("#f6e6f3", "#9b3f8c"), ("#e8f5e4", "#3d8a34"),
        ("#fdf0dc", "#c07a12"), ("#ece8f8", "#5b4aa8"), ("#e2f4f3", "#23807a"),
    ]

    /// Creates a poster maker.
    public init(template: ModelTemplate = .builtIn, language: Language, since: SinceChanges? = nil) {
        self.template = template
        self.language = language
        self.since = since
    }

    /// What happened since an earlier version (`export --since`): a line under the title.
    public var since: SinceChanges?

    /// A rectangle on the page.
    private struct Area {
        var x, y, width, height: Double
    }

    /// The poster's SVG text.
    public func render(_ workshop: Workshop) -> String {
        var svg = SVGWriter(width: Self.width, height: Self.height)
        svg.rect(x: 0, y: 0, width: Self.width, height: Self.height, fill: "#ffffff")
        header(workshop, into: &svg)
        let body = Area(x: 20, y: 95, width: Self.width - 40, height: Self.height - 115)
        for (index, cluster) in template.clusters.enumerated() {
            let area = place(cluster.place, in: body)
            let colour = Self.colours[index % Self.colours.count]
            svg.rect(x: area.x, y: area.y, width: area.width, height: area.height, fill: colour.area, stroke: colour.edge,
                     strokeWidth: 1.2, radius: 4)
            svg.line(cluster.name[language].uppercased(), x: area.x + 8, y: area.y + 17, size: 14, bold: true, color: colour.edge)
            let fields = fieldAreas(count: cluster.topics.count, place: cluster.place,
                                    in: Area(x: area.x + 6, y: area.y + 24, width: area.width - 12, height: area.height - 30))
            for (topic, fieldArea) in zip(cluster.topics, fields) {
                field(workshop[topic: topic], in: fieldArea, edge: colour.edge, into: &svg)
            }
        }
        let title = workshop.metadata.title.isEmpty ? language.pick(de: "Sechs-Cluster-Workshop", en: "Six-Cluster workshop")
            : workshop.metadata.title
        return svg.finish(title: title, fontFamily: Self.fonts)
    }

    private func header(_ workshop: Workshop, into svg: inout SVGWriter) {
        let meta = workshop.metadata
        let title = meta.title.isEmpty ? language.pick(de: "Sechs-Cluster-Workshop", en: "Six-Cluster workshop") : meta.title
        svg.line(title, x: 20, y: 42, size: 26, bold: true)
        let details = [meta.organisation, meta.product, meta.date].filter { !$0.isEmpty }.joined(separator: "  ·  ")
        svg.line(details, x: 20, y: 68, size: 13, color: "#444")
        if let since { svg.line(since.legend(language: language), x: 20, y: 88, size: Self.smallest + 1.4, bold: true, color: "#1d4f7a") }
        let completeness = workshop.completeness
        let flagged = completeness.emptyTopics.count
        let summary = "Ist \(completeness.istCount)/20  ·  Soll \(completeness.sollCount)/20"
            + (flagged == 0 ? "" : "  ·  " + language.pick(de: "\(flagged) leer", en: "\(flagged) empty"))
            + (completeness.conflictCount == 0 ? "" : "  ·  " + language.pick(de: "\(completeness.conflictCount) Konflikt(e)",
                                                                              en: "\(completeness.conflictCount) conflict(s)"))
        svg.line(summary, x: Self.width - 20, y: 42, size: 16, bold: true, anchor: "end")
        svg.line(language.pick(de: "3/2: Ist-/Soll-Karten   Ist: Ausgangssituation   → Soll: Zielsituation (gestrichelt)",
                               en: "3/2: Ist/Soll cards   Ist: current situation   → Soll: target situation (dashed)"),
                 x: Self.width - 20, y: 68, size: 11, color: "#444", anchor: "end")
    }

    /// Where a cluster stands: Kunde and Differenzierung on the left, Produkt in the middle, Daten and Mitarbeiter
    /// on the right, Value Chain along the bottom.
    private func place(_ place: BoardPlace, in body: Area) -> Area {
        let gap = 10.0
        let bottomHeight = (body.height - gap) * 0.26
        let topHeight = body.height - gap - bottomHeight
        let side = (body.width - 2 * gap) * 0.28
        let middle = body.width - 2 * gap - 2 * side
        let rightX = body.x + side + gap + middle + gap
        switch place {
        case .leftTop: return Area(x: body.x, y: body.y, width: side, height: (topHeight - gap) * 0.76)
        case .leftBottom:
            let upper = (topHeight - gap) * 0.76
            return Area(x: body.x, y: body.y + upper + gap, width: side, height: topHeight - gap - upper)
        case .middle: return Area(x: body.x + side + gap, y: body.y, width: middle, height: topHeight)
        case .rightTop: return Area(x: rightX, y: body.y, width: side, height: (topHeight - gap) * 0.6)
        case .rightBottom:
            let upper = (topHeight - gap) * 0.6
            return Area(x: rightX, y: body.y + upper + gap, width: side, height: topHeight - gap - upper)
        case .bottom: return Area(x: body.x, y: body.y + topHeight + gap, width: body.width, height: bottomHeight)
        }
    }

    /// The fields of a cluster: side by side along the bottom, two columns in the middle, stacked at the sides.
    private func fieldAreas(count: Int, place: BoardPlace, in area: Area) -> [Area] {
        let gap = 5.0
        let columns = place == .bottom ? count : place == .middle ? 2 : 1
        let rows = Int((Double(count) / Double(columns)).rounded(.up))
        let width = (area.width - gap * Double(columns - 1)) / Double(columns)
        let height = (area.height - gap * Double(rows - 1)) / Double(rows)
        return (0..<count).map { index in
            Area(x: area.x + Double(index % columns) * (width + gap), y: area.y + Double(index / columns) * (height + gap),
                 width: width, height: height)
        }
    }

    private func field(_ field: Field, in area: Area, edge: String, into svg: inout SVGWriter) {
        svg.rect(x: area.x, y: area.y, width: area.width, height: area.height, fill: "#ffffff", stroke: edge, strokeWidth: 0.6, radius: 2)
        let small = Self.smallest, nameSize = Self.smallest + 1.5
        let counts = "\(field.count(.ist))/\(field.count(.soll))"
        // The name is cut where it would run into the counts (bold letters are about 0.62 of the size wide).
        let room = Int((area.width - 12 - Double(counts.count) * small * 0.55) / (nameSize * 0.62))
        let name = DisplayWidth.fit("\(field.topic)  " + template.topic(field.topic).name[language], width: max(4, room))
        svg.line(name.trimmingSpaces, x: area.x + 4, y: area.y + 13, size: nameSize, bold: true)
        svg.line(counts, x: area.x + area.width - 4, y: area.y + 13, size: small, color: "#555", anchor: "end")
        if field.status.isFlagged || field.conflictCount > 0 {
            let mark = field.conflictCount > 0 ? "≠ " + language.pick(de: "KONFLIKT", en: "CONFLICT")
                : (field.status == .empty ? "! " : "~ ") + field.status.label(in: language).uppercased()
            svg.line(mark, x: area.x + 4, y: area.y + 25, size: small, bold: true,
                     color: field.status == .empty || field.conflictCount > 0 ? "#b00020" : "#a15c00")
        }
        let top = area.y + (field.status.isFlagged || field.conflictCount > 0 ? 29 : 17)
        let half = (area.width - 12) / 2
        notes(field.ist, soll: false, in: Area(x: area.x + 4, y: top, width: half, height: area.y + area.height - top - 3), into: &svg)
        notes(field.soll, soll: true, in: Area(x: area.x + 8 + half, y: top, width: half, height: area.y + area.height - top - 3), into: &svg)
    }

    /// A column of sticky notes; what does not fit is counted in a last line.
    private func notes(_ cards: [Card], soll: Bool, in area: Area, into svg: inout SVGWriter) {
        let size = Self.smallest, leading = Self.smallest * 1.2, moreLine = Self.smallest * 1.25
        let cards = cards.filter { !$0.isBlank }
        let columns = max(4, Int((area.width - 5) / (size * 0.6)))
        var y = area.y
        for (index, card) in cards.enumerated() {
            var lines = TextWrap.lines((soll ? "→ " : "") + card.text, width: columns)
            if lines.count > 3 { lines = Array(lines.prefix(3)); lines[2] = DisplayWidth.fit(lines[2] + " …", width: columns) }
            let height = Double(lines.count) * leading + 3
            let remaining = cards.count - index
            let needed = height + (remaining > 1 ? moreLine : 0)
            guard y + needed <= area.y + area.height else {
                svg.line(language.pick(de: "+\(remaining) weitere", en: "+\(remaining) more"), x: area.x + 2, y: y + size,
                         size: size, bold: true, color: "#333")
                return
            }
            svg.rect(x: area.x, y: y, width: area.width, height: height, fill: soll ? "#d9f2dd" : "#fff4b3",
                     stroke: soll ? "#2f7d3a" : "#b08a00", strokeWidth: 0.4, dashed: soll, radius: 1)
            for (offset, line) in lines.enumerated() {
                svg.line(line, x: area.x + 2, y: y + 2 + Double(offset + 1) * leading - 1.5, size: size)
            }
            y += height + 2
        }
    }
}
