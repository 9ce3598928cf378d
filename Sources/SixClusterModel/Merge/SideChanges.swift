/// What one side did to the base's cards: kept a card (perhaps moved or with other details), changed its text,
/// deleted it, or added new cards. A text change is told from a delete and an add at the same place: the removed
/// card and the added one stand in the same column after the same unchanged card.
struct SideChanges {
    /// Base cards whose text this side changed, to the key of the new text.
    private(set) var edited: [CardKey: CardKey] = [:]
    /// Base cards this side deleted.
    private(set) var deleted: Set<CardKey> = []
    /// Cards this side added (not text changes), in its column order.
    private(set) var added: [CardKey] = []

    init(base: ColumnsVersion, side: ColumnsVersion) {
        // Removed and added cards, grouped by column and by the unchanged card they follow.
        struct Slot: Hashable { var column: Int; var anchor: CardKey? }
        var removed: [Slot: [CardKey]] = [:]
        for keys in base.keys {
            for key in keys where side.places[key] == nil {
                let slot = Slot(column: base.places[key]!.column,
                                anchor: base.anchor(of: key) { side.places[$0] != nil })
                removed[slot, default: []].append(key)
            }
        }
        for keys in side.keys {
            for key in keys where base.places[key] == nil {
                let slot = Slot(column: side.places[key]!.column,
                                anchor: side.anchor(of: key) { base.places[$0] != nil })
                if var candidates = removed[slot], !candidates.isEmpty {
                    edited[candidates.removeFirst()] = key
                    removed[slot] = candidates
                } else {
                    added.append(key)
                }
            }
        }
        deleted = Set(removed.values.joined())
    }

    /// What became of a base card on this side.
    func fate(of key: CardKey) -> Fate {
        if deleted.contains(key) { return .deleted }
        if let new = edited[key] { return .edited(new) }
        return .kept
    }

    /// What became of a base card.
    enum Fate: Equatable {
        case kept, deleted
        /// Its text changed; the key of the new text.
        case edited(CardKey)
    }
}
