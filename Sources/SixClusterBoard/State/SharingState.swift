import SixClusterModel

/// The other boards open on the same workshop file, and how this board goes along with them: whether it leads the
/// room ("follow me") and whether it follows a leading board. It changes only through its own methods.
public struct SharingState: Equatable, Sendable {
    /// The other boards, as their presence files last said.
    public private(set) var others: [BoardPresence] = []
    /// Whether this board leads: boards that follow go to the field it presents.
    public private(set) var leads = false
    /// Whether this board goes where a leading board presents (on until the user leaves it).
    public private(set) var followsLeader = true
    /// The leader's field this board last went to, so that it goes there once and the user can look around.
    private(set) var followedTopic: Int? = nil
    /// Until when (the loop's clock) writing waits after a failed write, so that a full disk is not hammered.
    private(set) var writePausedUntil: Double = 0
    /// Whether the next write was asked for (Ctrl-S), so that it is confirmed; the writes between keys are silent.
    private(set) var confirmsWrite = false
    /// Whether the board said that a change waits for an explicit save (comments in the file, write protection).
    private(set) var heldBackSaid = false
    /// The name this board's user gave (`--author`, the config file's `author`): the author of the cards typed
    /// here; nil when none was given (a login name is no author).
    public internal(set) var writer: String? = nil

    /// Whether anyone else is in the workshop: then every change goes to the file at once.
    public var isShared: Bool { !others.isEmpty }

    /// The board that leads, when one does (the newest, when several say they do).
    public var leader: BoardPresence? {
        others.filter(\.leads).max { $0.leadingSince < $1.leadingSince }
    }

    /// The boards at a field (the board's marks).
    public func others(at topic: Int) -> [BoardPresence] {
        others.filter { $0.topic == topic && $0.place != .other }
    }

    /// The other people's names (the room for phones is none), each once, in the order they came.
    public var names: [String] {
        var seen: [String] = []
        for name in others.filter({ $0.kind != .room }).map(\.name) where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// The field a following board should go to now: the leader's presented field, once per field it opens.
    func topicToFollow() -> Int? {
        guard followsLeader, !leads, let leader, leader.place == .presentation, leader.topic != followedTopic else { return nil }
        return leader.topic
    }

    /// Whether some other board presents with the lead, or presents at all while this one does not lead (then
    /// the time spent per field is counted there, not twice).
    var countsTimeElsewhere: Bool {
        !leads && others.contains { $0.place == .presentation && !$0.watches }
    }

    /// The presence files changed: these are the others now (a leader gone, nothing is followed).
    mutating func see(_ others: [BoardPresence]) {
        // A command that adds a card is in the folder for a moment: no company to go along with.
        self.others = others.filter { $0.kind != .writer }
        if leader == nil { followedTopic = nil }
    }

    /// The board went to the leader's field.
    mutating func followed(_ topic: Int) {
        followedTopic = topic
    }

    /// Leads, or leads no more; gives whether it leads now.
    mutating func toggleLead() -> Bool {
        leads.toggle()
        return leads
    }

    /// Follows the leader, or no more; gives whether it follows now.
    mutating func toggleFollowing() -> Bool {
        followsLeader.toggle()
        followedTopic = nil
        return followsLeader
    }

    /// The next write was asked for with a key: it is confirmed once done.
    mutating func confirmNextWrite() {
        confirmsWrite = true
    }

    /// A write failed at `clock`: the next one waits a moment.
    mutating func writeFailed(at clock: Double) {
        writePausedUntil = clock + 2
        confirmsWrite = false
    }

    /// A write worked. Gives whether it was asked for with a key (and is to be confirmed).
    mutating func written() -> Bool {
        defer { confirmsWrite = false }
        heldBackSaid = false
        writePausedUntil = 0
        return confirmsWrite
    }

    /// A change is held back (it waits for an explicit save). Gives whether to say so: once per change.
    mutating func holdBack() -> Bool {
        defer { heldBackSaid = true }
        return !heldBackSaid
    }
}
