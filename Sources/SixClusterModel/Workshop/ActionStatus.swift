/// Where an action stands (format 4): a Soll card with an owner or a due date is followed up with it. A card
/// without a status is open.
public enum ActionStatus: String, CaseIterable, Sendable, Comparable {
    case open
    case doing
    case done
    case dropped

    /// The status's name for people.
    public func name(in language: Language) -> String {
        switch self {
        case .open: language.pick(de: "offen", en: "open")
        case .doing: language.pick(de: "in Arbeit", en: "doing")
        case .done: language.pick(de: "erledigt", en: "done")
        case .dropped: language.pick(de: "verworfen", en: "dropped")
        }
    }

    /// The status after this one on the board's key: open → doing → done → dropped → open.
    public var next: ActionStatus {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether the action still asks for work (open or doing).
    public var isPending: Bool { self == .open || self == .doing }

    /// In the order of the cycle.
    public static func < (lhs: ActionStatus, rhs: ActionStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
