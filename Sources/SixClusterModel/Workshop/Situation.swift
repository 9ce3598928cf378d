/// The two columns of every field: the current situation (Ist) and the target situation (Soll).
public enum Situation: String, CaseIterable, Sendable, Codable {
    /// The current situation (Ist, Ausgangssituation).
    case ist
    /// The target situation (Soll, Zielsituation).
    case soll

    /// The other column.
    public var other: Situation { self == .ist ? .soll : .ist }

    /// The column's short label.
    public func label(in language: Language) -> String {
        switch self {
        case .ist: language.pick(de: "Ist", en: "Ist (current)")
        case .soll: language.pick(de: "Soll", en: "Soll (target)")
        }
    }
}
