/// The workshop's room as the board knows it: closed, opening (its server starts), or open with its join link and
/// the link's QR code; and how many have joined. The link holds the join token: it lives in the board's memory
/// only and is never written anywhere.
public struct BoardRoom: Equatable, Sendable {
    /// Where the room stands.
    public enum Phase: Equatable, Sendable {
        case closed
        case opening
        case open(link: String, picture: QRPicture)
    }

    /// Where the room stands.
    public internal(set) var phase: Phase = .closed
    /// How many have joined since it opened.
    public internal(set) var joined = 0
    /// The names of those in the room, in the order they joined.
    public internal(set) var people: [String] = []
    /// Whether phones may pick any field (else they follow the presented one).
    public internal(set) var anyField = false
    /// Whether new people may join.
    public internal(set) var joiningOpen = true
    /// The fields whose phone cards are held until revealed (silent brainstorming).
    public internal(set) var hidden: Set<Int> = []
    /// How many phone cards wait in each hidden field.
    public internal(set) var held: [Int: Int] = [:]

    /// Whether the room is opening or open.
    public var isRunning: Bool { phase != .closed }

    /// The room is asked to open.
    mutating func opening() {
        self = BoardRoom()
        phase = .opening
    }

    /// The room is closed (or ended).
    mutating func closed() {
        self = BoardRoom()
    }
}
