/// The cards a workshop holds for one topic: an ordered Ist list and an ordered Soll list.
public struct Field: Equatable, Sendable {
    /// The topic's number, 1 to 20.
    public var topic: Int
    /// Cards on the current situation, in order.
    public var ist: [Card] { didSet { istCount = Self.nonBlank(ist); conflicts = Self.conflicts(ist, soll) } }
    /// Cards on the target situation, in order.
    public var soll: [Card] { didSet { sollCount = Self.nonBlank(soll); conflicts = Self.conflicts(ist, soll) } }
    /// Seconds the room spent on this field in presentation mode (format 2).
    public var seconds: Int
    /// Non-blank cards in each column, kept with every change so that reading them costs nothing.
    private var istCount: Int
    private var sollCount: Int
    private var conflicts: Int

    /// Creates a field.
    public init(topic: Int, ist: [Card] = [], soll: [Card] = [], seconds: Int = 0) {
        self.topic = topic
        self.seconds = seconds
        self.ist = ist
        self.soll = soll
        istCount = Self.nonBlank(ist)
        sollCount = Self.nonBlank(soll)
        conflicts = Self.conflicts(ist, soll)
    }

    private static func nonBlank(_ cards: [Card]) -> Int {
        cards.reduce(0) { $0 + ($1.isBlank ? 0 : 1) }
    }

    private static func conflicts(_ ist: [Card], _ soll: [Card]) -> Int {
        ist.reduce(0) { $0 + ($1.conflict == nil ? 0 : 1) } + soll.reduce(0) { $0 + ($1.conflict == nil ? 0 : 1) }
    }

    /// The cards that still carry another version from a merge (see `OpenConflict`).
    public var conflictCount: Int { conflicts }

    /// The cards of one column.
    public subscript(situation: Situation) -> [Card] {
        get { situation == .ist ? ist : soll }
        set {
            if situation == .ist { ist = newValue } else { soll = newValue }
        }
        _modify {
            if situation == .ist { yield &ist } else { yield &soll }
        }
    }

    /// The number of non-blank cards in a column.
    public func count(_ situation: Situation) -> Int {
        situation == .ist ? istCount : sollCount
    }

    /// Whether the field holds something only format 2 can write (time spent, votes, priorities).
    public var needsFormat2: Bool {
        seconds != 0 || ist.contains(where: \.needsFormat2) || soll.contains(where: \.needsFormat2)
    }

    /// How complete the field is.
    public var status: FieldStatus {
        if istCount == 0 { return .empty }
        if sollCount == 0 { return .noTarget }
        return .complete
    }
}
