/// The workshop's targets turned into a to-do order: every Soll card ranked by priority, then by votes, each
/// with the Ist cards of its field (from → to).
public struct ActionPlan: Equatable, Sendable {
    /// One target with where it starts from.
    public struct Target: Equatable, Sendable {
        /// The field the target belongs to.
        public var topic: Int
        /// The Soll card.
        public var card: Card
        /// The field's Ist cards: the situation the target starts from.
        public var from: [Card]
    }

    /// All non-blank Soll cards: high priority first, then medium, low and none; within a priority the most
    /// votes first; otherwise in the model's order.
    public let targets: [Target]

    /// Ranks the targets of a workshop.
    public init(_ workshop: Workshop) {
        var targets: [(order: Int, target: Target)] = []
        for field in workshop.fields {
            let from = field.ist.filter { !$0.isBlank }
            for card in field.soll where !card.isBlank {
                targets.append((targets.count, Target(topic: field.topic, card: card, from: from)))
            }
        }
        self.targets = targets.sorted { a, b in
            let rankA = Self.rank(a.target.card), rankB = Self.rank(b.target.card)
            return (rankA.priority, rankA.votes, a.order) < (rankB.priority, rankB.votes, b.order)
        }.map(\.target)
    }

    /// Sorts by priority (none last), then by votes (most first).
    private static func rank(_ card: Card) -> (priority: Int, votes: Int) {
        (card.priority.map { Priority.allCases.firstIndex(of: $0)! } ?? Priority.allCases.count, -card.votes)
    }

    /// The best-ranked targets of some fields (all fields when `topics` is empty).
    public func targets(in topics: [Int], limit: Int? = nil) -> [Target] {
        let chosen = topics.isEmpty ? targets : targets.filter { topics.contains($0.topic) }
        return limit.map { Array(chosen.prefix($0)) } ?? chosen
    }
}
