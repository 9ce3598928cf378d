import SixClusterModel

/// A card as a phone names it: its field, its column, what it says and who wrote it. The room finds it on the
/// file as it is when the change is written, so a card others moved up or down is still found.
struct RoomCardKey: Hashable {
    var field: Int
    var column: Situation
    var text: String
    var author: String?

    /// Where the card is in the workshop, as an address for an edit; nil when no such card is there any more.
    func address(in workshop: Workshop) -> CardAddress? {
        guard (1...ModelTemplate.topicCount).contains(field) else { return nil }
        let cards = workshop[topic: field][column]
        guard let index = cards.firstIndex(where: { $0.text == text && $0.author == author }) else { return nil }
        return CardAddress(topic: field, column: column, index: index, card: cards[index])
    }
}
