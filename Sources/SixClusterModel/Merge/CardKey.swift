/// How a card is known across versions of a workshop: by its text, and – for cards of the same text in one field –
/// by which of them it is (the first, the second, …, counted over the field's columns in order). Files carry no
/// card ids, so that hand-edited files and older files merge too (docs/DECISIONS.md). The text is held as a number
/// given out by `CardTexts`, so that comparing and hashing keys never reads the text again.
struct CardKey: Hashable, Sendable {
    /// The card's text, as numbered by the versions' shared `CardTexts`.
    var text: Int
    /// Which card of this text in the field it is, from 0.
    var occurrence: Int
}

/// Numbers for the card texts of the versions being compared: equal texts get the same number.
final class CardTexts {
    private var numbers: [String: Int] = [:]

    init(capacity: Int = 0) {
        numbers.reserveCapacity(capacity)
    }

    /// The keys of every card of some columns, in column order.
    func keys(of columns: [[Card]]) -> [[CardKey]] {
        var seen: [Int: Int] = [:]
        return columns.map { column in
            column.map { card in
                let number = self.number(card.text)
                let occurrence = seen[number, default: 0]
                seen[number] = occurrence + 1
                return CardKey(text: number, occurrence: occurrence)
            }
        }
    }

    private func number(_ text: String) -> Int {
        if let number = numbers[text] { return number }
        let number = numbers.count
        numbers[text] = number
        return number
    }
}
