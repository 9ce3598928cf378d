import SixClusterModel

/// The line editor on the row above the status line, with its label and the terminal cursor in it.
enum PromptView {
    static func label(_ purpose: PromptPurpose, state: BoardState) -> String {
        let language = state.language
        switch purpose {
        case .newCard(_, let column, _):
            return language.pick(de: "Neue \(column.label(in: .de))-Karte: ", en: "New \(column == .ist ? "Ist" : "Soll") card: ")
        case .editCard: return language.pick(de: "Karte: ", en: "Card: ")
        case .detail(_, let detail): return detail.label(in: language)
        case .metadata(let entry): return entry.label(in: language) + ": "
        case .search: return "/"
        case .jump: return language.pick(de: "Feld Nr. (1-20): ", en: "Field no. (1-20): ")
        case .moveToField(_, let copy):
            return copy ? language.pick(de: "Karte kopieren nach Feld Nr. (1-20): ", en: "Copy the card to field no. (1-20): ")
                : language.pick(de: "Karte verschieben nach Feld Nr. (1-20): ", en: "Move the card to field no. (1-20): ")
        case .saveElsewhere: return language.pick(de: "Meine Fassung speichern unter: ", en: "Save my version as: ")
        case .saveAs: return language.pick(de: "Speichern unter: ", en: "Save as: ")
        case .parked(let card):
            return card == nil ? language.pick(de: "Neuer Punkt im Themenspeicher: ", en: "New point in the parking lot: ")
                : language.pick(de: "Punkt: ", en: "Point: ")
        case .unpark(_, let column):
            let side = column == .ist ? "Ist" : "Soll"
            return language.pick(de: "In \(side) von Feld Nr. (1-20): ", en: "Into \(side) of field no. (1-20): ")
        case .exportPath(let reportLanguage):
            // The format follows the path's ending; Tab walks the formats, then the other language.
            var typed = ""
            if case .prompt(let prompt)? = state.overlay { typed = prompt.editor.text }
            let format = ExportFormat(path: typed).name(in: language)
            let written = reportLanguage.name(in: language)
            return language.pick(de: "Export als \(format), \(written) (Tab: ändern) nach: ",
                                 en: "Export as \(format), \(written) (Tab: change) to: ")
        case .capture(_, let column):
            let extras = [state.capture.method?.name(in: language),
                          state.capture.author.map { language.pick(de: "von ", en: "by ") + $0 }].compactMap { $0 }
            let name = column == .ist ? "Ist" : "Soll"
            return language.pick(de: "Neue \(name)-Karte", en: "New \(name) card")
                + (extras.isEmpty ? "" : " (" + extras.joined(separator: ", ") + ")") + ": "
        case .captureAuthor:
            return language.pick(de: "Autor für neue Karten (leer: keiner, Tab: Teilnehmende): ",
                                 en: "Author for new cards (blank: none, Tab: participants): ")
        case .timeboxMinutes(let scope):
            return language.pick(de: "Minuten für ", en: "Minutes for ") + state.scopeName(scope, in: language) + ": "
        case .removeFromRoom:
            return language.pick(de: "Wen aus dem Raum nehmen? (Tab: die im Raum; die Karten bleiben): ",
                                 en: "Take whom out of the room? (Tab: those in the room; the cards stay): ")
        }
    }

    static func draw(_ prompt: Prompt, state: BoardState, y: Int, into grid: inout ScreenGrid) {
        guard y >= 0 else { return }
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1))
        let label = label(prompt.purpose, state: state)
        if state.cardInPlace != nil {
            // The card is typed where it stands; this row only names the mode and its keys.
            let language = state.language
            let keys = [(EditorCommand.confirm, language.pick(de: "speichert", en: "stores")),
                        (.cancel, language.pick(de: "bricht ab", en: "cancels")),
                        (.park, language.pick(de: "stellt zurück", en: "parks"))]
                .map { state.keyName(.editor($0.0), in: .editor) + " " + $0.1 }.joined(separator: " · ")
            let mode = label + language.pick(de: "✎ in der Karte oben tippen – ", en: "✎ typing in the card above – ") + keys
            // A card somebody else changed meanwhile says so for as long as the edit is open, whatever is typed.
            if prompt.editedCardChangedElsewhere {
                let loud = Style(.empty, bold: true, reverse: true)
                grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: loud)
                grid.put(language.pick(de: "Anderswo geändert – Enter behält beide Fassungen als Konflikt, Esc nimmt die neue · ",
                                       en: "Changed elsewhere – Enter keeps both versions as a conflict, Esc takes the new one · ") + keys,
                         x: 0, y: y, limit: grid.width, style: loud)
                return
            }
            grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: Style(.accent, bold: true, reverse: true))
            grid.put(mode, x: 0, y: y, limit: grid.width, style: Style(.accent, bold: true, reverse: true))
            return
        }
        let used = grid.put(label, x: 0, y: y, style: Style(.accent, bold: true))
        let window = prompt.editor.window(width: grid.width - used)
        // A suggestion stands as if selected: what is typed replaces it.
        grid.put(window.text, x: used, y: y, style: prompt.editor.isSuggestion ? Style(reverse: true) : .plain)
        grid.cursor = ScreenGrid.Point(x: min(grid.width - 1, used + window.cursorColumn), y: y)
    }
}
