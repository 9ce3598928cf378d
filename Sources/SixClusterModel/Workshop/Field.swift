/// The cards a workshop holds for one topic: an ordered Ist list and an ordered Soll list.
public struct Field: Equatable, Sendable {
    /// The topic's number, 1 to 20.
    public var topic: Int
    /// Cards on the current situation, in order.
    public var ist: [Card]
    /// Cards on the target situation, in order.
    public var soll: [Card]

    /// Creates a field.
    public init(topic: Int, ist: [Card] = [], soll: [Card] = []) {
        self.topic = topic
        self.ist = ist
        self.soll = soll
    }

    /// The cards of one column.
    public subscript(situation: Situation) -> [Card] {
        get { situation == .ist ? ist : soll }
        set {
            if situation == .ist { ist = newValue } else { soll = newValue }
        }
    }

    /// The number of non-blank cards in a column.
    public func count(_ situation: Situation) -> Int {
        self[situation].reduce(0) { $0 + ($1.isBlank ? 0 : 1) }
    }

    /// How complete the field is.
    public var status: FieldStatus {
        if count(.ist) == 0 { return .empty }
        if count(.soll) == 0 { return .noTarget }
        return .complete
    }
}
