import SixClusterModel

/// A question in a framed box in the middle of the screen, its answers and their keys spelled out.
enum DialogView {
    static func content(_ dialog: Dialog, state: BoardState) -> (title: String, lines: [String]) {
        let language = state.language
        switch dialog {
        case .unsavedChanges:
            return (language.pick(de: "Ungespeicherte Änderungen", en: "Unsaved changes"), [
                language.pick(de: "\(state.filePath) hat ungespeicherte Änderungen.", en: "\(state.filePath) has unsaved changes."),
                "",
                language.pick(de: "s  speichern und beenden", en: "s  save and quit"),
                language.pick(de: "d  verwerfen und beenden", en: "d  discard and quit"),
                language.pick(de: "Esc  abbrechen, weiterarbeiten", en: "Esc  cancel, keep working"),
            ])
        case .exportWithEmptyFields(let topics):
            let names = topics.map { "\($0) " + state.template.topic($0).name[language] }
            return (language.pick(de: "Leere Felder", en: "Empty fields"),
                    [language.pick(de: "Diese Felder haben noch keine Ist-Karte:", en: "These fields have no Ist card yet:")]
                        + names.map { "  ! " + $0 } + ["",
                        language.pick(de: "j  zum ersten leeren Feld", en: "j  jump to the first empty field"),
                        language.pick(de: "e  trotzdem exportieren (im Bericht markiert)", en: "e  export anyway (flagged in the report)"),
                        language.pick(de: "Esc  abbrechen", en: "Esc  cancel"),
                    ])
        case .commentsWillBeLost(let lines):
            let list = lines.prefix(8).map(String.init).joined(separator: ", ") + (lines.count > 8 ? ", …" : "")
            return (language.pick(de: "Kommentare gehen verloren", en: "Comments will be lost"), [
                language.pick(de: "Die Datei enthält Kommentare (Zeilen \(list)).", en: "The file holds comments (lines \(list))."),
                language.pick(de: "Beim Speichern werden sie entfernt.", en: "Saving removes them."),
                "",
                language.pick(de: "s  trotzdem speichern", en: "s  save anyway"),
                language.pick(de: "Esc  abbrechen", en: "Esc  cancel"),
            ])
        }
    }

    static func draw(_ dialog: Dialog, state: BoardState, into grid: inout ScreenGrid) {
        let (title, lines) = content(dialog, state: state)
        let textWidth = max(DisplayWidth.of(title) + 4, lines.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(grid.width, textWidth + 4)
        let height = min(grid.height, lines.count + 2)
        let rect = Rect(x: (grid.width - width) / 2, y: max(0, (grid.height - height) / 2), width: width, height: height)
        grid.fill(rect)
        Box.draw(rect, title: title, style: Style(.accent, bold: true), into: &grid)
        for (offset, line) in lines.prefix(max(0, height - 2)).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + offset, limit: max(0, width - 4))
        }
    }
}
