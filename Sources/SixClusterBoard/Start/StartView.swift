import SixClusterModel

/// Draws the start screen: a title row with the keys, the entries in two rows each (recent ones under their own
/// heading), and a bottom row for the filter, a new workshop's name and title, or a message.
public enum StartView {
    /// Rows one entry takes.
    static let rowsPerEntry = 2

    /// The screen.
    public static func render(_ state: StartState) -> ScreenGrid {
        var grid = ScreenGrid(width: state.width, height: state.height)
        let language = state.language
        guard state.width >= 30, state.height >= 6 else {
            grid.put(language.pick(de: "Terminal zu klein", en: "Terminal too small"), x: 0, y: 0, limit: state.width)
            return grid
        }
        let (filter, quit) = (state.keyName(.search), state.keyName(.quit))
        let keys = language.pick(de: " Enter öffnen  n neu  \(filter) filtern  \(quit) beenden ", en: " Enter opens  n new  \(filter) filter  \(quit) quits ")
        grid.fill(Rect(x: 0, y: 0, width: state.width, height: 1), style: Style(.status, reverse: true))
        let title = language.pick(de: " sixcluster – Workshops", en: " sixcluster – workshops")
        grid.put(title, x: 0, y: 0, limit: state.width, style: Style(.status, bold: true, reverse: true))
        let keysWidth = DisplayWidth.of(keys)
        if state.width - keysWidth > DisplayWidth.of(title) + 1 {
            grid.put(keys, x: state.width - keysWidth, y: 0, style: Style(.status, reverse: true))
        }
        let visible = state.visible
        if visible.isEmpty {
            let none = state.filter.isEmpty
                ? language.pick(de: "Keine Workshop-Dateien hier – n legt eine an.", en: "No workshop files here – n makes one.")
                : language.pick(de: "Nichts passt zu „\(state.filter)“ – Esc zeigt alle.", en: "Nothing matches “\(state.filter)” – Esc shows all.")
            grid.put(" " + none, x: 0, y: 2, limit: state.width, style: Style(.dim))
        }
        for line in layout(state) {
            switch line.content {
            case .heading(let origin):
                let text = origin == .recent ? language.pick(de: "Zuletzt geöffnet", en: "Recently opened")
                    : language.pick(de: "In diesem Ordner", en: "In this folder")
                grid.put(" " + text, x: 0, y: line.row, limit: state.width, style: Style(.accent, bold: true))
            case .entry(let index, let part):
                draw(visible[index], part: part, selected: index == state.selected, row: line.row, language: language, into: &grid)
            }
        }
        drawBottom(state, into: &grid)
        return grid
    }

    /// What a row of the list shows.
    enum LineContent: Equatable {
        case heading(StartEntry.Origin)
        /// An entry's first (0) or second (1) row.
        case entry(Int, part: Int)
    }

    /// The list's rows on the screen, scrolled so that the selected entry is in view.
    static func layout(_ state: StartState) -> [(row: Int, content: LineContent)] {
        let visible = state.visible
        var lines: [LineContent] = []
        var previous: StartEntry.Origin?
        var selectedLine = 0
        for (index, entry) in visible.enumerated() {
            if entry.origin != previous {
                lines.append(.heading(entry.origin))
                previous = entry.origin
            }
            if index == state.selected { selectedLine = lines.count }
            lines.append(.entry(index, part: 0))
            lines.append(.entry(index, part: 1))
        }
        let rows = listRows(state)
        let first = min(max(0, selectedLine + rowsPerEntry - rows), max(0, lines.count - rows))
        return lines.dropFirst(first).prefix(rows).enumerated().map { (row: 2 + $0.offset, content: $0.element) }
    }

    /// Rows the list has: all but the title, the row below it and the bottom row.
    static func listRows(_ state: StartState) -> Int {
        max(0, state.height - 3)
    }

    /// The visible entry drawn on a row, if one is.
    public static func entryIndex(atRow row: Int, in state: StartState) -> Int? {
        for line in layout(state) where line.row == row {
            if case .entry(let index, _) = line.content { return index }
        }
        return nil
    }

    private static func draw(_ entry: StartEntry, part: Int, selected: Bool, row: Int, language: Language,
                             into grid: inout ScreenGrid) {
        let width = grid.width
        let style = selected ? Style(bold: part == 0, reverse: true) : Style(bold: part == 0)
        grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: selected ? Style(reverse: true) : .plain)
        let name = VisibleText.escaped(entry.path)
        switch (entry.details, part) {
        case (.workshop(let title, _, _, let ist, let soll), 0):
            let counts = " Ist \(ist)/20  Soll \(soll)/20 "
            let shownTitle = title.trimmingSpaces.isEmpty ? name : VisibleText.escaped(title)
            let titleWidth = max(0, width - DisplayWidth.of(counts) - 1)
            grid.put(DisplayWidth.fit((selected ? " ▸ " : "   ") + shownTitle, width: titleWidth), x: 0, y: row, limit: titleWidth, style: style)
            grid.put(counts, x: max(0, width - DisplayWidth.of(counts)), y: row, style: style)
        case (.workshop(_, let organisation, let date, _, _), _):
            let facts = [organisation, date].map(\.trimmingSpaces).filter { !$0.isEmpty }.map { VisibleText.escaped($0) }
            let changed = language.pick(de: "geändert ", en: "changed ") + entry.modified
            grid.put(detailLine(facts, path: name, changed: changed, width: width), x: 0, y: row, limit: width,
                     style: selected ? Style(reverse: true) : Style(.dim))
        case (.broken, 0), (.pending, 0):
            grid.put((selected ? " ▸ " : "   ") + name, x: 0, y: row, limit: width, style: style)
        case (.broken(let problem), _):
            grid.put("     ⚠ " + VisibleText.escaped(problem), x: 0, y: row, limit: width,
                     style: selected ? Style(.warning, reverse: true) : Style(.warning))
        case (.pending, _):
            grid.put("     …", x: 0, y: row, limit: width, style: Style(.dim))
        }
    }

    /// A workshop's second line: firm, date, file and last change. Where that is too wide, the path keeps its end
    /// (`…/rad/fahrrad.yaml`); where even the file's name leaves no room, the firm is shortened or left out, so that
    /// the date, the file and the change stay; what is still too wide ends in "…".
    static func detailLine(_ facts: [String], path: String, changed: String, width: Int) -> String {
        let separator = " · "
        func line(_ facts: [String], _ path: String) -> String {
            "     " + (facts + [path, changed]).joined(separator: separator)
        }
        let full = line(facts, path)
        guard DisplayWidth.of(full) > width else { return full }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let room = width - DisplayWidth.of(line(facts, ""))
        let first = path.hasPrefix("/") ? 2 : 1
        for start in stride(from: first, to: parts.count, by: 1) {
            let tail = "…/" + parts[start...].joined(separator: "/")
            if DisplayWidth.of(tail) <= room { return line(facts, tail) }
        }
        let file = parts.last.map(String.init) ?? path
        var facts = facts
        if facts.count == 2 {
            let firmRoom = width - DisplayWidth.of(line([facts[1]], file) + separator)
            if firmRoom >= 8 {
                facts[0] = DisplayWidth.fit(facts[0], width: min(firmRoom, DisplayWidth.of(facts[0])))
            } else {
                facts.removeFirst()
            }
        }
        let short = line(facts, file)
        return DisplayWidth.of(short) <= width ? short : DisplayWidth.fit(short, width: width)
    }

    /// The bottom row: the filter, a new workshop's name or title with the cursor, or the message.
    private static func drawBottom(_ state: StartState, into grid: inout ScreenGrid) {
        let language = state.language
        let y = state.height - 1
        let label: String
        let editor: LineEditor
        switch state.input {
        case .list:
            let count = state.visible.count
            let text = state.message ?? (state.filter.isEmpty ? language.pick(de: "\(count) Workshops", en: "\(count) workshops")
                : language.pick(de: "Filter „\(state.filter)“: \(count) – Esc zeigt alle", en: "Filter “\(state.filter)”: \(count) – Esc shows all"))
            grid.put(" " + text, x: 0, y: y, limit: grid.width, style: Style(.dim))
            return
        case .filter(let typed):
            (label, editor) = ("/", typed)
        case .newFile(let typed):
            (label, editor) = (language.pick(de: " Neuer Workshop, Datei: ", en: " New workshop, file: "), typed)
        case .newTitle(_, let typed):
            (label, editor) = (language.pick(de: " Titel des Workshops: ", en: " The workshop's title: "), typed)
        }
        let labelWidth = grid.put(label, x: 0, y: y, style: Style(.accent, bold: true))
        let window = editor.window(width: max(1, grid.width - labelWidth - 1))
        grid.put(window.text, x: labelWidth, y: y)
        grid.cursor = ScreenGrid.Point(x: labelWidth + window.cursorColumn, y: y)
    }
}
