/// A card as a writer names it: where it was and what it held. The file can change between reading and writing
/// (another board, a script), so the place alone may name another card or none: the address finds the card again
/// by its content – at its place, else in the same column, else anywhere on the board – or says it is gone.
public struct CardAddress: Equatable, Hashable, Sendable {
    /// The field (1...20).
    public var topic: Int
    /// The column.
    public var column: Situation
    /// The card's index in the column when it was taken.
    public var index: Int
    /// The card as it was then.
    public var card: Card

    /// An address.
    public init(topic: Int, column: Situation, index: Int, card: Card) {
        self.topic = topic
        self.column = column
        self.index = index
        self.card = card
    }

    /// The card at a place of a workshop, if there is one.
    public init?(topic: Int, column: Situation, index: Int, in workshop: Workshop) {
        guard (1...ModelTemplate.topicCount).contains(topic), workshop[topic: topic][column].indices.contains(index) else { return nil }
        self.init(topic: topic, column: column, index: index, card: workshop[topic: topic][column][index])
    }

    /// Where the card is now, as (topic, column, index); nil when no card like it is left.
    public func resolve(in workshop: Workshop) -> (topic: Int, column: Situation, index: Int)? {
        guard (1...ModelTemplate.topicCount).contains(topic) else { return nil }
        let cards = workshop[topic: topic][column]
        if cards.indices.contains(index) && cards[index] == card { return (topic, column, index) }
        if let found = cards.firstIndex(of: card) { return (topic, column, found) }
        for field in workshop.fields {
            for situation in Situation.allCases {
                if let found = field[situation].firstIndex(of: card) { return (field.topic, situation, found) }
            }
        }
        return nil
    }
}
