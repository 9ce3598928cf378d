import SixClusterModel

/// The key list, generated from the key table, with the board's marks explained.
enum HelpView {
    /// The help text's lines.
    static func lines(_ language: Language, keymap: Keymap, mouse: Bool = false) -> [(text: String, style: Style)] {
        var lines: [(String, Style)] = [
            (language.pick(de: "sixcluster – alle Tasten (Esc schließt, j/k blättern)", en: "sixcluster – all keys (Esc closes, j/k scroll)"),
             Style(.accent, bold: true)),
            (language.pick(de: "Markierungen: ! leeres Feld (keine Ist-Karte)   ~ kein Ziel (keine Soll-Karte)   2/1 = Ist/Soll-Karten",
                           en: "Marks: ! empty field (no Ist card)   ~ no target (no Soll card)   2/1 = Ist/Soll cards"), .plain),
            (language.pick(de: "Auf dem Board: - Ist-Karte  > Soll-Karte", en: "On the board: - Ist card  > Soll card"), .plain),
        ]
        if mouse {
            lines.append((language.pick(
                de: "Maus: Klick wählt ein Feld oder eine Karte, Doppelklick öffnet, das Rad blättert; Text markieren: mit Umschalt ziehen",
                en: "Mouse: a click selects a field or a card, a double click opens, the wheel scrolls; to select text: Shift + drag"),
                .plain))
        }
        let keyWidth = 22
        for context in KeyContext.allCases {
            lines.append(("", .plain))
            lines.append((context.title(in: language), Style(.accent, bold: true, underline: true)))
            for binding in keymap.bindings where binding.context == context {
                let keys = binding.keys.map { $0.label(in: language) }.joined(separator: " ")
                lines.append(("  " + DisplayWidth.fit(keys, width: keyWidth) + " " + binding.description[language], .plain))
            }
            if context == .editor {
                lines.append(("  " + DisplayWidth.fit(language.pick(de: "Text", en: "text"), width: keyWidth) + " "
                    + language.pick(de: "tippen fügt ein; Einfügen mehrerer Zeilen: eine Karte je Zeile",
                                    en: "typing inserts; pasting several lines: one card per line"), .plain))
            }
        }
        return lines
    }

    static func draw(_ state: BoardState, scroll: Int, area: Rect, into grid: inout ScreenGrid) {
        grid.fill(area)
        let all = lines(state.language, keymap: state.keymap, mouse: state.mouse)
        let first = min(scroll, max(0, all.count - area.height))
        for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(line.text, x: area.x, y: area.y + offset, limit: area.width, style: line.style)
        }
    }
}
