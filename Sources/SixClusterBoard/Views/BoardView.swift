import SixClusterModel

/// The full board: six cluster boxes in the model's places, each field with its summary and card previews.
enum BoardView {
    static func draw(_ state: BoardState, layout: BoardLayout, into grid: inout ScreenGrid) {
        let completeness = state.workshop.completeness
        for (index, cluster) in state.template.clusters.enumerated() {
            let color = ColorRole.cluster(UInt8(index))
            let box = layout.clusterBoxes[index]
            Box.draw(box, title: title(of: cluster, completeness: completeness, language: state.language, width: box.width - 6),
                     style: Style(color), into: &grid)
            for (position, topic) in cluster.topics.enumerated() {
                var area = layout.fieldAreas[topic - 1]
                // Fields standing side by side (Value Chain) get a separator on their left.
                if cluster.place == .bottom && position > 0 {
                    grid.fill(Rect(x: area.x, y: area.y, width: 1, height: area.height), with: "│", style: Style(color))
                    area = Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: area.height)
                }
                drawField(state, topic: topic, area: area, into: &grid)
            }
        }
    }

    /// A cluster's name with its progress, in one style at every width and as the status line has it: `Kunde 4/4·3/4`
    /// (fields with Ist cards · fields with Soll cards); a name too long for the width ends in `…`.
    static func title(of cluster: Cluster, completeness: Completeness, language: Language, width: Int) -> String {
        let name = cluster.name[language]
        let progress = completeness.progress(of: cluster.topics)
        let counts = " \(progress.ist)/\(progress.total)·\(progress.soll)/\(progress.total)"
        let room = max(1, width - DisplayWidth.of(counts))
        return (DisplayWidth.of(name) <= room ? name : DisplayWidth.fit(name, width: room)) + counts
    }

    private static func drawField(_ state: BoardState, topic: Int, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0, area.width > 4 else { return }
        grid.target(area, .pointField(topic))
        let field = state.workshop[topic: topic]
        let inner = area
        let selected = topic == state.focusTopic
        FieldSummary.draw(field, name: state.template.topic(topic).name[state.language], x: inner.x, y: inner.y,
                          width: inner.width, selected: selected, company: CompanyText.marks(state.sharing.others(at: topic)),
                          into: &grid)
        var y = inner.y + 1
        if field.status == .empty && y < inner.maxY {
            grid.put("   " + state.language.pick(de: "(leer)", en: "(empty)"), x: inner.x, y: y, limit: inner.width, style: Style(.empty))
            y += 1
        }
        let columns = max(0, inner.width - 5)
        // A field whose cards do not all fit says how many it hides (`+2`) at the end of its last row.
        let total = field.count(.ist) + field.count(.soll)
        let rows = max(0, inner.maxY - y)
        let hidden = max(0, total - rows)
        let marker = hidden > 0 ? " +\(hidden)" : ""
        var drawn = 0
        for (prefix, cards) in [("- ", field.ist), ("> ", field.soll)] {
            for card in cards where !card.isBlank {
                guard drawn < rows else { break }
                drawn += 1
                let style = prefix == "- " ? Style.plain : Style(.dim)
                let last = drawn == rows && hidden > 0
                let width = last ? max(0, columns - DisplayWidth.of(marker)) : columns
                grid.put("   " + prefix, x: inner.x, y: y, limit: inner.width, style: style)
                grid.putLine(card.text, x: inner.x + 5, y: y, width: width, style: style)
                if last { grid.put(marker, x: inner.x + 5 + width, y: y, style: Style(.accent, bold: true)) }
                y += 1
            }
        }
    }
}
