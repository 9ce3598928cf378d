import SixClusterModel

/// A card as a prompt, dialog or pending command remembers it: where it was and what it held. The file can change
/// under an open prompt (another program saves, the board reloads), so the place alone may name another card or
/// none: the reference finds the card again by its content, or says it is gone.
public struct CardReference: Equatable, Sendable {
    /// Where the card was when it was taken.
    public var place: CardLocation
    /// The card as it was then – or, once another writer changed it meanwhile, as that writer left it.
    public var card: Card
    /// The text the card had when it was taken, kept once another writer changed the text meanwhile (nil while
    /// nobody did): an edit stored then is a conflict between the two, never a second card.
    public var changedFrom: String?

    /// A reference to a card at a place.
    public init(place: CardLocation, card: Card, changedFrom: String? = nil) {
        self.place = place
        self.card = card
        self.changedFrom = changedFrom
    }

    /// The same card after the workshop changed from `old` to `new` (another board's write, a merge): at its new
    /// place, or, when its text was changed there, the changed card with the text it had first kept; unchanged when
    /// the card is gone (the edit then keeps what was typed as a card of its own).
    public func followed(from old: Workshop, to new: Workshop) -> CardReference {
        guard let now = resolve(in: old) else { return self }
        switch CardTrace.follow(topic: now.topic, column: now.column, index: now.index, from: old, to: new) {
        case .kept(let column, let index):
            let place = CardLocation(topic: now.topic, column: column, index: index)
            return CardReference(place: place, card: new[topic: now.topic][column][index], changedFrom: changedFrom)
        case .edited(let column, let index):
            let place = CardLocation(topic: now.topic, column: column, index: index)
            return CardReference(place: place, card: new[topic: now.topic][column][index], changedFrom: changedFrom ?? card.text)
        case .gone:
            return self
        }
    }

    /// Where the card is now: at its old place if it is still there, else the first card like it in the same
    /// column, then anywhere on the board (as `CardAddress` finds it); nil when no card like it is left.
    public func resolve(in workshop: Workshop) -> CardLocation? {
        CardAddress(topic: place.topic, column: place.column, index: place.index, card: card).resolve(in: workshop)
            .map { CardLocation(topic: $0.topic, column: $0.column, index: $0.index) }
    }
}
