/// A Six-Cluster workshop: its metadata and, for each of the twenty topics, its Ist and Soll cards.
public struct Workshop: Equatable, Sendable {
    /// What the workshop is about.
    public var metadata: WorkshopMetadata
    /// Exactly twenty fields; `fields[n - 1]` belongs to topic `n`.
    public private(set) var fields: [Field]
    /// The parking lot (Themenspeicher): points raised off-topic, kept for later, not yet in a field.
    public var parked: [Card]

    /// Creates a workshop; topics missing from `fields` start empty.
    public init(metadata: WorkshopMetadata = WorkshopMetadata(), fields: [Field] = [], parked: [Card] = []) {
        self.metadata = metadata
        self.parked = parked
        var all = (1...ModelTemplate.topicCount).map { Field(topic: $0) }
        for field in fields where (1...ModelTemplate.topicCount).contains(field.topic) {
            all[field.topic - 1] = field
        }
        self.fields = all
    }

    /// The field of a topic (1...20).
    public subscript(topic number: Int) -> Field {
        get { fields[number - 1] }
        set {
            var field = newValue
            field.topic = number
            fields[number - 1] = field
        }
        // In place: a card added to a field of thousands copies none of them.
        _modify {
            yield &fields[number - 1]
            fields[number - 1].topic = number
        }
    }

    /// How complete the whole board is.
    public var completeness: Completeness {
        Completeness(fields: fields)
    }

    /// The lowest file format that holds everything in the workshop: 1; 2 once votes, priorities or time spent
    /// are recorded; 3 once the parking lot, an owner, a due date or a conflict holds something; 4 once an action
    /// has a status or a card the method `data`. Writing the lowest one keeps plain workshops readable by older
    /// versions.
    public var requiredFormat: Int {
        if parked.contains(where: \.needsFormat4)
            || fields.contains(where: { $0.ist.contains(where: \.needsFormat4) || $0.soll.contains(where: \.needsFormat4) }) {
            return 4
        }
        if !parked.isEmpty || fields.contains(where: { $0.ist.contains(where: \.needsFormat3) || $0.soll.contains(where: \.needsFormat3) }) {
            return 3
        }
        return fields.contains(where: \.needsFormat2) ? 2 : 1
    }

    /// The same workshop with no time spent recorded: to tell edits from the clock running.
    public var ignoringTimeSpent: Workshop {
        var copy = self
        for index in copy.fields.indices where copy.fields[index].seconds != 0 { copy.fields[index].seconds = 0 }
        return copy
    }

    /// The number of non-blank cards on the whole board.
    public var cardCount: Int {
        fields.reduce(0) { $0 + $1.count(.ist) + $1.count(.soll) }
    }
}
