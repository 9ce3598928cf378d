/// Someone who joined the room from a browser: a name of their own or "Gast 3"/"Guest 3", when their last cards
/// came (for the rate limit), their own cards (which they may change and delete) and the dots they gave.
struct RoomParticipant {
    /// The number a guest is named by.
    let number: Int
    /// The name they chose; nil while they are a guest.
    var chosenName: String?
    /// When their cards of the last minute came (seconds, monotonic).
    var recentCards: [Double] = []
    /// Their cards as they are now, by the id of the submission that made each.
    var own: [String: RoomCardKey] = [:]
    /// The dots they gave, by card.
    var given: [RoomCardKey: Int] = [:]

    /// How many dots they gave in all.
    var dotsGiven: Int { given.values.reduce(0, +) }

    /// The name the cards carry.
    func name(guestWord: String) -> String {
        chosenName ?? "\(guestWord) \(number)"
    }

    /// The id of the submission that made this card, when it is theirs.
    func ownID(of key: RoomCardKey) -> String? {
        own.first { $0.value == key }?.key
    }

    /// Whether a card may come now (at most `perMinute` within the last minute); notes it when it may.
    mutating func allowsCard(at now: Double, perMinute: Int) -> Bool {
        recentCards.removeAll { now - $0 >= 60 }
        guard recentCards.count < perMinute else { return false }
        recentCards.append(now)
        return true
    }

}
