/// What a phone sends for a card: an id of its own (so that a resent card is taken once), the field, the column
/// (`ist` or `soll`) and the text.
struct RoomCardSubmission: Codable {
    var id: String
    var field: Int
    var column: String
    var text: String
}

/// What the room answers for a card: its id, and `added` or `known` (taken before).
struct RoomCardReceipt: Codable, Equatable {
    var id: String
    var status: String
}

/// A participant's name, as sent and as the room answers it.
struct RoomNameSubmission: Codable {
    var name: String
}

/// What a phone shows: who it is, the field the facilitator presents (with its questions and cards) and every
/// field's name.
struct RoomState: Codable {
    struct Card: Codable {
        var text: String
        var by: String?
    }

    struct Field: Codable {
        var number: Int
        var name: String
        var questions: [String]
        var ist: [Card]
        var soll: [Card]
    }

    struct FieldName: Codable {
        var number: Int
        var name: String
    }

    /// The room's change number: ask with `after=` it to wait for the next change.
    var version: Int
    var you: String
    var language: String
    var field: Field
    var fields: [FieldName]
}
