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
    private var file: SharedWorkshopFile
    /// The name the other boards see: as given, else the login name, looked up after the first frame (the user
    /// database may take a while).
    private lazy var name = author ?? LoginName.current
    private let author: String?
    /// When the other boards were last looked for.
    private var lastPresenceCheck = -Double.infinity
    /// When this board began to lead (milliseconds since 1970), while it leads.
    private var leadingSince: Int64 = 0

    init(state: BoardState, color: Bool, author: String?) {
        self.state = state
        self.color = color
        self.author = author
        file = SharedWorkshopFile(path: state.filePath, language: state.language)
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
            _ = dispatch(.writeProtected(reason))
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
        file.update(presence)
        if now - lastPresenceCheck >= (state.sharing.isShared ? 0.25 : 0.5) {
            lastPresenceCheck = now
            let others = file.others()
            if others != state.sharing.others, dispatch(.presence(others)) { return true }
        }
        if state.sharing.isShared || state.follows && now - lastDiskCheck >= 0.25 { _ = checkDisk() }
        return false
    }

    /// This board as the others see it.
    private var presence: BoardPresence {
        let place: BoardPresence.Place = switch state.screen {
        case .board: .board
        case .field: .field
        case .presentation: .presentation
        case .metadata, .parkingLot: .other
        }
        if !state.sharing.leads { leadingSince = 0 } else if leadingSince == 0 { leadingSince = Self.wallClockMilliseconds }
        return BoardPresence(pid: getpid(), name: name, topic: state.focusTopic, place: place, leads: state.sharing.leads,
                             leadingSince: leadingSince, kind: state.isReadOnly ? .watcher : .board)
    }

    private static var wallClockMilliseconds: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }

    /// After a save as the board edits another file: it leaves the old file's boards and joins the new file's,
    /// the old recovery file goes, and the new file is watched.
    private func follow(to newFile: SharedWorkshopFile) {
        file.leave()
        file = newFile
        file.join(presence)
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
        file.join(presence)
        lastPresenceCheck = MonotonicClock.seconds
        let others = file.others()
        if !others.isEmpty { _ = dispatch(.presence(others)) }
        guard !state.isReadOnly, !others.contains(where: { $0.kind == .board }) else { return !others.isEmpty }
        return offerRecovery() || !others.isEmpty
    }

    /// Ends on a signal or a lost terminal: with other boards on the file the last changes go to the file, as
    /// every change does then; what could not be written goes to the recovery file.
    private func end(status: Int32) -> Int32 {
        guard !state.isReadOnly && state.hasUnsavedTyping else { return status }
        if state.sharing.isShared, state.isModified {
            _ = dispatch(sync(state.workshop, base: state.savedWorkshop, timeout: 1))
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
        if !ignored.isEmpty { _ = dispatch(.recoveryIgnored(ignored)) }
        guard file.isWaiting, let recovered = try? file.load(language: state.language) else { return !ignored.isEmpty }
        _ = dispatch(.recoveryFound(recovered))
        return true
    }

    private func resize() {
        let size = terminal.size
        _ = BoardReducer.reduce(&state, .input(.resize(width: size.width, height: size.height)))
    }

    /// Reduces an action and runs its effects; true when the board must quit.
    private func dispatch(_ action: Action) -> Bool {
        for effect in BoardReducer.reduce(&state, action) {
            switch effect {
            case .quit:
                return true
            case .save(let workshop, let path):
                // A file made write-protected while the board ran is asked about like one found so at the start.
                if state.writeProtection == nil, let reason = WriteProtection.reason(for: path, language: state.language) {
                    if dispatch(.writeProtected(reason)) || dispatch(.save) { return true }
                    continue
                }
                // Never overwrite a change from outside without asking; looked at under the boards' lock, so
                // that no board writes between the look and the write.
                if dispatch(save(workshop, to: path)) { return true }
            case .sync(let workshop, let base):
                if dispatch(sync(workshop, base: base)) { return true }
            case .saveAs(let workshop, let path):
                let (result, newFile) = saveAs(workshop, to: HomePath.expand(path))
                let quit = dispatch(result)
                if let newFile { follow(to: newFile) }
                if quit { return true }
            case .saveCopy(let workshop, let path):
                if dispatch(saveCopy(workshop, to: path)) { return true }
            case .export(let workshop, let path, let language, let replacing):
                if dispatch(export(workshop, to: HomePath.expand(path), language: language, replacing: replacing)) { return true }
            case .removeRecovery:
                if !state.isReadOnly { recovery.remove(matching: state.savedWorkshop) }
            case .writeRecovery(let workshop):
                recovery.write(workshop)
            case .bell:
                terminal.bell()
            }
        }
        return false
    }

    /// A save of the board's own file: never over a change from outside without asking – looked at under the
    /// writers' lock, so that nobody writes between the look and the write.
    private func save(_ workshop: Workshop, to path: String) -> Action {
        switch file.save(workshop, saved: state.savedWorkshop) {
        case .saved: return .saveSucceeded(workshop)
        case .changedOnDisk(let disk): return .changedOnDisk(disk)
        case .failed(let error): return .saveFailed(WriteFailure(path: Self.shownPath(error.path), reason: error.message))
        case .busy: return .saveFailed(lockTimeout(path))
        }
    }

    /// The write of a board that shares its file, through the shared file: the file as it is now, merged card by
    /// card with `mine`, is written back under the writers' lock.
    private func sync(_ mine: Workshop, base: Workshop, timeout: Double = 2) -> Action {
        let path = state.filePath
        switch file.write(mine, base: base, timeout: timeout) {
        case .written(let written, _, let conflicts):
            return .synced(written, mine: mine, conflicts: conflicts.count)
        case .unreadable(let error):
            let problem = error.diagnostics.first
            let place = problem.flatMap { diagnostic in diagnostic.line.map { "\($0):" + (diagnostic.column.map { "\($0): " } ?? " ") } } ?? ""
            return .syncFailed(WriteFailure(path: Self.shownPath(path), reason: place + (problem?.message ?? "")))
        case .failed(let error):
            return .syncFailed(WriteFailure(path: Self.shownPath(error.path), reason: error.message))
        case .busy, .refused, .heldBackByComments, .heldBackByProtection:
            return .syncFailed(lockTimeout(path))
        }
    }

    /// The failure when the boards' lock stays taken (a board hangs while it writes).
    private func lockTimeout(_ path: String) -> WriteFailure {
        WriteFailure(path: Self.shownPath(path), reason: state.language.pick(de: "ein anderes Board schreibt gerade zu lange",
                                                                             en: "another board has been writing for too long"))
    }

    /// A save as: refused while another board edits the target. On success the new file's boards come back with
    /// the result, for the board to join once the reducer took the new path.
    private func saveAs(_ workshop: Workshop, to path: String) -> (Action, SharedWorkshopFile?) {
        if PathName.absolute(path) == PathName.absolute(state.filePath) { return (save(workshop, to: state.filePath), nil) }
        if let other = PresenceFolder.boards(on: path).first(where: { !$0.watches }) {
            return (.saveFailed(WriteFailure(path: Self.shownPath(path), reason: state.language.pick(
                de: "ein anderes sixcluster (\(other.name), Prozess \(other.pid)) bearbeitet diese Datei – bitte einen anderen Namen wählen",
                en: "another sixcluster (\(other.name), process \(other.pid)) is editing this file – please choose another name"))), nil)
        }
        if let failure = write(workshop, to: path) { return (.saveFailed(failure), nil) }
        return (.savedAs(workshop, path: path), SharedWorkshopFile(path: path, language: state.language))
    }

    private func saveCopy(_ workshop: Workshop, to path: String) -> Action {
        let path = HomePath.expand(path)
        return write(workshop, to: path).map { .saveFailed($0) } ?? .copySaved(path)
    }

    /// Writes a workshop file; nil when it worked, else the failure to report.
    private func write(_ workshop: Workshop, to path: String) -> WriteFailure? {
        do {
            let text = try WorkshopEncoder(template: state.template).encode(workshop)
            try AtomicFileWriter(language: state.language).write(Array(text.utf8), to: path, permissions: newFilePermissions)
            return nil
        } catch let error as FileWriteError {
            return WriteFailure(path: Self.shownPath(path), reason: error.message)
        } catch {
            return WriteFailure(path: Self.shownPath(path), reason: "\(error)")
        }
    }

    /// A file this board writes keeps its own permissions where it exists; a new one (a report, a copy, a save
    /// as) is no more readable than the workshop file it comes from.
    private var newFilePermissions: AtomicFileWriter.Permissions {
        .targetOr(FilePermissions.matching(workshop: state.filePath))
    }

    /// A path as file messages name it: whole, from the root, with control characters made visible.
    private static func shownPath(_ path: String) -> String {
        VisibleText.escaped(PathName.absolute(path))
    }

    /// Whether the file changed on disk since this board read or wrote it; a readable change is handed to the
    /// reducer (which reloads, merges, or asks when there are unsaved changes).
    private func checkDisk() -> Bool {
        guard let disk = changedDisk() else { return false }
        _ = dispatch(.changedOnDisk(disk))
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
                _ = dispatch(.diskUnreadable(error.diagnostics.first?.description ?? state.filePath))
            }
            return nil
        }
    }

    /// Writes the report, marked as sixcluster's; a file there that is no untouched report of sixcluster's is
    /// asked about first.
    private func export(_ workshop: Workshop, to path: String, language: Language, replacing: Bool) -> Action {
        if !replacing && access(path, F_OK) == 0 {
            let existing = try? WorkshopFileReader(language: state.language).bytes(of: path)
            if !(existing.map { ReportMark.isUntouchedReport(String(decoding: $0, as: UTF8.self)) } ?? false) {
                return .exportWouldReplace(path)
            }
        }
        // A path ending in .svg gets the board as a poster, .html poster and report to print; anything else the
        // Markdown report.
        let format = ExportFormat(path: path)
        let report = ReportMark.signed(format.render(workshop, template: state.template, language: language))
        do {
            try AtomicFileWriter(language: state.language).write(Array(report.utf8), to: path, permissions: newFilePermissions)
            LastExportFormat().remember(format)
            return .exportSucceeded(Self.shownPath(path))
        } catch {
            return .exportFailed(Self.shownPath(path) + ": " + error.message)
        }
    }
}
