import SixClusterModel

/// One field: its cluster, number and name, explanation and guiding questions, then the Ist and Soll cards
/// side by side (stacked in a narrow terminal), long cards wrapped, the focused card kept in view.
enum FieldView {
    /// Below this width the two columns are stacked.
    static let sideBySideWidth = 70

    static func draw(_ state: BoardState, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        let language = state.language
        let topic = state.template.topic(state.focusTopic)
        let cluster = state.template.cluster(ofTopic: state.focusTopic)
        let clusterIndex = state.template.clusters.firstIndex(of: cluster) ?? 0
        let field = state.focusedField
        var y = area.y
        let flag = field.status.isFlagged ? "  [" + field.status.label(in: language).uppercased() + "]" : ""
        grid.put(cluster.name[language] + " › ", x: area.x, y: y, style: Style(.cluster(clusterIndex), bold: true))
        let used = DisplayWidth.of(cluster.name[language] + " › ")
        let written = grid.put("\(topic.number) \(topic.name[language])", x: area.x + used, y: y, style: Style(.accent, bold: true))
        grid.put(flag, x: area.x + used + written, y: y, style: FieldSummary.style(field.status))
        y += 1
        // The explanation and questions take at most half of what is left, so that cards keep room.
        var budget = max(0, (area.maxY - y - 4) / 2)
        for line in TextWrap.lines(topic.explanation[language], width: area.width) where budget > 0 {
            grid.put(line, x: area.x, y: y, style: Style(.dim))
            y += 1
            budget -= 1
        }
        for question in topic.questions[language] {
            for (i, line) in TextWrap.lines(question, width: area.width - 2).enumerated() where budget > 0 {
                grid.put((i == 0 ? "? " : "  ") + line, x: area.x, y: y, style: Style(.accent))
                y += 1
                budget -= 1
            }
        }
        if y > area.y + 1 && y < area.maxY { y += 1 }
        let cards = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        if area.width >= sideBySideWidth {
            let left = (area.width - 1) / 2
            drawColumn(state, .ist, Rect(x: cards.x, y: cards.y, width: left, height: cards.height), into: &grid)
            for row in cards.y..<cards.maxY { grid.put("│", x: cards.x + left, y: row, style: Style(.dim)) }
            drawColumn(state, .soll, Rect(x: cards.x + left + 2, y: cards.y, width: cards.width - left - 2, height: cards.height),
                       into: &grid)
        } else {
            drawStacked(state, cards, into: &grid)
        }
    }

    /// One rendered row of a column: its text, and whether it belongs to the focused card.
    private struct Row {
        var text: String
        var style: Style
        var focused: Bool
    }

    private static func header(_ state: BoardState, _ column: Situation) -> Row {
        let language = state.language
        let title = column == .ist
            ? language.pick(de: "Ist · Ausgangssituation", en: "Ist · current situation")
            : language.pick(de: "Soll · Zielsituation", en: "Soll · target situation")
        let focused = state.column == column
        return Row(text: (focused ? "▸ " : "  ") + title + " (\(state.focusedField.count(column)))",
                   style: Style(.accent, bold: true, reverse: focused), focused: false)
    }

    private static func rows(_ state: BoardState, _ column: Situation, width: Int) -> [Row] {
        let cards = state.focusedField[column]
        guard !cards.isEmpty else {
            return [Row(text: "  " + state.language.pick(de: "(keine Karte – a fügt eine hinzu)", en: "(no card – a adds one)"),
                        style: Style(.dim), focused: false)]
        }
        var rows: [Row] = []
        for (index, card) in cards.enumerated() {
            let focused = state.column == column && state.cardIndex == index
            let lines = TextWrap.lines(card.text, width: max(1, width - 2))
            for (i, line) in lines.enumerated() {
                rows.append(Row(text: (i == 0 ? "• " : "  ") + line, style: .plain, focused: focused))
            }
            let extras = [card.author, card.method?.name(in: state.language)].compactMap { $0 }
            if !extras.isEmpty {
                rows.append(Row(text: "  — " + extras.joined(separator: ", "), style: Style(.dim), focused: focused))
            }
        }
        return rows
    }

    private static func drawColumn(_ state: BoardState, _ column: Situation, _ area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        put(header(state, column), x: area.x, y: area.y, width: area.width, into: &grid)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        draw(rows(state, column, width: area.width), in: body, into: &grid)
    }

    private static func drawStacked(_ state: BoardState, _ area: Rect, into grid: inout ScreenGrid) {
        let all = [header(state, .ist)] + rows(state, .ist, width: area.width)
            + [header(state, .soll)] + rows(state, .soll, width: area.width)
        draw(all, in: area, into: &grid)
    }

    /// Draws rows scrolled so that the focused card is in view.
    private static func draw(_ rows: [Row], in area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        var first = 0
        if let start = rows.firstIndex(where: \.focused), let end = rows.lastIndex(where: \.focused) {
            if end >= area.height { first = min(start, end - area.height + 1) }
        }
        for (offset, row) in rows.dropFirst(first).prefix(area.height).enumerated() {
            put(row, x: area.x, y: area.y + offset, width: area.width, into: &grid)
        }
        if first > 0 { grid.put("↑", x: area.maxX - 1, y: area.y, style: Style(.dim)) }
        if rows.count - first > area.height { grid.put("↓", x: area.maxX - 1, y: area.maxY - 1, style: Style(.dim)) }
    }

    private static func put(_ row: Row, x: Int, y: Int, width: Int, into grid: inout ScreenGrid) {
        let text = row.focused ? DisplayWidth.fit(row.text, width: width) : row.text
        grid.put(text, x: x, y: y, limit: width, style: row.style.selected(row.focused))
    }
}
