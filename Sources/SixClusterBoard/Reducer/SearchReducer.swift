import SixClusterModel

/// The search's own logic: which cards a query finds, and which hit comes next.
extension BoardState.Search {
    /// The search for `query` in a workshop: every card whose text or author holds it (ignoring case), in board
    /// order.
    init(query: String, in workshop: Workshop) {
        let needle = query.lowercased()
        var hits: [CardLocation] = []
        for field in workshop.fields {
            for column in Situation.allCases {
                for (index, card) in field[column].enumerated()
                where card.text.lowercased().contains(needle) || (card.author?.lowercased().contains(needle) ?? false) {
                    hits.append(CardLocation(topic: field.topic, column: column, index: index))
                }
            }
        }
        self.init(query: query, hits: hits)
    }

    /// The first hit at or after a place, else the first of all.
    func first(from place: CardLocation) -> CardLocation? {
        hits.first { !Self.precedes($0, place) } ?? hits.first
    }

    /// The hit after a place (`step` > 0) or before it, wrapping around.
    func hit(after place: CardLocation, step: Int) -> CardLocation? {
        guard let first = hits.first, let last = hits.last else { return nil }
        return step > 0 ? hits.first { Self.precedes(place, $0) } ?? first : hits.last { Self.precedes($0, place) } ?? last
    }

    /// Board order: by topic, then Ist before Soll, then card index.
    static func precedes(_ a: CardLocation, _ b: CardLocation) -> Bool {
        (a.topic, a.column == .ist ? 0 : 1, a.index) < (b.topic, b.column == .ist ? 0 : 1, b.index)
    }
}
