import SixClusterModel

extension BoardState {
    /// Finds every card whose text or author holds `query` (ignoring case) and focuses the first hit at or after
    /// `from`.
    mutating func runSearch(_ query: String, from: CardLocation) {
        guard !query.isEmpty else {
            navigation.remember(nil)
            focus(from)
            return
        }
        let found = Search(query: query, in: workshop)
        navigation.remember(found)
        if let first = found.first(from: from) {
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

    /// After the workshop was replaced (a reload): the search's hits are found again in it, so that `n` and `N`
    /// walk the cards as they are now.
    mutating func refreshSearch() {
        guard let query = search?.query else { return }
        navigation.remember(Search(query: query, in: workshop))
    }

    /// `n` and `N`: the next or previous hit, across fields, wrapping around.
    mutating func stepHit(by step: Int) {
        guard let search, !search.hits.isEmpty else {
            if let search { return sayNoHits(search.query) }
            let find = keyName(.search)
            return say("Keine Suche aktiv (\(find) sucht)", "No search active (\(find) searches)")
        }
        if let next = search.hit(after: location, step: step) { show(next) }
    }

    /// Opens the field of a hit with the card focused, and says which hit it is.
    private mutating func show(_ hit: CardLocation) {
        navigation.show(.field)
        focus(hit)
        if let search, let number = search.hits.firstIndex(of: hit) {
            say("Treffer \(number + 1) von \(search.hits.count) für „\(search.query)“",
                "Hit \(number + 1) of \(search.hits.count) for “\(search.query)”")
        }
    }
}
