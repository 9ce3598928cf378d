/// One version of some card columns (a field's Ist and Soll, or the parking lot) as the merge sees it: each card
/// by its key, with its column and place.
struct ColumnsVersion {
    /// The cards of each column, in order.
    let columns: [[Card]]
    /// Their keys, in the same places.
    let keys: [[CardKey]]
    /// Where each key is: column and index.
    let places: [CardKey: (column: Int, index: Int)]

    /// A version whose texts are numbered by `texts`, shared with the versions it is compared with.
    init(_ columns: [[Card]], texts: CardTexts) {
        self.columns = columns
        keys = texts.keys(of: columns)
        var places: [CardKey: (column: Int, index: Int)] = [:]
        places.reserveCapacity(columns.reduce(0) { $0 + $1.count })
        for (column, keys) in keys.enumerated() {
            for (index, key) in keys.enumerated() { places[key] = (column, index) }
        }
        self.places = places
    }

    /// The card with a key.
    func card(_ key: CardKey) -> Card? {
        places[key].map { columns[$0.column][$0.index] }
    }

    /// The text of a card this version holds.
    func text(_ key: CardKey) -> String {
        card(key)?.text ?? ""
    }

    /// The nearest card before a key in its column whose key `isAnchor` accepts, or nil at the column's start.
    func anchor(of key: CardKey, where isAnchor: (CardKey) -> Bool) -> CardKey? {
        guard let place = places[key] else { return nil }
        return keys[place.column][..<place.index].last(where: isAnchor)
    }
}
