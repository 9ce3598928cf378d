/// A card a merge could not settle: two versions of its text, kept until a person chooses. Until then it counts
/// like an empty field – `check` names it, `export` refuses, the closing review visits it.
public struct OpenConflict: Equatable, Sendable {
    /// The field (1...20), 0 for the parking lot.
    public var topic: Int
    /// The card's column; nil in the parking lot.
    public var column: Situation?
    /// The card's place in its column (in the parking lot, in the list).
    public var index: Int
    /// The card as it stands: its text is one version.
    public var card: Card

    /// The version the card shows.
    public var text: String { card.text }
    /// The other version, or why the card came back (changed here, deleted there).
    public var other: String { card.conflict ?? "" }
}

extension Workshop {
    /// Every card that still carries another version, field by field (Ist before Soll), then the parking lot.
    public var openConflicts: [OpenConflict] {
        var found: [OpenConflict] = []
        for field in fields {
            for column in Situation.allCases {
                for (index, card) in field[column].enumerated() where card.conflict != nil {
                    found.append(OpenConflict(topic: field.topic, column: column, index: index, card: card))
                }
            }
        }
        for (index, card) in parked.enumerated() where card.conflict != nil {
            found.append(OpenConflict(topic: 0, column: nil, index: index, card: card))
        }
        return found
    }
}
