import SixClusterModel

/// The bottom row: file, saved or modified, completeness, the help key, and the last message.
enum StatusLineView {
    static func draw(_ state: BoardState, y: Int, into grid: inout ScreenGrid) {
        guard y >= 0 else { return }
        let language = state.language
        let style = Style(.status, reverse: true)
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: style)
        let completeness = state.workshop.completeness
        let name = state.filePath.split(separator: "/").last.map(String.init) ?? state.filePath
        let saved = state.isReadOnly ? language.pick(de: "nur lesen", en: "read-only")
            : !state.fileExists
            ? language.pick(de: "● neu", en: "● new")
            : state.isModified ? language.pick(de: "● geändert", en: "● modified") : language.pick(de: "gespeichert", en: "saved")
        let help = language.pick(de: "? Hilfe ", en: "? help ")
        let counts = "Ist \(completeness.istCount)/20  Soll \(completeness.sollCount)/20  "
            + language.pick(de: "leer", en: "empty") + ": \(completeness.emptyTopics.count)"
        var head = " \(name)  \(saved)  \(counts)  "
        if DisplayWidth.of(head) + DisplayWidth.of(help) > grid.width {
            // Narrow terminals get the same facts in fewer columns.
            let mark = state.isModified ? "●" : "✓"
            head = " \(name) \(mark) Ist \(completeness.istCount) Soll \(completeness.sollCount) !\(completeness.emptyTopics.count) "
        }
        var left = head
        if let message = state.message {
            if message.isError {
                // A failure gets the whole row above the status line, so that its reason is never cut off.
                let errorStyle = Style(.empty, bold: true, reverse: true)
                grid.fill(Rect(x: 0, y: y - 1, width: grid.width, height: 1), style: errorStyle)
                grid.put(" " + message.text, x: 0, y: y - 1, style: errorStyle)
            } else {
                left += "│ " + message.text
            }
        }
        let helpWidth = DisplayWidth.of(help)
        grid.put(left, x: 0, y: y, limit: max(0, grid.width - helpWidth - 1), style: style)
        grid.put(help, x: max(0, grid.width - helpWidth), y: y, style: style)
    }

    /// The top row: the workshop's title and the legend of the marks.
    static func drawTitle(_ state: BoardState, into grid: inout ScreenGrid) {
        let language = state.language
        let title = state.workshop.metadata.title.isEmpty ? language.pick(de: "Sechs-Cluster-Workshop", en: "Six-Cluster workshop")
            : state.workshop.metadata.title
        let legend = language.pick(de: "! leer  ~ kein Ziel  Ist/Soll ", en: "! empty  ~ no target  Ist/Soll ")
        let legendWidth = DisplayWidth.of(legend)
        grid.put(" " + title, x: 0, y: 0, limit: max(0, grid.width - legendWidth - 1), style: Style(.accent, bold: true))
        if grid.width > legendWidth + 10 { grid.put(legend, x: grid.width - legendWidth, y: 0, style: Style(.dim)) }
    }
}
