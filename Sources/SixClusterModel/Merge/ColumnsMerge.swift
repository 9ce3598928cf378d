/// The three-way merge of some card columns – a field's Ist and Soll, or the parking lot – card by card.
///
/// Each side's additions are kept; a card deleted on one side and kept on the other goes; a text changed on one
/// side is taken; a move between columns, a new order, author, method, priority, status are taken from the side that
/// changed them (ours when both did); dots add up as counts. Both sides changing a text differently, or one
/// changing what the other deleted, is a conflict: nothing is lost, the card carries the other version.
struct ColumnsMerge {
    /// The merged columns.
    private(set) var columns: [[Card]]
    /// The texts of the cards marked as conflicts.
    private(set) var conflicts: [String] = []

    /// One card of the result, with the key it has on each side (for its place there).
    private struct Merged {
        var card: Card
        var column: Int
        var ours: CardKey?
        var theirs: CardKey?
    }

    init(base: [[Card]], ours: [[Card]], theirs: [[Card]]) {
        let texts = CardTexts(capacity: base.reduce(0) { $0 + $1.count })
        let base = ColumnsVersion(base, texts: texts), ours = ColumnsVersion(ours, texts: texts)
        let theirs = ColumnsVersion(theirs, texts: texts)
        let ourChanges = SideChanges(base: base, side: ours)
        let theirChanges = SideChanges(base: base, side: theirs)
        var merged: [Merged] = []
        var conflicts: [String] = []
        for key in base.keys.joined() {
            let original = base.card(key)!
            let column = base.places[key]!.column
            switch (ourChanges.fate(of: key), theirChanges.fate(of: key)) {
            case (.deleted, .deleted), (.deleted, .kept), (.kept, .deleted):
                continue
            case (.kept, .kept):
                let card = Self.details(base: original, ours: ours.card(key)!, theirs: theirs.card(key)!)
                merged.append(Merged(card: card, column: Self.column(base: column, ours.places[key]!.column, theirs.places[key]!.column),
                                     ours: key, theirs: key))
            case (.edited(let new), .kept):
                let card = Self.details(base: original, ours: ours.card(new)!, theirs: theirs.card(key)!, text: ours.text(new))
                merged.append(Merged(card: card, column: ours.places[new]!.column, ours: new, theirs: key))
            case (.kept, .edited(let new)):
                let card = Self.details(base: original, ours: ours.card(key)!, theirs: theirs.card(new)!, text: theirs.text(new))
                merged.append(Merged(card: card, column: theirs.places[new]!.column, ours: key, theirs: new))
            case (.edited(let mine), .edited(let other)):
                var card = Self.details(base: original, ours: ours.card(mine)!, theirs: theirs.card(other)!, text: ours.text(mine))
                if mine.text != other.text {
                    card.conflict = theirs.text(other)
                    conflicts.append(ours.text(mine))
                }
                merged.append(Merged(card: card, column: ours.places[mine]!.column, ours: mine, theirs: other))
            case (.edited(let new), .deleted):
                // Changed here, deleted there: the change comes back, marked, with the text it had before.
                var card = ours.card(new)!
                card.conflict = original.text
                conflicts.append(card.text)
                merged.append(Merged(card: card, column: ours.places[new]!.column, ours: new, theirs: nil))
            case (.deleted, .edited(let new)):
                var card = theirs.card(new)!
                card.conflict = original.text
                conflicts.append(card.text)
                merged.append(Merged(card: card, column: theirs.places[new]!.column, ours: nil, theirs: new))
            }
        }
        // New cards: ours, then theirs. A text both sides arrived at (added, or changed to) comes once.
        let usedByUs = Set(merged.compactMap(\.ours)), usedByThem = Set(merged.compactMap(\.theirs))
        let addedByThem = Set(theirChanges.added)
        for key in ourChanges.added where !usedByThem.contains(key) {
            merged.append(Merged(card: ours.card(key)!, column: ours.places[key]!.column, ours: key,
                                 theirs: addedByThem.contains(key) ? key : nil))
        }
        let addedByUs = Set(ourChanges.added)
        for key in theirChanges.added where !addedByUs.contains(key) && !usedByUs.contains(key) {
            merged.append(Merged(card: theirs.card(key)!, column: theirs.places[key]!.column, ours: nil, theirs: key))
        }
        columns = (0..<base.columns.count).map { index in
            Self.order(merged.filter { $0.column == index }, column: index, base: base, ours: ours, theirs: theirs)
        }
        self.conflicts = conflicts
    }

    /// A card's column: the side that moved it decides (both moving it can only mean the same column).
    private static func column(base: Int, _ ours: Int, _ theirs: Int) -> Int {
        ours != base ? ours : theirs
    }

    /// A card's details merged: each attribute from the side that changed it (ours when both did), dots as counts.
    private static func details(base: Card, ours: Card, theirs: Card, text: String? = nil) -> Card {
        func pick<T: Equatable>(_ path: KeyPath<Card, T>) -> T {
            ours[keyPath: path] != base[keyPath: path] ? ours[keyPath: path] : theirs[keyPath: path]
        }
        // The same dots given on both sides are one change; different ones add up.
        let votes = ours.votes == theirs.votes ? ours.votes : max(0, ours.votes + theirs.votes - base.votes)
        var card = Card(text ?? base.text, author: pick(\.author), method: pick(\.method), votes: votes,
                        priority: pick(\.priority))
        card.owner = pick(\.owner)
        card.due = pick(\.due)
        card.status = pick(\.status)
        card.conflict = pick(\.conflict)
        return card
    }

    /// The merged cards of one column in order: the order of the side that changed it (ours when both or neither
    /// did), with the other side's cards set in after the card they follow there.
    private static func order(_ cards: [Merged], column: Int, base: ColumnsVersion, ours: ColumnsVersion,
                              theirs: ColumnsVersion) -> [Card] {
        let useTheirs = reordered(column, base: base, side: theirs) && !reordered(column, base: base, side: ours)
        let (first, second) = useTheirs ? (theirs, ours) : (ours, theirs)
        let key: (Merged, Bool) -> CardKey? = { card, firstSide in (firstSide != useTheirs) ? card.ours : card.theirs }
        // Cards in the leading side's column, in its order.
        var result: [Merged] = []
        var rest: [Merged] = []
        let leading = cards.compactMap { card -> (Int, Merged)? in
            guard let k = key(card, true), let place = first.places[k], place.column == column else { return nil }
            return (place.index, card)
        }
        result = leading.sorted { $0.0 < $1.0 }.map(\.1)
        let placed = Set(result.compactMap { key($0, true) })
        rest = cards.filter { key($0, true).map { !placed.contains($0) } ?? true }
        // The others after the card they follow on their own side (one after the other when several follow the
        // same card), else before the first card they precede, else at the end. One walk through that side's column
        // finds each one's place.
        let restByKey = Dictionary(rest.compactMap { card in key(card, false).map { ($0, card) } }, uniquingKeysWith: { a, _ in a })
        var after: [CardKey: [Merged]] = [:]
        var before: [CardKey: [Merged]] = [:]
        var head: [Merged] = []
        var lastPlaced: CardKey?
        var inSecond: Set<CardKey> = []
        let placedThere = Set(result.compactMap { key($0, false) })
        for k in second.keys[column] {
            if placedThere.contains(k) {
                if lastPlaced == nil, !head.isEmpty { before[k] = head; head = [] }
                lastPlaced = k
            } else if let card = restByKey[k], column == card.column {
                inSecond.insert(k)
                if let anchor = lastPlaced { after[anchor, default: []].append(card) } else { head.append(card) }
                if lastPlaced != nil { lastPlaced = k }
            }
        }
        var ordered: [Merged] = []
        func emitChain(_ k: CardKey) {
            for card in after[k] ?? [] {
                ordered.append(card)
                if let next = key(card, false), next != k { emitChain(next) }
            }
        }
        for card in result {
            let k = key(card, false)
            if let k, let preceding = before[k] { ordered += preceding }
            ordered.append(card)
            if let k { emitChain(k) }
        }
        ordered += head
        ordered += rest.filter { card in key(card, false).map { !inSecond.contains($0) } ?? true }
        result = ordered
        return result.map(\.card)
    }

    /// Whether a side changed the order of the cards it kept from the base in a column.
    private static func reordered(_ column: Int, base: ColumnsVersion, side: ColumnsVersion) -> Bool {
        let kept = Set(side.keys[column])
        let baseOrder = base.keys[column].filter { kept.contains($0) }
        let baseSet = Set(baseOrder)
        return side.keys[column].filter { baseSet.contains($0) } != baseOrder
    }
}
