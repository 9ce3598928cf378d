#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel
import TerminalUI

/// The board's loop: reads input, runs it through the reducer, carries out its effects (save, export, quit)
/// and draws the new screen. Everything between the terminal and the files happens here, on one thread.
final class BoardSession {
    private var state: BoardState
    private let runtime = TerminalRuntime()
    private var terminal: Terminal { runtime.terminal }
    private let color: Bool
    /// Made after the first frame is drawn, as finding its place asks the file system.
    private lazy var recovery = BoardRecovery(for: state)
    /// Changes of the file on disk.
    private var disk = DiskWatch()
    /// The shared workshop file: its writers (this board among them once it joined), its stamp as this board last
    /// read or wrote it, its writes (it moves with a save as).
    private var file: SharedWorkshopFile { files.file }
    /// The file effects, on the shared file.
    private lazy var files = BoardFiles(file: SharedWorkshopFile(path: state.filePath, language: state.language)) { [unowned self] in
        self.state
    }
    /// The name the other boards see – as given, else the login name, looked up after the first frame (the user
    /// database may take a while) – and since when this board leads.
    private lazy var company = BoardCompany(name: author ?? LoginName.current)
    private let author: String?
    /// The room for phones, when it is opened.
    private lazy var room = RoomKeeper(listen: roomOptions.listen, watches: state.follows) { [unowned self] in self.state.filePath }
    /// How many actions went through `dispatch`: whether looking around brought anything to draw.
    private var dispatched = 0
    /// Whether the room opens at the start (`--room`), and where it listens (`--listen`).
    private let roomOptions: (opens: Bool, listen: String?)

    init(state: BoardState, color: Bool, author: String?, room: (opens: Bool, listen: String?) = (false, nil)) {
        self.state = state
        self.color = color
        self.author = author
        roomOptions = room
    }

    /// Runs until the user quits or a signal ends the program; returns the exit status.
    func run() -> Int32 {
        do {
            try terminal.start(color: color, theme: state.theme)
        } catch {
            Console.error(TerminalProblem.message(error, file: state.filePath, language: state.language))
            return 2
        }
        defer { terminal.stop() }
        _ = BoardReducer.reduce(&state, .input(runtime.size))
        _ = dispatch(.tick(MonotonicClock.seconds))
        // The board shows at once; the other boards and a waiting recovery file are looked at before the first
        // key is read, and what they have to say is drawn over it.
        terminal.draw(BoardRenderer.render(state))
        // The system hands what was written to the terminal on to the program showing it on this processor, once
        // the board lets it: the frame shows about 0.2 ms sooner when the board steps aside before joining.
        sched_yield()
        if state.mouse { terminal.enableMouse() }
        let told = enterRoom()
        // The file goes to the top of the recent list (for the start screen) after the first frame: the list is
        // written safely, with a sync to disk, which the frame need not wait for.
        if !state.follows { RecentFiles().add(state.filePath) }
        defer {
            room.stop()
            file.leave()
        }
        if roomOptions.opens, dispatch(.room) { return 0 }
        if told { terminal.draw(BoardRenderer.render(state)) }
        while true {
            switch runtime.next(timeout: state.sharing.isShared || room.isRunning ? 100 : needsQuickTicks ? 250 : 500) {
            case .signal(let signal): return end(status: 128 + signal)
            case .hangup: return end(status: 128 + SIGHUP)
            case .idle: checkDisk()
            case .inputs(let inputs):
                for input in inputs where dispatch(.input(input)) { return 0 }
                if dispatch(.tick(MonotonicClock.seconds)) { return 0 }
                // The keys' frame first: reading and merging the file that others changed meanwhile (a burst of
                // phone cards) comes after it, and is drawn only when it brought something.
                drawFrame()
                let seen = dispatched
                if lookAround() { return 0 }
                if dispatched != seen { drawFrame() }
                continue
            }
            if lookAround() || dispatch(.tick(MonotonicClock.seconds)) { return 0 }
            drawFrame()
        }
    }

    /// The state on the screen, in the state's theme.
    private func drawFrame() {
        terminal.use(state.theme)
        terminal.draw(BoardRenderer.render(state))
    }

    /// Whether the screen changes by itself (a running timebox, time counted in presentation mode, a followed
    /// file), so that the loop wakes four times a second.
    private var needsQuickTicks: Bool {
        state.follows || state.screen == .presentation || (state.timebox?.isRunning ?? false)
    }

    /// Between keys: tells the other boards where this one is, looks who else is here (twice a second, four times
    /// with company) and, with company or when following, whether the file changed. True when the board must quit.
    private func lookAround() -> Bool {
        let now = MonotonicClock.seconds
        for event in room.poll(now: now) where dispatch(event) { return true }
        if let event = company.look(file, as: state, now: now), dispatch(.sharing(event)) { return true }
        if state.sharing.isShared || state.follows && now - disk.lastLook >= 0.25 { checkDisk() }
        return false
    }

    /// After a save as the board edits another file: it leaves the old file's boards and joins the new file's,
    /// the old recovery file goes, and the new file is watched.
    private func follow(to newFile: SharedWorkshopFile) {
        file.leave()
        files.file = newFile
        _ = company.join(file, as: state, now: MonotonicClock.seconds)
        recovery.move(to: state)
    }

    /// Joins the writers on the file; true when the board has something to tell: who else is here, a recovery
    /// file (offered only to a board that is alone: with others, it may be a running board's own; a board that
    /// only watches keeps none), a write protection.
    private func enterRoom() -> Bool {
        let others = company.join(file, as: state, now: MonotonicClock.seconds)
        var events: [Action] = others.isEmpty ? [] : [.sharing(.presence(others))]
        if !state.isReadOnly {
            if !others.contains(where: { $0.kind == .board }) { events += recovery.offer(language: state.language).map(Action.file) }
            if let reason = WriteProtection.reason(for: state.filePath, language: state.language) { events.append(.file(.writeProtected(reason))) }
        }
        for event in events { _ = dispatch(event) }
        return !events.isEmpty
    }

    /// Ends on a signal or a lost terminal: with other boards on the file the last changes go to the file, as
    /// every change does then; what could not be written goes to the recovery file.
    private func end(status: Int32) -> Int32 {
        guard !state.isReadOnly && state.hasUnsavedTyping else { return status }
        if state.sharing.isShared, state.isModified {
            _ = dispatch(.sharing(files.sync(state.workshop, base: state.savedWorkshop, timeout: 1)))
        }
        // What is still typed (or not written) waits in the recovery file for the next board.
        if state.hasUnsavedTyping { recovery.flush(state.workshopWithTyping) }
        return status
    }

    /// What the loop still has to do for one dispatch: reduce an action, run an effect, or go on once a result
    /// was reduced (a save as moves to its new file).
    private enum Work {
        case action(Action)
        case effect(Effect)
        case then(() -> Void)
    }

    /// Reduces an action and runs its effects, each effect's results reduced before the next effect runs – one
    /// stack of work, no call of itself; true when the board must quit.
    private func dispatch(_ action: Action) -> Bool {
        dispatched += 1
        var work: [Work] = [.action(action)]
        while let next = work.popLast() {
            switch next {
            case .action(let action):
                work += BoardReducer.reduce(&state, action).reversed().map(Work.effect)
            case .effect(let effect):
                guard let results = run(effect) else { return true }
                work += results.reversed()
            case .then(let step):
                step()
            }
        }
        return false
    }

    /// Runs one effect; what follows from it (the results to reduce, in order), or nil to quit.
    private func run(_ effect: Effect) -> [Work]? {
        switch effect {
        case .quit:
            return nil
        case .save, .sync, .saveCopy, .export:
            return files.run(effect).map(Work.action)
        case .saveAs(let workshop, let path):
            let (result, newFile) = files.saveAs(workshop, to: HomePath.expand(path))
            return [.action(.file(result))] + (newFile.map { file in [.then { self.follow(to: file) }] } ?? [])
        case .removeRecovery:
            if !state.isReadOnly { recovery.remove(matching: state.savedWorkshop) }
        case .writeRecovery(let workshop):
            recovery.write(workshop)
        case .bell:
            terminal.bell()
        case .openRoom, .closeRoom, .tellRoom:
            return room.run(effect).map(Work.action)
        }
        return []
    }

    /// Looks whether the file changed on disk; what that means is handed to the reducer (which reloads, merges,
    /// or asks when there are unsaved changes).
    private func checkDisk() {
        if let event = disk.look(at: file, for: state, now: MonotonicClock.seconds) { _ = dispatch(.file(event)) }
    }
}
