import SixClusterModel

/// The board in a small terminal: the twenty fields as a list with counts and flags, scrolled to the focus.
enum CompactBoardView {
    static func draw(_ state: BoardState, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        var rows: [(text: String, topic: Int?, cluster: Int)] = []
        let completeness = state.workshop.completeness
        for (index, cluster) in state.template.clusters.enumerated() {
            rows.append((BoardView.title(of: cluster, completeness: completeness, language: state.language, width: area.width), nil, index))
            rows += cluster.topics.map { ("", $0, index) }
        }
        let focusRow = rows.firstIndex { $0.topic == state.focusTopic } ?? 0
        let first = min(max(0, focusRow - area.height / 2), max(0, rows.count - area.height))
        for (offset, row) in rows.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.y + offset
            if let topic = row.topic {
                grid.target(Rect(x: area.x, y: y, width: area.width, height: 1), .pointField(topic))
                FieldSummary.draw(state.workshop[topic: topic], name: state.template.topic(topic).name[state.language],
                                  x: area.x + 1, y: y, width: area.width - 1, selected: topic == state.focusTopic,
                                  company: CompanyText.marks(state.sharing.others(at: topic)), into: &grid)
            } else {
                grid.put(row.text, x: area.x, y: y, limit: area.width, style: Style(.cluster(UInt8(row.cluster)), bold: true))
            }
        }
    }
}
