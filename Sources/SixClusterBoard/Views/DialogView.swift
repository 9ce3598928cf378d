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
        case .exportWithConflicts(let topics):
            let names = topics.map { "\($0) " + state.template.topic($0).name[language] }
            return (language.pick(de: "Ungelöste Konflikte", en: "Unresolved conflicts"),
                    [language.pick(de: "In diesen Feldern hat eine Karte noch zwei Fassungen:",
                                   en: "In these fields a card still has two versions:")]
                        + names.prefix(12).map { "  \(FieldSummary.conflictMark) " + $0 } + (names.count > 12 ? ["  …"] : []) + ["",
                        language.pick(de: "j  zum ersten Konflikt", en: "j  jump to the first conflict"),
                        language.pick(de: "e  trotzdem exportieren (als ungelöst markiert)", en: "e  export anyway (marked as unresolved)"),
                        language.pick(de: "Esc  abbrechen", en: "Esc  cancel"),
                    ])
        case .conflict(let reference):
            return conflictContent(reference.card, state: state)
        case .recoveryWaiting(let recovered, let differing, let metadataDiffers):
            // Each field with what the recovery file would change there, told as `sixcluster diff` tells it.
            let changes = WorkshopDiff(old: state.workshop, new: recovered).fields
            let fields = differing.map { topic in
                let counts = changes.first { $0.topic == topic }.map { field in
                    [(field.added.count, language.pick(de: "neu", en: "new")), (field.removed.count, language.pick(de: "weg", en: "gone")),
                     (field.edited.count, language.pick(de: "geändert", en: "changed")),
                     (field.moved.count, language.pick(de: "verschoben", en: "moved"))]
                        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                } ?? ""
                return "  \(topic) " + state.template.topic(topic).name[language] + (counts.isEmpty ? "" : ": " + counts)
            }
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
        case .changedOnDisk(_, _, let conflicts):
            let file = VisibleText.escaped(state.filePath)
            return (language.pick(de: "Datei außerhalb geändert", en: "File changed on disk"), [
                language.pick(de: "\(file) wurde geändert (Texteditor, git pull …),", en: "\(file) was changed (a text editor, git pull …)"),
                language.pick(de: "während hier ungespeicherte Änderungen waren. Beides ist zusammengeführt;",
                              en: "while there were unsaved changes here. Both are merged;"),
                language.pick(de: "\(conflicts) Karten haben zwei Fassungen (≠ markiert, \(state.keyName(.showConflict, in: .field)) löst sie).",
                              en: "\(conflicts) cards have two versions (marked ≠, \(state.keyName(.showConflict, in: .field)) resolves them)."),
                "",
                language.pick(de: "k  die Zusammenführung behalten und speichern", en: "k  keep the merge and save it"),
                language.pick(de: "r  die Fassung der Datei nehmen, meine verwerfen", en: "r  take the file's version, dropping mine"),
                language.pick(de: "a  meine Fassung (vor der Zusammenführung) anderswo speichern", en: "a  save mine (before the merge) elsewhere"),
                language.pick(de: "Esc  die Zusammenführung behalten, später speichern", en: "Esc  keep the merge, save later"),
            ])
        case .reviewDone(let flagged):
            let names = flagged.map { topic in
                let field = state.workshop[topic: topic]
                let label = field.conflictCount > 0 ? language.pick(de: "Konflikt", en: "conflict") : field.status.label(in: language)
                return "  " + FieldSummary.mark(field) + " \(topic) " + state.template.topic(topic).name[language] + " – " + label
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

    /// Both versions of a card in full (wrapped to the screen; only a text too long for the screen is shortened,
    /// with `…`), then the choices – which always fit.
    private static func conflictContent(_ card: Card, state: BoardState) -> (title: String, lines: [String]) {
        let language = state.language
        let width = max(20, min(72, state.width - 8))
        let choices = [
            language.pick(de: "k  diese Fassung behalten", en: "k  keep this version"),
            language.pick(de: "r  die andere Fassung nehmen", en: "r  take the other version"),
            language.pick(de: "b  beide als zwei Karten behalten", en: "b  keep both, as two cards"),
            language.pick(de: "m  einen Text aus beiden bearbeiten", en: "m  edit one text made from both"),
            language.pick(de: "Esc  abbrechen, später entscheiden", en: "Esc  cancel, decide later"),
        ]
        // Frame, status line, two labels, a blank line and the choices; the rest is shared by the two texts.
        let room = max(2, state.height - 3 - 3 - choices.count)
        func wrapped(_ text: String, rows: Int) -> [String] {
            let lines = TextWrap.lines(text, width: width - 2)
            guard lines.count > rows else { return lines.map { "  " + $0 } }
            return lines.prefix(max(1, rows - 1)).map { "  " + $0 } + ["  …"]
        }
        let mine = wrapped(card.text, rows: room / 2 + max(0, room / 2 - TextWrap.lines(card.conflict ?? "", width: width - 2).count))
        let other = wrapped(card.conflict ?? "", rows: max(1, room - mine.count))
        return (language.pick(de: "Konflikt: zwei Fassungen einer Karte", en: "Conflict: two versions of a card"),
                [language.pick(de: "Diese Fassung:", en: "This version:")] + mine
                    + [language.pick(de: "Andere Fassung:", en: "Other version:")] + other + [""] + choices)
    }

    static func draw(_ dialog: Dialog, state: BoardState, into grid: inout ScreenGrid) {
        // A line that starts with its key (`k  keep …`, `Esc  cancel`) answers the question when clicked.
        drawPanel(content(dialog, state: state), into: &grid) { line in
            let words = line.split(separator: " ", maxSplits: 1)
            guard words.count == 2, words[1].hasPrefix(" ") else { return nil }
            let name = words[0]
            let key: Key? = name == "Esc" ? .escape : name.count == 1 ? name.first.map { .character($0) } : nil
            return key.flatMap { state.keymap.action(for: $0, in: .dialog) }
        }
    }

    /// A framed box with a title and lines, centred on the screen; `target` says what a click on a line means.
    static func drawPanel(_ content: (title: String, lines: [String]), into grid: inout ScreenGrid,
                          target: (String) -> Action? = { _ in nil }) {
        let (title, lines) = content
        let textWidth = max(DisplayWidth.of(title) + 4, lines.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(grid.width, textWidth + 4)
        let height = min(grid.height, lines.count + 2)
        let rect = Rect(x: (grid.width - width) / 2, y: max(0, (grid.height - height) / 2), width: width, height: height)
        grid.fill(rect)
        Box.draw(rect, title: title, style: Style(.accent, bold: true), into: &grid)
        for (offset, line) in lines.prefix(max(0, height - 2)).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + offset, limit: max(0, width - 4))
            if let action = target(line) { grid.target(Rect(x: rect.x + 1, y: rect.y + 1 + offset, width: width - 2, height: 1), action) }
        }
    }
}
