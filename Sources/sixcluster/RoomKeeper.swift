import SixClusterBoard
import SixClusterModel

/// The board's side of the room: starts and stops its server when the reducer asks, and hands on what the server
/// reports. At most one room per board; it ends with the board.
final class RoomKeeper {
    private let file: () -> String
    /// Where the room listens (`--listen`), else this machine's network address.
    private let listen: String?
    private var process: RoomProcess?

    init(listen: String?, file: @escaping () -> String) {
        self.listen = listen
        self.file = file
    }

    /// Whether a server runs (the loop then looks at it often).
    var isRunning: Bool { process != nil }

    /// Opens or closes the room; what follows for the reducer.
    func run(_ effect: Effect) -> [Action] {
        switch effect {
        case .openRoom(let language):
            stop()
            switch RoomProcess.start(file: file(), listen: listen, language: language) {
            case .success(let started): process = started
            case .failure(let failure): return [.sharing(.room(.ended(reason: failure.text(in: language))))]
            }
        case .closeRoom:
            stop()
        case .tellRoom(let order):
            process?.tell(order)
        case .save, .saveAs, .export, .quit, .removeRecovery, .writeRecovery, .saveCopy, .bell, .sync:
            break
        }
        return []
    }

    /// What the server reported since the last look.
    func poll() -> [Action] {
        guard let process else { return [] }
        let events = process.poll()
        if events.contains(where: { if case .ended = $0 { true } else { false } }) { self.process = nil }
        return events.map { .sharing(.room($0)) }
    }

    /// Ends the room's server, if one runs.
    func stop() {
        process?.stop()
        process = nil
    }
}
