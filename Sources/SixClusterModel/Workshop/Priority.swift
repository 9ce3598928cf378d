/// How urgent a target card is, as the room decided it (format 2).
public enum Priority: String, CaseIterable, Sendable, Comparable {
    case high
    case medium
    case low

    /// The priority's name for people.
    public func name(in language: Language) -> String {
        switch self {
        case .high: language.pick(de: "hoch", en: "high")
        case .medium: language.pick(de: "mittel", en: "medium")
        case .low: language.pick(de: "niedrig", en: "low")
        }
    }

    /// High comes first.
    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
