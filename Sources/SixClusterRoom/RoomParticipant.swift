/// Someone who joined the room from a browser: a name of their own or "Gast 3"/"Guest 3", when their last cards
/// came (for the rate limit), and the submissions already taken (so that a resent card is taken once).
struct RoomParticipant {
    /// The number a guest is named by.
    let number: Int
    /// The name they chose; nil while they are a guest.
    var chosenName: String?
    /// When their cards of the last minute came (seconds, monotonic).
    var recentCards: [Double] = []
    /// The ids of submissions already taken, in the order they came (the oldest forgotten past a thousand).
    var taken: [String] = []

    /// The name the cards carry.
    func name(guestWord: String) -> String {
        chosenName ?? "\(guestWord) \(number)"
    }

    /// Whether a card may come now (at most `perMinute` within the last minute); notes it when it may.
    mutating func allowsCard(at now: Double, perMinute: Int) -> Bool {
        recentCards.removeAll { now - $0 >= 60 }
        guard recentCards.count < perMinute else { return false }
        recentCards.append(now)
        return true
    }

    /// Notes a submission as taken.
    mutating func take(_ id: String) {
        taken.append(id)
        if taken.count > 1000 { taken.removeFirst(taken.count - 1000) }
    }
}
