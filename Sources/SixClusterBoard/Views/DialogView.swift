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
        case .recoveryWaiting(_, let differing, let metadataDiffers):
            let fields = differing.map { "  \($0) " + state.template.topic($0).name[language] }
            let details = metadataDiffers ? [language.pick(de: "  Workshop-Angaben", en: "  workshop details")] : []
            return (language.pick(de: "Ungespeicherte Änderungen gefunden", en: "Unsaved changes found"), [
                language.pick(de: "Eine Wiederherstellungsdatei hält Änderungen, die nie gespeichert wurden.",
                              en: "A recovery file holds changes that were never saved."),
                language.pick(de: "Sie betreffen:", en: "They concern:"),
            ] + fields.prefix(12) + (fields.count > 12 ? ["  …"] : []) + details + ["",
                language.pick(de: "r  wiederherstellen (dann mit Ctrl-S speichern)", en: "r  restore them (then save with Ctrl-S)"),
                language.pick(de: "d  verwerfen (die Datei wird gelöscht)", en: "d  discard them (the recovery file is deleted)"),
                language.pick(de: "o  nur lesend öffnen, nichts ändern", en: "o  open read-only, change nothing"),
            ])
        case .changedOnDisk:
            return (language.pick(de: "Datei außerhalb geändert", en: "File changed on disk"), [
                language.pick(de: "\(state.filePath) wurde geändert (Texteditor, git pull …),", en: "\(state.filePath) was changed (a text editor, git pull …)"),
                language.pick(de: "während hier ungespeicherte Änderungen sind.", en: "while there are unsaved changes here."),
                "",
                language.pick(de: "r  neu laden, meine Änderungen verwerfen", en: "r  reload, dropping my changes"),
                language.pick(de: "k  meine Fassung behalten (überschreibt die Datei)", en: "k  keep mine (overwrites the file)"),
                language.pick(de: "a  meine Fassung anderswo speichern", en: "a  save mine elsewhere"),
                language.pick(de: "Esc  später entscheiden", en: "Esc  decide later"),
            ])
        case .lockedByOther(let pid, let since):
            return (language.pick(de: "Datei wird schon bearbeitet", en: "File already open"), [
                language.pick(de: "Ein anderes sixcluster (Prozess \(pid), seit \(since))", en: "Another sixcluster (process \(pid), since \(since))"),
                language.pick(de: "bearbeitet \(state.filePath).", en: "is editing \(state.filePath)."),
                "",
                language.pick(de: "o  nur lesend öffnen", en: "o  open read-only"),
                language.pick(de: "Esc  beenden", en: "Esc  quit"),
            ])
        case .reviewDone(let flagged):
            let names = flagged.map { topic in
                let field = state.workshop[topic: topic]
                return "  " + FieldSummary.mark(field.status) + " \(topic) " + state.template.topic(topic).name[language]
                    + " – " + field.status.label(in: language)
            }
            let summary = flagged.isEmpty
                ? [language.pick(de: "Alle 20 Felder haben Ist- und Soll-Karten.", en: "All 20 fields hold Ist and Soll cards.")]
                : [language.pick(de: "Noch markiert (im Bericht gekennzeichnet):", en: "Still flagged (marked in the report):")]
                    + names.prefix(12) + (names.count > 12 ? ["  …"] : [])
            return (language.pick(de: "Abschlussrunde beendet", en: "Closing review done"), summary + ["",
                language.pick(de: "e  jetzt den Bericht exportieren", en: "e  export the report now"),
                language.pick(de: "Esc  weiterarbeiten", en: "Esc  keep working"),
            ])
        case .replaceReport(let path):
            return (language.pick(de: "Datei ersetzen?", en: "Replace the file?"), [
                VisibleText.escaped(path),
                language.pick(de: "gibt es schon, und sixcluster hat sie nicht (oder nicht so) geschrieben.",
                              en: "exists, and sixcluster did not write it (or not as it is now)."),
                "",
                language.pick(de: "e  ersetzen", en: "e  replace it"),
                language.pick(de: "Esc  abbrechen (x fragt wieder nach dem Namen)", en: "Esc  cancel (x asks for the name again)"),
            ])
        case .writeProtected(let reason):
            return (language.pick(de: "Datei schreibgeschützt", en: "File write-protected"), [
                VisibleText.escaped(state.filePath) + ": " + reason,
                language.pick(de: "Speichern ersetzt sie trotzdem (Besitzer und Modus bleiben, wo möglich).",
                              en: "Saving replaces it all the same (owner and mode are kept where possible)."),
                "",
                language.pick(de: "s  trotzdem speichern", en: "s  save anyway"),
                language.pick(de: "a  unter anderem Namen speichern …", en: "a  save under another name …"),
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
        drawPanel(content(dialog, state: state), into: &grid)
    }

    /// A framed box with a title and lines, centred on the screen.
    static func drawPanel(_ content: (title: String, lines: [String]), into grid: inout ScreenGrid) {
        let (title, lines) = content
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
