/// How a card is known across versions of a workshop: by its text, and – for cards of the same text in one field –
/// by which of them it is (the first, the second, …, counted over the field's columns in order). Files carry no
/// card ids, so that hand-edited files and older files merge too (docs/DECISIONS.md).
struct CardKey: Hashable, Sendable {
    /// The card's text.
    var text: String
    /// Which card of this text in the field it is, from 0.
    var occurrence: Int

    /// The keys of every card of some columns, in column order.
    static func keys(of columns: [[Card]]) -> [[CardKey]] {
        var seen: [String: Int] = [:]
        return columns.map { column in
            column.map { card in
                let occurrence = seen[card.text, default: 0]
                seen[card.text] = occurrence + 1
                return CardKey(text: card.text, occurrence: occurrence)
            }
        }
    }
}
