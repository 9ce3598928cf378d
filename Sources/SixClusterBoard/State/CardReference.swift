import SixClusterModel

/// A card as a prompt, dialog or pending command remembers it: where it was and what it held. The file can change
/// under an open prompt (another program saves, the board reloads), so the place alone may name another card or
/// none: the reference finds the card again by its content, or says it is gone.
public struct CardReference: Equatable, Sendable {
    /// Where the card was when it was taken.
    public var place: CardLocation
    /// The card as it was then.
    public var card: Card

    /// A reference to a card at a place.
    public init(place: CardLocation, card: Card) {
        self.place = place
        self.card = card
    }

    /// Where the card is now: at its old place if it is still there, else the first card like it in the same
    /// column, then anywhere on the board; nil when no card like it is left.
    public func resolve(in workshop: Workshop) -> CardLocation? {
        let column = workshop[topic: place.topic][place.column]
        if column.indices.contains(place.index) && column[place.index] == card { return place }
        if let index = column.firstIndex(of: card) {
            return CardLocation(topic: place.topic, column: place.column, index: index)
        }
        for field in workshop.fields {
            for situation in Situation.allCases {
                if let index = field[situation].firstIndex(of: card) {
                    return CardLocation(topic: field.topic, column: situation, index: index)
                }
            }
        }
        return nil
    }
}
