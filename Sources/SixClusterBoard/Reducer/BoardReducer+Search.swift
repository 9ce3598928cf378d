import SixClusterModel

extension BoardState {
    /// Finds every card whose text or author holds `query` (ignoring case) and focuses the first hit at or after
    /// `from`.
    mutating func runSearch(_ query: String, from: CardLocation) {
        guard !query.isEmpty else {
            search = nil
            focus(from)
            return
        }
        let hits = Self.hits(of: query, in: workshop)
        search = Search(query: query, hits: hits)
        if let first = hits.first(where: { !Self.precedes($0, from) }) ?? hits.first {
            show(first)
        } else {
            focus(from)
            sayNoHits(query)
        }
    }

    /// Says that the query, as typed, found nothing.
    mutating func sayNoHits(_ query: String) {
        say("Keine Treffer für „\(query)“", "No hits for “\(query)”")
    }

    /// The cards whose text or author holds `query` (ignoring case), in board order.
    static func hits(of query: String, in workshop: Workshop) -> [CardLocation] {
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
        return hits
    }

    /// After the workshop was replaced (a reload): the search's hits are found again in it, so that `n` and `N`
    /// walk the cards as they are now.
    mutating func refreshSearch() {
        guard let query = search?.query else { return }
        search = Search(query: query, hits: Self.hits(of: query, in: workshop))
    }

    /// `n` and `N`: the next or previous hit, across fields, wrapping around.
    mutating func stepHit(by step: Int) {
        guard let search, !search.hits.isEmpty else {
            if let search { return sayNoHits(search.query) }
            let find = keyName(.search)
            return say("Keine Suche aktiv (\(find) sucht)", "No search active (\(find) searches)")
        }
        let here = location
        let next: CardLocation
        if step > 0 {
            next = search.hits.first { Self.precedes(here, $0) } ?? search.hits[0]
        } else {
            next = search.hits.last { Self.precedes($0, here) } ?? search.hits[search.hits.count - 1]
        }
        show(next)
    }

    /// Opens the field of a hit with the card focused, and says which hit it is.
    private mutating func show(_ hit: CardLocation) {
        screen = .field
        focus(hit)
        if let search, let number = search.hits.firstIndex(of: hit) {
            say("Treffer \(number + 1) von \(search.hits.count) für „\(search.query)“",
                "Hit \(number + 1) of \(search.hits.count) for “\(search.query)”")
        }
    }

    /// Board order: by topic, then Ist before Soll, then card index.
    static func precedes(_ a: CardLocation, _ b: CardLocation) -> Bool {
        (a.topic, a.column == .ist ? 0 : 1, a.index) < (b.topic, b.column == .ist ? 0 : 1, b.index)
    }
}
