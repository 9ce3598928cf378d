import SixClusterModel

/// The bottom row: file, saved or modified, completeness of the board and of the focused field's cluster, the
/// last message, the timebox and the help key.
enum StatusLineView {
    /// The timebox as `⏱ 04:12 Feld 3` (`⏸` paused, `ZEIT UM +00:12` once run out), or nil without one.
    static func timerText(_ state: BoardState) -> String? {
        guard let box = state.timebox else { return nil }
        let left = box.remaining(at: state.clock)
        let scope = state.scopeName(box.scope, in: state.language)
        if box.isOver(at: state.clock) {
            return state.language.pick(de: "⏰ ZEIT UM ", en: "⏰ TIME UP ") + Timebox.clockText(left) + " " + scope
        }
        return (box.isRunning ? "⏱ " : "⏸ ") + Timebox.clockText(left) + " " + scope
    }

    /// The timebox's look: loud once the time is up, so that the room sees it.
    static func timerStyle(_ state: BoardState) -> Style? {
        guard let box = state.timebox, box.isOver(at: state.clock) else { return nil }
        return Style(.empty, bold: true, reverse: true)
    }

    static func draw(_ state: BoardState, y: Int, into grid: inout ScreenGrid) {
        guard y >= 0 else { return }
        let language = state.language
        let style = Style(.status, reverse: true)
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: style)
        let completeness = state.workshop.completeness
        let name = state.filePath.split(separator: "/").last.map(String.init) ?? state.filePath
        let saved = state.follows ? language.pick(de: "folgt der Datei", en: "following the file")
            : state.isReadOnly ? language.pick(de: "nur lesen", en: "read-only")
            : state.writeProtection != nil ? language.pick(de: "schreibgeschützt", en: "write-protected") + (state.isModified ? " ●" : "")
            : !state.fileExists
            ? language.pick(de: "● neu", en: "● new")
            : state.isModified ? language.pick(de: "● geändert", en: "● modified") : language.pick(de: "gespeichert", en: "saved")
        let timer = timerText(state).map { " " + $0 + " " } ?? ""
        // In presentation mode `?` is typed into a card: help is on F1 there.
        let helpKey = state.screen == .presentation ? "F1" : "?"
        let help = timer + language.pick(de: " \(helpKey) Hilfe ", en: " \(helpKey) help ")
        let conflicts = completeness.conflictCount
        let counts = "Ist \(completeness.istCount)/20  Soll \(completeness.sollCount)/20  "
            + language.pick(de: "leer", en: "empty") + ": \(completeness.emptyTopics.count)"
            + (conflicts > 0 ? "  " + language.pick(de: "Konflikte", en: "conflicts") + ": \(conflicts)" : "")
        let cluster = state.template.cluster(ofTopic: state.focusTopic)
        let progress = completeness.progress(of: cluster.topics)
        let clusterCounts = "\(cluster.name[language]) \(progress.ist)/\(progress.total)·\(progress.soll)/\(progress.total)"
        // Narrow terminals (or a message that needs the room) drop the cluster's progress first, then get the
        // same facts in fewer columns, then lose the file name.
        let mark = state.isModified ? "●" : "✓"
        let short = "\(mark) Ist \(completeness.istCount) Soll \(completeness.sollCount) !\(completeness.emptyTopics.count) "
            + (conflicts > 0 ? "\(FieldSummary.conflictMark)\(conflicts) " : "")
        let phones = CompanyText.room(state)
        let company = [CompanyText.line(state), phones].compactMap { $0 }.map { $0 + "  " }.joined()
        let few = [CompanyText.short(state), phones].compactMap { $0 }.map { $0 + " " }.joined()
        // Readable forms first (the file name goes, then whether it is saved); the coded form only where nothing
        // else fits – never to make room for a message, which then gets a row of its own.
        let readable = [" \(name)  \(saved)  \(company)\(counts)  \(clusterCounts)  ", " \(name)  \(saved)  \(company)\(counts)  ",
                        " \(saved)  \(company)\(counts)  ", " \(counts)  "]
        let candidates = readable + [" \(name) \(few)" + short, " \(few)" + short]
        let shortest = candidates[candidates.count - 1]
        // A failure, or a message too long for the status line (a whole path), gets rows of its own; so does a
        // message that would squeeze the facts into their coded form. The mode's hint always fits, cut if need be.
        let isError = state.message?.isError ?? false
        let room = grid.width - DisplayWidth.of(help)
        // The mode's hint, long or short, whichever fits beside the shortest facts.
        let hint = state.modeHints.first { DisplayWidth.of(shortest) + DisplayWidth.of($0) + 3 <= room } ?? state.modeHints.last
        let text = state.message?.text ?? hint
        let messageWidth = text.map { DisplayWidth.of($0) + 3 } ?? 0
        var editing = false
        if case .prompt = state.overlay { editing = true }
        let inline = text != nil && !isError
            && (state.message == nil || editing || DisplayWidth.of(readable[readable.count - 1]) + messageWidth <= room)
        let wanted = inline ? messageWidth : 0
        let choices = state.message == nil || !inline ? candidates : readable
        var left = choices.first { DisplayWidth.of($0) + wanted <= room } ?? choices[choices.count - 1]
        if let text {
            if !inline {
                // A failure, or a message too long for the status line (a whole path), gets whole rows above it
                // (up to three, wrapped), so that nothing of it is cut off; a failure in its loud style.
                // While a line editor has the row above, they go above the editor's row, never under it.
                let bottom = editing ? y - 1 : y
                let rowStyle = isError ? Style(.empty, bold: true, reverse: true) : style
                let lines = TextWrap.lines(text, width: max(1, grid.width - 2)).prefix(max(1, min(3, bottom)))
                let top = bottom - lines.count
                grid.fill(Rect(x: 0, y: top, width: grid.width, height: lines.count), style: rowStyle)
                for (offset, line) in lines.enumerated() {
                    grid.put(" " + line, x: 0, y: top + offset, style: rowStyle)
                }
            } else {
                left += "│ " + text
            }
        }
        let helpWidth = DisplayWidth.of(help)
        grid.put(left, x: 0, y: y, limit: max(0, grid.width - helpWidth - 1), style: style)
        let helpX = max(0, grid.width - helpWidth)
        grid.put(help, x: helpX, y: y, style: style)
        if let loud = timerStyle(state) { grid.put(timer, x: helpX, y: y, style: loud) }
    }

    /// The top row: the workshop's title and the legend of the marks; during the closing review, where the
    /// review stands and how to go on.
    static func drawTitle(_ state: BoardState, into grid: inout ScreenGrid) {
        let language = state.language
        if let review = state.review {
            let style = Style(.accent, bold: true, reverse: true)
            let field = state.workshop[topic: review.topic]
            let label = field.conflictCount > 0 ? language.pick(de: "Konflikt", en: "conflict") : field.status.label(in: language)
            grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: style)
            grid.put(language.pick(de: " Abschlussrunde \(review.position + 1)/\(review.topics.count) · Feld \(review.topic): ",
                                   en: " Closing review \(review.position + 1)/\(review.topics.count) · field \(review.topic): ")
                     + label
                     + language.pick(de: " · Tab weiter · Esc beenden", en: " · Tab goes on · Esc ends"), x: 0, y: 0, style: style)
            return
        }
        let title = state.workshop.metadata.title.isEmpty ? language.pick(de: "Sechs-Cluster-Workshop", en: "Six-Cluster workshop")
            : state.workshop.metadata.title
        let legend = (state.workshop.completeness.conflictCount > 0
            ? language.pick(de: "\(FieldSummary.conflictMark) Konflikt  ", en: "\(FieldSummary.conflictMark) conflict  ") : "")
            + language.pick(de: "! leer  ~ kein Ziel  Ist/Soll ", en: "! empty  ~ no target  Ist/Soll ")
        let legendWidth = DisplayWidth.of(legend)
        grid.put(" " + title, x: 0, y: 0, limit: max(0, grid.width - legendWidth - 1), style: Style(.accent, bold: true))
        if grid.width > legendWidth + 10 { grid.put(legend, x: grid.width - legendWidth, y: 0, style: Style(.dim)) }
    }
}
