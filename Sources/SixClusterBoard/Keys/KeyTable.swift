import SixClusterModel

/// Where a key binding applies.
public enum KeyContext: CaseIterable, Sendable {
    /// On the board, in the field view and in the metadata form.
    case global
    /// On the board (and its compact list).
    case board
    /// In a field's view.
    case field
    /// In the metadata form.
    case metadata
    /// While a line editor is open (typing inserts text).
    case editor
    /// While a question is asked.
    case dialog
    /// While the key list is shown.
    case help
    /// In presentation mode (typing any other character starts a new card).
    case presentation
    /// While quick capture takes a card's text in presentation mode (the text-input keys work too).
    case capture
    /// While the timebox panel is open.
    case timer
    /// In the parking lot.
    case parkingLot

    /// The section title in the help overlay.
    public func title(in language: Language) -> String {
        switch self {
        case .global: language.pick(de: "Überall", en: "Everywhere")
        case .board: language.pick(de: "Board", en: "Board")
        case .field: language.pick(de: "Feldansicht", en: "Field view")
        case .metadata: language.pick(de: "Workshop-Angaben", en: "Workshop details")
        case .editor: language.pick(de: "Texteingabe", en: "Text input")
        case .dialog: language.pick(de: "Rückfragen", en: "Questions")
        case .help: language.pick(de: "Hilfe", en: "Help")
        case .presentation: language.pick(de: "Präsentationsmodus (jedes andere Zeichen beginnt eine neue Karte)",
                                          en: "Presentation mode (any other character starts a new card)")
        case .capture: language.pick(de: "Schnellerfassung", en: "Quick capture")
        case .timer: language.pick(de: "Timebox", en: "Timebox")
        case .parkingLot: language.pick(de: "Themenspeicher", en: "Parking lot")
        }
    }
}

/// One key binding: keys, where they apply, what they do, and how help describes it.
public struct KeyBinding: Sendable {
    /// The keys, the first one shown first.
    public var keys: [Key]
    /// Where the binding applies.
    public var context: KeyContext
    /// What the keys do.
    public var action: Action
    /// The description in help.
    public var description: LocalizedText
}

/// The one table of key bindings: it dispatches keys and generates the help overlay and README's key list.
public enum KeyTable {
    private static func bind(_ context: KeyContext, _ keys: [Key], _ action: Action, de: String, en: String) -> KeyBinding {
        KeyBinding(keys: keys, context: context, action: action, description: LocalizedText(de: de, en: en))
    }

    private static func chars(_ string: String) -> [Key] {
        string.map { .character($0) }
    }

    /// Every binding, grouped by context in the order help shows them.
    public static let bindings: [KeyBinding] = [
        bind(.global, [.character("?"), .function(1)], .help, de: "alle Tasten zeigen", en: "show all keys"),
        bind(.global, [.character("P"), .function(5)], .presentation, de: "Präsentationsmodus an/aus (ein Feld groß, Schnellerfassung)",
             en: "presentation mode on/off (one field large, quick capture)"),
        bind(.global, [.character("t"), .function(3), .control("t")], .timer, de: "Timebox: Minuten setzen, Start/Pause, zurücksetzen",
             en: "timebox: set minutes, start/pause, reset"),
        bind(.global, [.character("R"), .function(4)], .review, de: "Abschlussrunde: markierte Felder besuchen, dann exportieren",
             en: "closing review: visit the flagged fields, then export"),
        bind(.global, [.character("C"), .function(2)], .toggleTheme, de: "hoher Kontrast an/aus (für Beamer)",
             en: "high contrast on/off (for projectors)"),
        bind(.global, [.control("s")], .save, de: "speichern", en: "save"),
        bind(.global, [.character("w")], .saveAs, de: "speichern unter … (weiter mit der neuen Datei)",
             en: "save as … (go on with the new file)"),
        bind(.global, [.character("q"), .control("c")], .quit,
             de: "beenden (fragt bei ungespeicherten Änderungen)", en: "quit (asks when there are unsaved changes)"),
        bind(.global, [.character("u"), .control("z")], .undo, de: "rückgängig", en: "undo"),
        bind(.global, [.control("r")], .redo, de: "wiederholen", en: "redo"),
        bind(.global, [.character("/")], .search, de: "alle Karten durchsuchen", en: "search all cards"),
        bind(.global, [.character("n")], .nextHit, de: "nächster Treffer", en: "next hit"),
        bind(.global, [.character("N")], .previousHit, de: "vorheriger Treffer", en: "previous hit"),
        bind(.global, [.character("!")], .nextFlagged(.empty), de: "zum nächsten leeren Feld", en: "to the next empty field"),
        bind(.global, [.character("~")], .nextFlagged(.noTarget), de: "zum nächsten Feld ohne Ziel",
             en: "to the next field without a target"),
        bind(.global, [.character("g")], .jumpToField, de: "zu Feld Nummer … springen", en: "jump to field number …"),
        bind(.global, [.tab], .nextField, de: "nächstes Feld (1 → 20)", en: "next field (1 → 20)"),
        bind(.global, [.backTab], .previousField, de: "vorheriges Feld (20 → 1)", en: "previous field (20 → 1)"),
        bind(.global, [.character("i")], .metadata, de: "Workshop-Angaben bearbeiten", en: "edit workshop details"),
        bind(.global, [.character("L")], .parkingLot, de: "Themenspeicher: zurückgestellte Punkte", en: "parking lot: points set aside"),
        bind(.global, [.character("x")], .export, de: "Bericht exportieren (Markdown)", en: "export the report (Markdown)"),

        bind(.board, [.left, .character("h")], .moveLeft, de: "Feld links", en: "field to the left"),
        bind(.board, [.down, .character("j")], .moveDown, de: "Feld darunter", en: "field below"),
        bind(.board, [.up, .character("k")], .moveUp, de: "Feld darüber", en: "field above"),
        bind(.board, [.right, .character("l")], .moveRight, de: "Feld rechts", en: "field to the right"),
        bind(.board, [.enter], .open, de: "Feld öffnen", en: "open the field"),

        bind(.field, [.left, .character("h")], .moveLeft, de: "Spalte Ist", en: "Ist column"),
        bind(.field, [.right, .character("l")], .moveRight, de: "Spalte Soll", en: "Soll column"),
        bind(.field, [.down, .character("j")], .moveDown, de: "nächste Karte", en: "next card"),
        bind(.field, [.up, .character("k")], .moveUp, de: "vorherige Karte", en: "previous card"),
        bind(.field, [.character("a"), .character("o")], .addCard, de: "Karte hinzufügen", en: "add a card"),
        bind(.field, [.enter, .character("e")], .editCard, de: "Karte bearbeiten", en: "edit the card"),
        bind(.field, [.character("d"), .delete], .deleteCard, de: "Karte löschen", en: "delete the card"),
        bind(.field, [.character("K")], .moveCardUp, de: "Karte nach oben", en: "move the card up"),
        bind(.field, [.character("J")], .moveCardDown, de: "Karte nach unten", en: "move the card down"),
        bind(.field, [.character("m")], .moveCardToOtherColumn, de: "Karte in die andere Spalte verschieben",
             en: "move the card to the other column"),
        bind(.field, [.character("c")], .copyCardToOtherColumn, de: "Karte in die andere Spalte kopieren (Ist → Soll: „beibehalten“)",
             en: "copy the card to the other column (Ist → Soll: “keep this”)"),
        bind(.field, [.character("f"), .function(6)], .moveCardToField, de: "Karte in ein anderes Feld verschieben …",
             en: "move the card to another field …"),
        bind(.field, [.character("F"), .function(7)], .copyCardToField, de: "Karte in ein anderes Feld kopieren …",
             en: "copy the card to another field …"),
        bind(.field, [.character("b")], .setAuthor, de: "Autor der Karte setzen", en: "set the card's author"),
        bind(.field, [.character("M")], .cycleMethod, de: "Methode wechseln (Gruppenarbeit, Brainstorming, …)",
             en: "cycle the method (group work, brainstorming, …)"),
        bind(.field, [.character("+")], .vote(1), de: "Soll-Karte: einen Punkt geben (Dot-Voting)", en: "Soll card: give a dot (dot-voting)"),
        bind(.field, [.character("-")], .vote(-1), de: "Soll-Karte: einen Punkt wegnehmen", en: "Soll card: take a dot away"),
        bind(.field, [.character("p")], .cyclePriority, de: "Soll-Karte: Priorität wechseln (hoch, mittel, niedrig, keine)",
             en: "Soll card: cycle the priority (high, medium, low, none)"),
        bind(.field, [.escape], .back, de: "zurück zum Board", en: "back to the board"),

        bind(.presentation, [.escape], .presentation, de: "Präsentationsmodus beenden", en: "leave presentation mode"),
        bind(.presentation, [.pageDown], .nextField, de: "nächstes Feld (auch Tab)", en: "next field (Tab too)"),
        bind(.presentation, [.pageUp], .previousField, de: "vorheriges Feld (auch Shift-Tab)", en: "previous field (Shift-Tab too)"),
        bind(.presentation, [.control("n")], .nextFlagged(.empty), de: "nächstes leeres Feld", en: "next empty field"),
        bind(.presentation, [.left], .moveLeft, de: "Spalte Ist", en: "Ist column"),
        bind(.presentation, [.right], .moveRight, de: "Spalte Soll", en: "Soll column"),
        bind(.presentation, [.up], .moveUp, de: "Karte darüber wählen", en: "select the card above"),
        bind(.presentation, [.down], .moveDown, de: "Karte darunter wählen (unten: neue Karte)", en: "select the card below (at the end: new card)"),
        bind(.presentation, [.enter], .editCard, de: "gewählte Karte bearbeiten, sonst neue Karte", en: "edit the selected card, else a new card"),
        bind(.presentation, [.delete], .deleteCard, de: "gewählte Karte löschen", en: "delete the selected card"),
        bind(.presentation, [.character("+")], .vote(1), de: "gewählte Soll-Karte: einen Punkt geben", en: "selected Soll card: give a dot"),
        bind(.presentation, [.character("-")], .vote(-1), de: "gewählte Soll-Karte: einen Punkt wegnehmen",
             en: "selected Soll card: take a dot away"),
        bind(.presentation, [.function(6)], .moveCardToField, de: "gewählte Karte in ein anderes Feld verschieben …",
             en: "move the selected card to another field …"),
        bind(.presentation, [.function(7)], .copyCardToField, de: "gewählte Karte in ein anderes Feld kopieren …",
             en: "copy the selected card to another field …"),
        bind(.presentation, [.control("g")], .captureMethod, de: "Methode für neue Karten wechseln", en: "cycle the method for new cards"),
        bind(.presentation, [.control("b")], .captureAuthor, de: "Autor für neue Karten setzen", en: "set the author for new cards"),

        bind(.capture, [.enter], .editor(.confirm), de: "Karte speichern und die nächste beginnen (leer: Ende)",
             en: "store the card and start the next (blank: stop)"),
        bind(.capture, [.control("g")], .captureMethod, de: "Methode wechseln (gilt auch für die folgenden Karten)",
             en: "cycle the method (for the following cards too)"),
        bind(.capture, [.control("b")], .captureAuthor, de: "Autor setzen (gilt auch für die folgenden Karten)",
             en: "set the author (for the following cards too)"),

        bind(.metadata, [.down, .character("j")], .moveDown, de: "nächste Angabe", en: "next entry"),
        bind(.metadata, [.up, .character("k")], .moveUp, de: "vorherige Angabe", en: "previous entry"),
        bind(.metadata, [.enter, .character("e")], .editCard, de: "Angabe bearbeiten (Sprache: umschalten)",
             en: "edit the entry (language: toggle)"),
        bind(.metadata, [.escape], .back, de: "zurück", en: "back"),

        bind(.editor, [.enter], .editor(.confirm), de: "übernehmen (leerer Text: keine Karte)",
             en: "confirm (blank text: no card)"),
        bind(.editor, [.escape, .control("c")], .editor(.cancel), de: "abbrechen", en: "cancel"),
        bind(.editor, [.left], .editor(.left), de: "ein Zeichen nach links", en: "one character left"),
        bind(.editor, [.right], .editor(.right), de: "ein Zeichen nach rechts", en: "one character right"),
        bind(.editor, [.home, .control("a")], .editor(.home), de: "an den Anfang", en: "to the start"),
        bind(.editor, [.end, .control("e")], .editor(.end), de: "ans Ende", en: "to the end"),
        bind(.editor, [.backspace], .editor(.backspace), de: "Zeichen vor dem Cursor löschen",
             en: "delete the character before the cursor"),
        bind(.editor, [.delete, .control("d")], .editor(.delete), de: "Zeichen unter dem Cursor löschen",
             en: "delete the character under the cursor"),
        bind(.editor, [.control("u")], .editor(.deleteToStart), de: "bis zum Anfang löschen", en: "delete to the start"),
        bind(.editor, [.control("k")], .editor(.deleteToEnd), de: "bis zum Ende löschen", en: "delete to the end"),
        bind(.editor, [.tab], .editor(.complete), de: "Autor: Namen der Teilnehmenden ergänzen, weiter mit Tab",
             en: "author: complete a participant's name, Tab again for the next"),
        bind(.editor, [.control("p")], .editor(.park), de: "Kartentext in den Themenspeicher stellen (statt ins Feld)",
             en: "set the card's text aside in the parking lot (instead of the field)"),
        bind(.editor, [.control("w")], .editor(.deleteWord), de: "Wort vor dem Cursor löschen", en: "delete the word before the cursor"),

        bind(.dialog, [.character("s")], .dialog(.save), de: "speichern", en: "save"),
        bind(.dialog, [.character("d")], .dialog(.discard), de: "verwerfen", en: "discard"),
        bind(.dialog, [.character("j")], .dialog(.jump), de: "zum ersten leeren Feld", en: "jump to the first empty field"),
        bind(.dialog, [.character("e")], .dialog(.exportAnyway), de: "trotzdem exportieren (markiert)",
             en: "export anyway (flagged)"),
        bind(.dialog, [.character("r")], .dialog(.restore), de: "die andere Fassung nehmen (Wiederherstellung, Datei von der Platte)",
             en: "take the other version (recovery file, file on disk)"),
        bind(.dialog, [.character("k")], .dialog(.keepMine), de: "meine Fassung behalten (überschreibt die Datei)",
             en: "keep my version (overwrites the file)"),
        bind(.dialog, [.character("a")], .dialog(.saveElsewhere), de: "meine Fassung anderswo speichern",
             en: "save my version elsewhere"),
        bind(.dialog, [.character("o")], .dialog(.readOnly), de: "nur lesend öffnen", en: "open read-only"),
        bind(.dialog, [.escape, .character("c"), .control("c")], .dialog(.cancel), de: "abbrechen", en: "cancel"),

        bind(.timer, [.character(" "), .character("t")], .timerCommand(.startPause), de: "starten / anhalten", en: "start / pause"),
        bind(.timer, [.character("f")], .timerCommand(.setField), de: "Minuten für dieses Feld setzen und starten",
             en: "set minutes for this field and start"),
        bind(.timer, [.character("c")], .timerCommand(.setCluster), de: "Minuten für das ganze Cluster setzen und starten",
             en: "set minutes for the whole cluster and start"),
        bind(.timer, [.character("r")], .timerCommand(.reset), de: "zurücksetzen", en: "reset"),
        bind(.timer, [.escape, .character("q"), .control("c")], .back, de: "schließen", en: "close"),

        bind(.parkingLot, [.down, .character("j")], .moveDown, de: "nächster Punkt", en: "next point"),
        bind(.parkingLot, [.up, .character("k")], .moveUp, de: "vorheriger Punkt", en: "previous point"),
        bind(.parkingLot, [.character("a"), .character("o")], .addCard, de: "Punkt hinzufügen", en: "add a point"),
        bind(.parkingLot, [.enter, .character("e")], .editCard, de: "Punkt bearbeiten", en: "edit the point"),
        bind(.parkingLot, [.character("d"), .delete], .deleteCard, de: "Punkt löschen", en: "delete the point"),
        bind(.parkingLot, [.character("I")], .unpark(.ist), de: "in die Ist-Spalte eines Feldes übernehmen …",
             en: "move into a field's Ist column …"),
        bind(.parkingLot, [.character("S")], .unpark(.soll), de: "in die Soll-Spalte eines Feldes übernehmen …",
             en: "move into a field's Soll column …"),
        bind(.parkingLot, [.escape], .back, de: "zurück zum Board", en: "back to the board"),

        bind(.help, [.down, .character("j")], .scrollHelp(1), de: "weiter", en: "scroll down"),
        bind(.help, [.up, .character("k")], .scrollHelp(-1), de: "zurück", en: "scroll up"),
        bind(.help, [.escape, .character("q"), .character("?"), .control("c")], .back, de: "Hilfe schließen", en: "close help"),
    ]

    private static let index: [KeyContext: [Key: Action]] = {
        var result: [KeyContext: [Key: Action]] = [:]
        for binding in bindings {
            for key in binding.keys where result[binding.context]?[key] == nil {
                result[binding.context, default: [:]][key] = binding.action
            }
        }
        return result
    }()

    /// The action a key has in a context; screens fall back to the global bindings.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let action = index[context]?[key] { return action }
        switch context {
        case .board, .field, .metadata, .parkingLot: return index[.global]?[key]
        case .presentation:
            // Characters are the room's words here; only keys that type nothing fall back.
            if case .character = key { return nil }
            return index[.global]?[key]
        case .capture: return index[.editor]?[key]
        case .global, .editor, .dialog, .help, .timer: return nil
        }
    }

    /// The keys that do `action` in `context`, the context's own first, then those it falls back to (a key
    /// that means something else there is left out). Hints in messages name the first.
    public static func keys(for action: Action, in context: KeyContext) -> [Key] {
        let fallback: [KeyContext] = switch context {
        case .board, .field, .metadata, .presentation, .parkingLot: [.global]
        case .capture: [.editor]
        case .global, .editor, .dialog, .help, .timer: []
        }
        return ([context] + fallback).flatMap { source in
            bindings.filter { $0.context == source && $0.action == action }.flatMap(\.keys)
        }.filter { self.action(for: $0, in: context) == action }
    }

    private static func markdownCode(_ label: String) -> String {
        label == "`" ? "`` ` ``" : "`" + label + "`"
    }

    /// The key list as Markdown tables, one per context (README's key list).
    public static func markdown(in language: Language) -> String {
        KeyContext.allCases.map { context in
            let rows = bindings.filter { $0.context == context }.map { binding in
                "| " + binding.keys.map { Self.markdownCode($0.label(in: language)) }.joined(separator: " ")
                    + " | " + binding.description[language] + " |"
            }
            let header = language.pick(de: "| Taste | Wirkung |", en: "| Key | Action |")
            return "### " + context.title(in: language) + "\n\n" + header + "\n|---|---|\n" + rows.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}
