#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterModel

/// How this board appears to the others: its name, and since when it leads (the newest leader wins), kept apart
/// from the loop so that telling the others changes nothing by the way.
struct BoardPresenceClock {
    /// The name the other boards see.
    let name: String
    /// When this board began to lead (milliseconds since 1970), while it leads.
    private(set) var leadingSince: Int64 = 0

    init(name: String) {
        self.name = name
    }

    /// Notes whether the board leads now: the time it began, or none.
    mutating func note(leads: Bool) {
        if !leads { leadingSince = 0 } else if leadingSince == 0 { leadingSince = Self.wallClockMilliseconds }
    }

    /// The board as the others see it.
    func presence(of state: BoardState) -> BoardPresence {
        let place: BoardPresence.Place = switch state.screen {
        case .board: .board
        case .field: .field
        case .presentation: .presentation
        case .metadata, .parkingLot: .other
        }
        return BoardPresence(pid: getpid(), name: name, topic: state.focusTopic, place: place, leads: state.sharing.leads,
                             leadingSince: leadingSince, kind: state.isReadOnly ? .watcher : .board)
    }

    private static var wallClockMilliseconds: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
