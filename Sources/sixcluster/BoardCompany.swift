#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// This board among the other writers on its file: how it appears to them (its name, and since when it leads –
/// the newest leader wins) and when it last looked who else is there. It tells and looks; what it finds is the
/// reducer's to take.
struct BoardCompany {
    /// The name the other boards see.
    let name: String
    /// When this board began to lead (milliseconds since 1970), while it leads.
    private(set) var leadingSince: Int64 = 0
    /// When the others were last looked for.
    private var lastLook = -Double.infinity

    init(name: String) {
        self.name = name
    }

    /// Joins the writers on the file; the others already there.
    mutating func join(_ file: SharedWorkshopFile, as state: BoardState, now: Double) -> [BoardPresence] {
        note(leads: state.sharing.leads)
        file.join(presence(of: state))
        lastLook = now
        return file.others()
    }

    /// Between keys: tells the others where this board is, and looks who else is here (twice a second, four
    /// times with company); the others when they changed.
    mutating func look(_ file: SharedWorkshopFile, as state: BoardState, now: Double) -> SharingEvent? {
        note(leads: state.sharing.leads)
        file.update(presence(of: state))
        guard now - lastLook >= (state.sharing.isShared ? 0.25 : 0.5) else { return nil }
        lastLook = now
        let others = file.others()
        return others != state.sharing.others ? .presence(others) : nil
    }

    /// Notes whether the board leads now: the time it began, or none.
    private mutating func note(leads: Bool) {
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
