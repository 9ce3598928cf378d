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

/// A change of one of the sender's own cards: its submission's id and the new text (none: delete it).
struct RoomCardChange: Codable {
    var id: String
    var text: String?
}

/// A dot given (`dots`: 1) or taken back (-1) on a Soll card, named by what it says and who wrote it.
struct RoomDot: Codable {
    var field: Int
    var text: String
    var by: String?
    var dots: Int
}

/// What the room answers for a dot: the dots the sender may still give.
struct RoomDotReceipt: Codable, Equatable {
    var dotsLeft: Int
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
        /// The dots it has.
        var dots: Int
        /// The id of the submission that made it, when it is the asker's own.
        var mine: String?
        /// The dots the asker gave it.
        var myDots: Int
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
    /// The dots the asker may still give.
    var dotsLeft: Int
    /// Whether the asker may pick any field (else the presented one is shown).
    var anyField: Bool
    /// Whether the field collects cards hidden until the facilitator reveals them.
    var hidden: Bool
    /// The asker's own cards waiting for the field to be revealed.
    var myHeld: [String]
    var field: Field
    var fields: [FieldName]
}
