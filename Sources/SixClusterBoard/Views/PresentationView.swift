import SixClusterModel

/// One field for a room: a band with the cluster, the field's place in the pass and the timebox; the number and
/// name large; the guiding questions; Ist and Soll in two columns, each ending with its capture line.
enum PresentationView {
    static func draw(_ state: BoardState, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 2, area.width > 10 else { return }
        let topic = state.template.topic(state.focusTopic)
        let clusterIndex = state.template.clusters.firstIndex(of: state.template.cluster(ofTopic: topic.number)) ?? 0
        drawBand(state, clusterIndex: clusterIndex, y: area.y, into: &grid)
        var y = area.y + 1
        let roomy = area.height >= 34 && area.width >= 100
        if area.height >= 16 { y += 1 }
        y = drawTitle(state, topic: topic, clusterIndex: clusterIndex, x: area.x + 2, y: y, width: area.width - 4,
                      digitSize: roomy ? (area.height >= 50 ? 2 : 1) : 0, into: &grid)
        // The questions take at most a third of what is left, so that the cards keep the room.
        var budget = max(0, (area.maxY - y) / 3)
        if area.height >= 16 && budget > 0 { y += 1 }
        for question in topic.questions[state.language] {
            for (i, line) in TextWrap.lines(question, width: area.width - 6).enumerated() where budget > 0 {
                grid.put((i == 0 ? "? " : "  ") + line, x: area.x + 2, y: y, style: Style(.accent))
                y += 1
                budget -= 1
            }
        }
        y += 1
        let cards = Rect(x: area.x + 1, y: y, width: area.width - 2, height: area.maxY - y)
        guard cards.height > 0 else { return }
        let style = FieldView.ColumnStyle(spacing: area.height >= 34 ? 1 : 0, captureLine: true, loud: true)
        let left = (cards.width - 3) / 2
        FieldView.drawColumn(state, .ist, Rect(x: cards.x, y: cards.y, width: left, height: cards.height), style: style, into: &grid)
        grid.fill(Rect(x: cards.x + left + 1, y: cards.y, width: 1, height: cards.height), with: "┃",
                  style: Style(.cluster(UInt8(clusterIndex))))
        FieldView.drawColumn(state, .soll, Rect(x: cards.x + left + 3, y: cards.y, width: cards.width - left - 3, height: cards.height),
                             style: style, into: &grid)
    }

    /// The top band: cluster, field n/20 (or the review's step), the cluster's progress, the timebox.
    private static func drawBand(_ state: BoardState, clusterIndex: Int, y: Int, into grid: inout ScreenGrid) {
        let language = state.language
        let cluster = state.template.clusters[clusterIndex]
        let band = Style(.cluster(UInt8(clusterIndex)), bold: true, reverse: true)
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: band)
        let progress = state.workshop.completeness.progress(of: cluster.topics)
        var left = " " + cluster.name[language].uppercased() + "  ·  "
        if let review = state.review {
            left += language.pick(de: "Abschlussrunde \(review.position + 1)/\(review.topics.count)",
                                  en: "Closing review \(review.position + 1)/\(review.topics.count)")
        } else {
            left += language.pick(de: "Feld \(state.focusTopic) von 20", en: "Field \(state.focusTopic) of 20")
        }
        left += "  ·  Ist \(progress.ist)/\(progress.total)  Soll \(progress.soll)/\(progress.total)"
        if let company = CompanyText.line(state) { left += "  ·  " + company }
        // What new cards get (Ctrl-G, Ctrl-B) stays in sight, so that nobody types under a forgotten name.
        let extras = [state.capture.method?.name(in: language),
                      state.capture.author.map { language.pick(de: "von ", en: "by ") + $0 }].compactMap { $0 }
        let timer = StatusLineView.timerText(state).map { " " + $0 + " " } ?? ""
        let timerWidth = DisplayWidth.of(timer)
        if !extras.isEmpty {
            // In full where it fits, else without its label, else not at all (the editor's label names it too).
            let room = grid.width - timerWidth - 1 - DisplayWidth.of(left)
            let full = "  ·  " + language.pick(de: "neue Karten: ", en: "new cards: ") + extras.joined(separator: ", ")
            let short = "  ·  " + extras.joined(separator: ", ")
            left += [full, short].first { DisplayWidth.of($0) <= room } ?? ""
        }
        grid.put(left, x: 0, y: y, limit: max(0, grid.width - timerWidth - 1), style: band)
        if !timer.isEmpty {
            grid.put(timer, x: grid.width - timerWidth, y: y, style: StatusLineView.timerStyle(state) ?? band)
        }
    }

    /// The number and name, large when there is room; returns the row below them.
    private static func drawTitle(_ state: BoardState, topic: Topic, clusterIndex: Int, x: Int, y: Int, width: Int,
                                  digitSize: Int, into grid: inout ScreenGrid) -> Int {
        let field = state.focusedField
        let name = topic.name[state.language].uppercased()
        let flag = field.status.isFlagged ? "  [" + field.status.label(in: state.language).uppercased() + "]" : ""
        let nameStyle = Style(.accent, bold: true)
        guard digitSize > 0 else {
            let written = grid.put("\(topic.number)  " + name, x: x, y: y, limit: width, style: nameStyle)
            grid.put(flag, x: x + written, y: y, limit: max(0, width - written), style: FieldSummary.style(field.status))
            return y + 1
        }
        let digits = BigDigits.rows(topic.number, size: digitSize)
        var digitWidth = 0
        for (offset, row) in digits.enumerated() {
            digitWidth = max(digitWidth, grid.put(row, x: x, y: y + offset, style: Style(.cluster(UInt8(clusterIndex)), bold: true)))
        }
        let nameX = x + digitWidth + 3
        let room = max(0, width - digitWidth - 3)
        let spaced = name.map(String.init).joined(separator: " ")
        let shown = DisplayWidth.of(spaced + flag) <= room ? spaced : name
        let nameY = y + (digits.count - 1) / 2
        let written = grid.put(shown, x: nameX, y: nameY, limit: room, style: nameStyle)
        grid.put(flag, x: nameX + written, y: nameY, limit: max(0, room - written), style: FieldSummary.style(field.status))
        return y + digits.count
    }
}
