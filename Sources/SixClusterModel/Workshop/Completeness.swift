/// How complete a board is: how many fields hold Ist and Soll cards, which are empty, which lack a target.
public struct Completeness: Equatable, Sendable {
    /// One field's card counts and status.
    public struct Entry: Equatable, Sendable {
        /// The topic's number.
        public var topic: Int
        /// Non-blank Ist cards.
        public var istCards: Int
        /// Non-blank Soll cards.
        public var sollCards: Int
        /// The field's status.
        public var status: FieldStatus
        /// Cards that still carry another version from a merge.
        public var conflicts: Int = 0

        /// Whether the field needs attention: empty, without a target, or holding an open conflict.
        public var needsAttention: Bool { status.isFlagged || conflicts > 0 }
    }

    /// One entry per topic, ordered by number.
    public let entries: [Entry]

    /// Summarises the given fields.
    public init(fields: [Field]) {
        entries = fields.map {
            Entry(topic: $0.topic, istCards: $0.count(.ist), sollCards: $0.count(.soll), status: $0.status,
                  conflicts: $0.conflictCount)
        }
    }

    /// The number of fields with at least one Ist card.
    public var istCount: Int { entries.filter { $0.istCards > 0 }.count }
    /// The number of fields with at least one Soll card.
    public var sollCount: Int { entries.filter { $0.sollCards > 0 }.count }
    /// The topics with no Ist card.
    public var emptyTopics: [Int] { topics(.empty) }
    /// The topics with Ist but no Soll cards.
    public var noTargetTopics: [Int] { topics(.noTarget) }
    /// The flagged topics (empty or without a target), by number.
    public var flagged: [Entry] { entries.filter { $0.status.isFlagged } }
    /// The topics holding a card with an open conflict, by number.
    public var conflictTopics: [Int] { entries.filter { $0.conflicts > 0 }.map(\.topic) }
    /// The cards with an open conflict on the whole board (the parking lot aside).
    public var conflictCount: Int { entries.reduce(0) { $0 + $1.conflicts } }
    /// Whether every field holds at least its current situation (the model's rule).
    public var hasNoEmptyField: Bool { emptyTopics.isEmpty }

    /// Of some topics (a cluster's), how many fields have Ist cards and how many have Soll cards.
    public func progress(of topics: [Int]) -> (ist: Int, soll: Int, total: Int) {
        let chosen = entries.filter { topics.contains($0.topic) }
        return (chosen.filter { $0.istCards > 0 }.count, chosen.filter { $0.sollCards > 0 }.count, chosen.count)
    }

    private func topics(_ status: FieldStatus) -> [Int] {
        entries.filter { $0.status == status }.map(\.topic)
    }
}
