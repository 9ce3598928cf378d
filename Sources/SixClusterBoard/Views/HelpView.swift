import SixClusterModel

/// The key list, generated from the key table, with the board's marks explained.
enum HelpView {
    /// The help text's lines for a screen `width` columns wide: a description too long for it goes on under
    /// itself, beside the keys' column, rather than being cut.
    static func lines(_ language: Language, keymap: Keymap, mouse: Bool = false, width: Int) -> [(text: String, style: Style)] {
        var lines: [(String, Style)] = [
            (language.pick(de: "sixcluster – alle Tasten (Esc schließt, j/k blättern)", en: "sixcluster – all keys (Esc closes, j/k scroll)"),
             Style(.accent, bold: true)),
            (language.pick(de: "Markierungen: ! leeres Feld (keine Ist-Karte)   ~ kein Ziel (keine Soll-Karte)   ≠ Konflikt (eine Karte hat zwei Fassungen)   2/1 = Ist/Soll-Karten",
                           en: "Marks: ! empty field (no Ist card)   ~ no target (no Soll card)   ≠ conflict (a card has two versions)   2/1 = Ist/Soll cards"), .plain),
            (language.pick(de: "Auf dem Board: - Ist-Karte  > Soll-Karte", en: "On the board: - Ist card  > Soll card"), .plain),
        ]
        if mouse {
            lines.append((language.pick(
                de: "Maus: Klick wählt ein Feld oder eine Karte, Doppelklick öffnet, das Rad blättert; Text markieren: mit Umschalt ziehen",
                en: "Mouse: a click selects a field or a card, a double click opens, the wheel scrolls; to select text: Shift + drag"),
                .plain))
        }
        lines = lines.flatMap { line in wrapped(line.0, width: width).map { ($0, line.1) } }
        for context in KeyContext.allCases {
            lines.append(("", .plain))
            lines.append((context.title(in: language), Style(.accent, bold: true, underline: true)))
            for binding in keymap.bindings where binding.context == context {
                let keys = binding.keys.map { $0.label(in: language) }.joined(separator: " ")
                lines += row(keys, binding.description[language], width: width)
            }
            if context == .editor {
                lines += row(language.pick(de: "Text", en: "text"),
                             language.pick(de: "tippen fügt ein; Einfügen mehrerer Zeilen: eine Karte je Zeile",
                                           en: "typing inserts; pasting several lines: one card per line"), width: width)
            }
        }
        return lines
    }

    /// The width of the keys' column.
    private static let keyWidth = 22

    /// A text as it is where it fits (its runs of spaces kept), else broken at spaces.
    private static func wrapped(_ text: String, width: Int) -> [String] {
        DisplayWidth.of(text) <= width ? [text] : TextWrap.lines(text, width: width)
    }

    /// One binding's lines: its keys, then its description, wrapped beside the keys' column.
    private static func row(_ keys: String, _ description: String, width: Int) -> [(text: String, style: Style)] {
        let indent = 2 + keyWidth + 1
        return wrapped(description, width: max(20, width - indent)).enumerated().map { index, part in
            ((index == 0 ? "  " + DisplayWidth.fit(keys, width: keyWidth) + " " : String(repeating: " ", count: indent)) + part, .plain)
        }
    }

    /// The area the key list takes: the screen above the status line.
    static func area(_ state: BoardState) -> Rect {
        Rect(x: 0, y: 0, width: state.width, height: state.height - 1)
    }

    /// How far the key list scrolls at most: until its last line is at the bottom.
    static func lastScroll(_ state: BoardState) -> Int {
        let area = area(state)
        return max(0, lines(state.language, keymap: state.keymap, mouse: state.mouse, width: area.width).count - area.height)
    }

    static func draw(_ state: BoardState, scroll: Int, into grid: inout ScreenGrid) {
        let area = area(state)
        grid.fill(area)
        let all = lines(state.language, keymap: state.keymap, mouse: state.mouse, width: area.width)
        let first = min(scroll, max(0, all.count - area.height))
        for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(line.text, x: area.x, y: area.y + offset, limit: area.width, style: line.style)
        }
    }
}
