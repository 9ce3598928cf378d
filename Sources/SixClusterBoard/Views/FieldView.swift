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
        let clusterIndex = UInt8(state.template.clusters.firstIndex(of: cluster) ?? 0)
        let field = state.focusedField
        var y = area.y
        let flag = field.status.isFlagged ? "  [" + field.status.label(in: language).uppercased() + "]" : ""
        grid.put(cluster.name[language] + " › ", x: area.x, y: y, style: Style(.cluster(clusterIndex), bold: true))
        let used = DisplayWidth.of(cluster.name[language] + " › ")
        let written = grid.put("\(topic.number) \(topic.name[language])", x: area.x + used, y: y, style: Style(.accent, bold: true))
        let flagWidth = grid.put(flag, x: area.x + used + written, y: y, style: FieldSummary.style(field.status))
        // Who else has this field open.
        let here = state.sharing.others(at: state.focusTopic)
        if !here.isEmpty {
            let names = "  " + language.pick(de: "auch hier: ", en: "also here: ") + here.map(\.name).joined(separator: ", ")
            let x = area.x + used + written + flagWidth
            grid.put(names, x: x, y: y, limit: max(0, area.maxX - x), style: Style(.accent))
        }
        y += 1
        // The explanation and questions take at most half of what is left, so that cards keep room. The questions
        // come first, whole (a question is never cut mid-sentence); the explanation gets what they leave.
        let budget = max(0, (area.maxY - y - 4) / 2)
        let questions = questionRows(topic.questions[language], width: area.width, budget: budget, language: language)
        var explanation = TextWrap.lines(topic.explanation[language], width: area.width)
        let explanationRoom = budget - questions.count
        if explanation.count > explanationRoom {
            explanation = Array(explanation.prefix(max(0, explanationRoom)))
            if let last = explanation.indices.last { explanation[last] = DisplayWidth.fit(explanation[last] + " …", width: area.width) }
        }
        for line in explanation {
            grid.put(line, x: area.x, y: y, style: Style(.dim))
            y += 1
        }
        for row in questions {
            grid.put(row, x: area.x, y: y, style: Style(.accent))
            y += 1
        }
        if y > area.y + 1 && y < area.maxY { y += 1 }
        let cards = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        if area.width >= sideBySideWidth {
            let left = (area.width - 1) / 2
            drawColumn(state, .ist, Rect(x: cards.x, y: cards.y, width: left, height: cards.height), into: &grid)
            grid.fill(Rect(x: cards.x + left, y: cards.y, width: 1, height: cards.height), with: "│", style: Style(.dim))
            drawColumn(state, .soll, Rect(x: cards.x + left + 2, y: cards.y, width: cards.width - left - 2, height: cards.height),
                       into: &grid)
        } else {
            drawStacked(state, cards, into: &grid)
        }
    }

    /// The guiding questions as rows, each whole: those that do not fit in `budget` rows are counted in a last row
    /// instead of being cut.
    static func questionRows(_ questions: [String], width: Int, budget: Int, language: Language) -> [String] {
        var rows: [String] = []
        for (index, question) in questions.enumerated() {
            let lines = TextWrap.lines(question, width: max(1, width - 2)).enumerated().map { ($0 == 0 ? "? " : "  ") + $1 }
            let left = questions.count - index
            // Room for the question, and for the count of the rest if any follow.
            if rows.count + lines.count + (left > 1 ? 1 : 0) > budget {
                if budget > rows.count {
                    rows.append(language.pick(de: "? … \(left) weitere Leitfrage" + (left == 1 ? "" : "n") + " (größeres Fenster oder P)",
                                              en: "? … \(left) more guiding question" + (left == 1 ? "" : "s") + " (a larger window, or P)"))
                }
                return rows
            }
            rows += lines
        }
        return rows
    }

    /// One rendered row of a column: its text, and whether it belongs to the focused card.
    private struct Row {
        var text: String
        var style: Style
        var focused: Bool
        /// Where the terminal cursor stands in the row (a card being typed), if it does.
        var cursor: Int?
        /// What a click on the row means (the card it belongs to), if anything.
        var target: Action?
    }

    /// How a column is laid out: the field view packs cards; presentation mode spaces them and ends each column
    /// with its capture line.
    struct ColumnStyle {
        /// Blank rows between cards.
        var spacing = 0
        /// Whether the column ends with the line that quick capture types into.
        var captureLine = false
        /// Whether the column's title is written in capitals and the card texts in bold (for a room).
        var loud = false
    }

    private static func header(_ state: BoardState, _ column: Situation, loud: Bool = false) -> Row {
        let language = state.language
        let title = column == .ist
            ? language.pick(de: "Ist · Ausgangssituation", en: "Ist · current situation")
            : language.pick(de: "Soll · Zielsituation", en: "Soll · target situation")
        let focused = state.column == column
        return Row(text: (focused ? "▸ " : "  ") + (loud ? title.uppercased() : title) + " (\(state.focusedField.count(column)))",
                   style: Style(.accent, bold: true, reverse: focused), focused: false)
    }

    /// A card (or a header) that turns into rows only when it is about to be shown: a field may hold thousands.
    private struct Block {
        var focused: Bool
        var rows: () -> [Row]
    }

    private static func blocks(_ state: BoardState, _ column: Situation, width: Int, style: ColumnStyle = ColumnStyle()) -> [Block] {
        let cards = state.focusedField[column]
        if style.captureLine {
            let spacer = [Row](repeating: Row(text: "", style: .plain, focused: false), count: style.spacing)
            return cardBlocks(state, column, width: width, bold: style.loud).map { block in
                Block(focused: block.focused) { block.rows() + spacer }
            } + [captureBlock(state, column, width: width)]
        }
        guard !cards.isEmpty || state.cardInPlace?.place.column == column else {
            let add = state.keyName(.addCard, in: .field)
            let empty = Row(text: "  " + state.language.pick(de: "(keine Karte – \(add) fügt eine hinzu)", en: "(no card – \(add) adds one)"),
                            style: Style(.dim), focused: false)
            return [Block(focused: false) { [empty] }]
        }
        return cardBlocks(state, column, width: width)
    }

    private static func cardBlocks(_ state: BoardState, _ column: Situation, width: Int, bold: Bool = false) -> [Block] {
        let cards = state.focusedField[column]
        let language = state.language
        // A card being typed stands where it is (or will be), highlighted, with the cursor in it.
        let typing = state.cardInPlace.flatMap { $0.place.topic == state.focusTopic && $0.place.column == column ? $0 : nil }
        var blocks: [Block] = cards.indices.map { index in
            if let typing, !typing.isNew, typing.place.index == index {
                return editingBlock(typing.editor, width: width)
            }
            let focused = typing == nil && state.column == column && state.cardIndex == index
            let target = Action.pointCard(CardLocation(topic: state.focusTopic, column: column, index: index))
            return Block(focused: focused) {
                let card = cards[index]
                var rows = TextWrap.lines(card.text, width: max(1, width - 2)).enumerated().map { i, line in
                    Row(text: (i == 0 ? "• " : "  ") + line, style: Style(bold: bold), focused: focused, target: target)
                }
                // The details wrap (owner and due date first), and the other version of a conflict stands in full.
                let wrapped = { (text: String, mark: String, style: Style) in
                    TextWrap.lines(text, width: max(1, width - 4)).enumerated().map { i, line in
                        Row(text: (i == 0 ? "  \(mark) " : "    ") + line, style: style, focused: focused, target: target)
                    }
                }
                let extras = extrasText(card, language: language)
                if !extras.isEmpty { rows += wrapped(extras.joined(separator: ", "), "—", Style(.dim)) }
                if let other = card.conflict {
                    rows += wrapped(language.pick(de: "andere Fassung: ", en: "other version: ") + other, FieldSummary.conflictMark,
                                    Style(.empty, bold: true))
                }
                return rows
            }
        }
        if let typing, typing.isNew {
            blocks.insert(editingBlock(typing.editor, width: width), at: min(typing.place.index, blocks.count))
        }
        return blocks
    }

    /// A card as it is being typed: wrapped as it will look, marked ✎, the cursor where the editor has it.
    private static func editingBlock(_ editor: LineEditor, width: Int) -> Block {
        Block(focused: true) {
            let wrap = EditorWrap(editor, width: max(1, width - 2))
            return wrap.lines.enumerated().map { i, line in
                Row(text: (i == 0 ? "✎ " : "  ") + line, style: Style(.accent, bold: true), focused: true,
                    cursor: i == wrap.cursorLine ? 2 + wrap.cursorColumn : nil)
            }
        }
    }

    /// The small print under a card: owner, due date and an action's status first (a target's facts, never cut
    /// before the rest), then its dots, priority, author and method.
    static func extrasText(_ card: Card, language: Language) -> [String] {
        let owner = card.owner.map { language.pick(de: "verantwortlich: ", en: "owner: ") + $0 }
        let due = card.due.map { language.pick(de: "bis ", en: "due ") + $0 }
        let status = card.isAction ? card.status.name(in: language) : nil
        var extras = [owner, due, status].compactMap { $0 }
        if card.votes > 0 {
            extras.append(String(repeating: "●", count: min(card.votes, 10)) + (card.votes > 10 ? "…" : "") + " \(card.votes)")
        }
        if let priority = card.priority { extras.append(language.pick(de: "Prio ", en: "prio ") + priority.name(in: language)) }
        return extras + [card.author, card.method?.name(in: language)].compactMap { $0 }
    }

    /// The lines below a column's last card in presentation mode: what quick capture is typing, wrapped as the
    /// card will be, or a hint.
    private static func captureBlock(_ state: BoardState, _ column: Situation, width: Int) -> Block {
        let focused = state.column == column && state.isOnCaptureLine
        guard case .prompt(let prompt) = state.overlay, case .capture(_, let target) = prompt.purpose, target == column else {
            let hint = focused ? state.language.pick(de: "tippen: neue Karte", en: "type: new card") : ""
            return Block(focused: focused) { [Row(text: "› " + hint, style: Style(.accent), focused: focused)] }
        }
        return Block(focused: focused) {
            TextWrap.lines(prompt.editor.text, width: max(1, width - 2)).enumerated().map { i, line in
                Row(text: (i == 0 ? "› " : "  ") + line, style: Style(.accent, bold: true), focused: false)
            }
        }
    }

    static func drawColumn(_ state: BoardState, _ column: Situation, _ area: Rect, style: ColumnStyle = ColumnStyle(),
                           into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        put(header(state, column, loud: style.loud), x: area.x, y: area.y, width: area.width, into: &grid)
        let gap = min(style.spacing, max(0, area.height - 2))
        let body = Rect(x: area.x, y: area.y + 1 + gap, width: area.width, height: area.height - 1 - gap)
        draw(blocks(state, column, width: area.width - 1, style: style), in: body, into: &grid)
    }

    private static func drawStacked(_ state: BoardState, _ area: Rect, into grid: inout ScreenGrid) {
        let headers = Situation.allCases.map { column in
            let row = header(state, column)
            return Block(focused: false) { [row] }
        }
        let width = area.width - 1
        let all = [headers[0]] + blocks(state, .ist, width: width) + [headers[1]] + blocks(state, .soll, width: width)
        draw(all, in: area, into: &grid)
    }

    /// Draws blocks from the top, or, when the focused block would end below the area, scrolled so that it ends
    /// at the bottom (or starts at the top, if it is taller than the area). Only blocks in view are laid out. The
    /// area's last column is kept for the scroll marks, so that a mark never covers a character.
    private static func draw(_ blocks: [Block], in area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        var rows: [Row] = []
        var next = 0
        var focusEnd = 0
        let focus = blocks.firstIndex(where: \.focused)
        while next < blocks.count && rows.count < area.height {
            rows += blocks[next].rows()
            if next == focus { focusEnd = rows.count }
            next += 1
        }
        // Scroll when the focused block starts below the area or ends below it.
        let scrolled = focus.map { $0 >= next || focusEnd > area.height } ?? false
        if scrolled, let focus {
            // Lay out backwards from the focused block.
            let focusRows = blocks[focus].rows()
            rows = focusRows
            var previous = focus - 1
            while rows.count < area.height && previous >= 0 {
                rows = blocks[previous].rows() + rows
                previous -= 1
            }
            rows = focusRows.count >= area.height ? Array(focusRows.prefix(area.height)) : Array(rows.suffix(area.height))
            next = focus + 1
        }
        for (offset, row) in rows.prefix(area.height).enumerated() {
            put(row, x: area.x, y: area.y + offset, width: area.width - 1, into: &grid)
        }
        if scrolled { grid.put("↑", x: area.maxX - 1, y: area.y, style: Style(.dim)) }
        if rows.count > area.height || next < blocks.count {
            grid.put("↓", x: area.maxX - 1, y: area.maxY - 1, style: Style(.dim))
        }
    }

    private static func put(_ row: Row, x: Int, y: Int, width: Int, into grid: inout ScreenGrid) {
        let text = row.focused ? DisplayWidth.fit(row.text, width: width) : row.text
        grid.put(text, x: x, y: y, limit: width, style: row.style.selected(row.focused))
        if let target = row.target { grid.target(Rect(x: x, y: y, width: width, height: 1), target) }
        if let cursor = row.cursor { grid.cursor = ScreenGrid.Point(x: x + min(cursor, max(0, width - 1)), y: y) }
    }
}
