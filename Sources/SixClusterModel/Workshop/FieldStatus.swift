/// How complete a field is, as the model demands.
public enum FieldStatus: String, Sendable, Codable {
    /// No Ist card: the model allows no empty field (an error).
    case empty
    /// Ist cards but no Soll card (a warning).
    case noTarget = "no-target"
    /// Ist and Soll cards.
    case complete

    /// Whether the field needs attention.
    public var isFlagged: Bool { self != .complete }

    /// The flag in words.
    public func label(in language: Language) -> String {
        switch self {
        case .empty: language.pick(de: "leer", en: "empty")
        case .noTarget: language.pick(de: "kein Ziel", en: "no target")
        case .complete: language.pick(de: "vollständig", en: "complete")
        }
    }

    /// A sentence that explains the flag.
    public func explanation(in language: Language) -> String {
        switch self {
        case .empty:
            language.pick(de: "leer: noch keine Ist-Karte", en: "empty: no Ist card yet")
        case .noTarget:
            language.pick(de: "kein Ziel: noch keine Soll-Karte", en: "no target: no Soll card yet")
        case .complete:
            language.pick(de: "vollständig", en: "complete")
        }
    }
}
