import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// The board's side of the room: starts and stops its server when the reducer asks, hands on what the server
/// reports, and shows the room to the `view` boards of the same user (`RoomLinkShare`). A `view` board instead
/// looks there, once a second, for a room another board opened. At most one room per board; it ends with the board.
final class RoomKeeper {
    private let file: () -> String
    /// Where the room listens (`--listen`), else this machine's network address.
    private let listen: String?
    /// Whether this board only watches: it opens no room, it looks for one.
    private let watches: Bool
    private var process: RoomProcess?
    private var share: RoomLinkShare?
    /// The lines shared with `view` boards, by what they say (link and code, who joined).
    private var shared: [String: String] = [:]
    /// When a watching board last looked, and what it found.
    private var lastLook = -1.0
    private var seen: String?

    init(listen: String?, watches: Bool = false, file: @escaping () -> String) {
        self.listen = listen
        self.watches = watches
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
            case .success(let started):
                process = started
                share = RoomLinkShare.path(for: file()).flatMap(RoomLinkShare.init(path:))
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

    /// What the server reported since the last look (or, for a watching board, what the opening board shares).
    func poll(now: Double) -> [Action] {
        if watches { return look(now: now) }
        guard let process else { return [] }
        let events = process.poll()
        if events.contains(where: { if case .ended = $0 { true } else { false } }) { stop() }
        shareOn(events)
        return events.map { .sharing(.room($0)) }
    }

    /// Keeps what `view` boards are shown up to date.
    private func shareOn(_ events: [RoomEvent]) {
        guard let share, !events.isEmpty else { return }
        for event in events {
            switch event {
            case .opened(let link, let picture): shared["link"] = RoomReport.link(link).line + RoomReport.code(picture.modules).line
            case .joined(let count): shared["joined"] = RoomReport.joined(count).line
            case .people, .held, .ended: break
            }
        }
        share.share((shared["link"] ?? "") + (shared["joined"] ?? ""))
    }

    /// A watching board, once a second: the room another board shares, as the events that show it here.
    private func look(now: Double) -> [Action] {
        guard now - lastLook >= 1 else { return [] }
        lastLook = now
        let found = RoomLinkShare.path(for: file()).flatMap(RoomLinkShare.fetch).flatMap { $0.isEmpty ? nil : $0 }
        guard found != seen else { return [] }
        let had = seen != nil
        seen = found
        guard let found else { return had ? [.sharing(.room(.ended(reason: nil)))] : [] }
        var link: String?
        var events: [RoomEvent] = []
        for line in found.split(separator: "\n") {
            switch RoomReport(line: line) {
            case .link(let text): link = text
            case .code(let modules): if let link { events.append(.opened(link: link, picture: QRPicture(modules: modules))) }
            case .joined(let count): events.append(.joined(count))
            default: break
            }
        }
        return events.map { .sharing(.room($0)) }
    }

    /// Ends the room's server, if one runs, and stops showing it to `view` boards.
    func stop() {
        process?.stop()
        process = nil
        share?.stop()
        share = nil
        shared = [:]
    }
}
