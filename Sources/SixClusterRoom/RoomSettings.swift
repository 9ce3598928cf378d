import SixClusterModel

/// What the facilitator decides for the room on the board: the method phone cards carry, whether phones may pick
/// any field, whether new people may join.
public struct RoomSettings: Equatable, Sendable {
    /// The method phone cards carry (none: no method).
    public var method: CollectionMethod?
    /// Whether phones may pick any field rather than follow the presented one.
    public var anyField = false
    /// Whether new people may join through the link.
    public var joiningOpen = true
    /// The fields whose phone cards are held until the facilitator reveals them (silent brainstorming).
    public var hidden: Set<Int> = []

    public init() {}
}
