import SixClusterModel

/// Where a key binding applies. The raw value places a context's bindings in a keymap's index.
public enum KeyContext: Int, CaseIterable, Sendable {
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
    /// While the room's panel is shown.
    case room

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
        case .room: language.pick(de: "Raum für Handys", en: "Room for phones")
        }
    }
}
