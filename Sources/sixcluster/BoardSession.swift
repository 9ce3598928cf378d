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
    private let terminal = Terminal()
    private var decoder = KeyDecoder()
    private var clicks = ClickCounter()
    private let color: Bool
    /// Made after the first frame is drawn, as finding its place asks the file system.
    private lazy var recovery = Self.recoveryWriter(for: state)
    /// When the file was last looked at (following boards look four times a second).
    private var lastDiskCheck = 0.0
    /// A stamp of the file that could not be read, so that its problem is told once.
    private var unreadableStamp: FileStamp?
    /// The shared workshop file: its writers (this board among them once it joined), its stamp as this board last
    /// read or wrote it, its writes (it moves with a save as).
    private var file: SharedWorkshopFile { files.file }
    /// The file effects, on the shared file.
    private lazy var files = BoardFiles(file: SharedWorkshopFile(path: state.filePath, language: state.language)) { [unowned self] in
        self.state
    }
    /// The name the other boards see – as given, else the login name, looked up after the first frame (the user
    /// database may take a while) – and since when this board leads.
    private lazy var me = BoardPresenceClock(name: author ?? LoginName.current)
    private let author: String?
    /// When the other boards were last looked for.
    private var lastPresenceCheck = -Double.infinity

    init(state: BoardState, color: Bool, author: String?) {
        self.state = state
        self.color = color
        self.author = author
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
        resize()
        _ = dispatch(.tick(MonotonicClock.seconds))
        // The board shows at once; the other boards and a waiting recovery file are looked at before the first
        // key is read, and what they have to say is drawn over it.
        terminal.draw(BoardRenderer.render(state))
        // The system hands what was written to the terminal on to the program showing it on this processor, once
        // the board lets it: the frame shows about 0.2 ms sooner when the board steps aside before joining.
        sched_yield()
        if state.mouse { terminal.enableMouse() }
        var told = enterRoom()
        // The file goes to the top of the recent list (for the start screen) after the first frame: the list is
        // written safely, with a sync to disk, which the frame need not wait for.
        if !state.follows { RecentFiles().add(state.filePath) }
        if !state.isReadOnly, let reason = WriteProtection.reason(for: state.filePath, language: state.language) {
            _ = dispatch(.file(.writeProtected(reason)))
            told = true
        }
        defer { file.leave() }
        if told { terminal.draw(BoardRenderer.render(state)) }
        while true {
            if let signal = terminal.takeSignal() {
                return end(status: 128 + signal)
            }
            let input = terminal.read(timeout: decoder.isWaiting ? 40 : state.sharing.isShared ? 100 : needsQuickTicks ? 250 : 500)
            var inputs: [Input] = []
            switch input {
            case nil:
                inputs = decoder.timeout()
                if inputs.isEmpty { _ = checkDisk() }
            case .resize?: resize()
            case .hangup?: return end(status: 128 + SIGHUP)
            case .raw(let raw)?: inputs = decoder.feed(raw)
            }
            for input in inputs where dispatch(.input(counted(input))) {
                return 0
            }
            if lookAround() || dispatch(.tick(MonotonicClock.seconds)) { return 0 }
            terminal.use(state.theme)
            terminal.draw(BoardRenderer.render(state))
        }
    }

    /// A click with its count (a double click within half a second on one cell); other input as it is.
    private func counted(_ input: Input) -> Input {
        guard case .mouse(let event) = input else { return input }
        return .mouse(clicks.count(event, now: MonotonicClock.seconds))
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
        file.update(currentPresence())
        if now - lastPresenceCheck >= (state.sharing.isShared ? 0.25 : 0.5) {
            lastPresenceCheck = now
            let others = file.others()
            if others != state.sharing.others, dispatch(.sharing(.presence(others))) { return true }
        }
        if state.sharing.isShared || state.follows && now - lastDiskCheck >= 0.25 { _ = checkDisk() }
        return false
    }

    /// This board as the others see it (whether it leads noted first).
    private func currentPresence() -> BoardPresence {
        me.note(leads: state.sharing.leads)
        return me.presence(of: state)
    }

    /// After a save as the board edits another file: it leaves the old file's boards and joins the new file's,
    /// the old recovery file goes, and the new file is watched.
    private func follow(to newFile: SharedWorkshopFile) {
        file.leave()
        files.file = newFile
        file.join(currentPresence())
        recovery.remove(matching: state.savedWorkshop)
        recovery = Self.recoveryWriter(for: state)
    }

    private static func recoveryWriter(for state: BoardState) -> RecoveryWriter {
        RecoveryWriter(file: RecoveryFile(for: state.filePath), language: state.language, matching: state.savedWorkshop)
    }

    /// Joins the boards on the file; true when the board has something to tell. A recovery file is offered only
    /// to a board that is alone: with others, it may be a running board's own. A board that only watches never
    /// writes: no recovery file.
    private func enterRoom() -> Bool {
        file.join(currentPresence())
        lastPresenceCheck = MonotonicClock.seconds
        let others = file.others()
        if !others.isEmpty { _ = dispatch(.sharing(.presence(others))) }
        guard !state.isReadOnly, !others.contains(where: { $0.kind == .board }) else { return !others.isEmpty }
        return offerRecovery() || !others.isEmpty
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

    /// A recovery file newer than the workshop file is offered (restore, discard or read-only); true when the
    /// board has something to say.
    /// Recovery files another user could have planted are not read, and the board says so; one of the user's own
    /// that is more readable than the workshop is narrowed first.
    private func offerRecovery() -> Bool {
        let file = recovery.file
        file.tighten()
        let ignored = file.ignored
        if !ignored.isEmpty { _ = dispatch(.file(.recoveryIgnored(ignored))) }
        guard file.isWaiting, let recovered = try? file.load(language: state.language) else { return !ignored.isEmpty }
        _ = dispatch(.file(.recoveryFound(recovered)))
        return true
    }

    private func resize() {
        let size = terminal.size
        _ = BoardReducer.reduce(&state, .input(.resize(width: size.width, height: size.height)))
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
        case .save(let workshop, let path):
            // A file made write-protected while the board ran is asked about like one found so at the start.
            if state.writeProtection == nil, let reason = WriteProtection.reason(for: path, language: state.language) {
                return [.action(.file(.writeProtected(reason))), .action(.save)]
            }
            // Never overwrite a change from outside without asking; looked at under the writers' lock, so that no
            // one writes between the look and the write.
            return [.action(.file(files.save(workshop, to: path)))]
        case .sync(let workshop, let base):
            return [.action(.sharing(files.sync(workshop, base: base)))]
        case .saveAs(let workshop, let path):
            let (result, newFile) = files.saveAs(workshop, to: HomePath.expand(path))
            return [.action(.file(result))] + (newFile.map { file in [.then { self.follow(to: file) }] } ?? [])
        case .saveCopy(let workshop, let path):
            return [.action(.file(files.saveCopy(workshop, to: path)))]
        case .export(let workshop, let path, let language, let replacing):
            return [.action(.file(files.export(workshop, to: HomePath.expand(path), language: language, replacing: replacing)))]
        case .removeRecovery:
            if !state.isReadOnly { recovery.remove(matching: state.savedWorkshop) }
        case .writeRecovery(let workshop):
            recovery.write(workshop)
        case .bell:
            terminal.bell()
        }
        return []
    }

    /// Whether the file changed on disk since this board read or wrote it; a readable change is handed to the
    /// reducer (which reloads, merges, or asks when there are unsaved changes).
    private func checkDisk() -> Bool {
        guard let disk = changedDisk() else { return false }
        _ = dispatch(.file(.changedOnDisk(disk)))
        return true
    }

    /// What the file holds when it changed on disk since this board read or wrote it (and differs from what was
    /// saved); nil otherwise. A vanished or half-written file waits; a following board says once why it keeps
    /// showing the last readable version.
    private func changedDisk() -> Workshop? {
        lastDiskCheck = MonotonicClock.seconds
        switch file.readIfChanged() {
        case nil:
            return nil
        case .success(let disk)?:
            return disk != state.savedWorkshop ? disk : nil
        case .failure(let error)?:
            let now = FileStamp.of(state.filePath)
            if state.follows && unreadableStamp != now {
                unreadableStamp = now
                _ = dispatch(.file(.diskUnreadable(error.diagnostics.first ?? Diagnostic(file: state.filePath, message: error.description))))
            }
            return nil
        }
    }

}
