#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// The board's file effects – save, sync, save as, a copy, an export – carried out on the shared workshop file
/// and turned into the events the reducer takes as their results. No terminal here, and no dispatch: the board's
/// loop hands the results on.
final class BoardFiles {
    /// The shared workshop file (it moves with a save as).
    var file: SharedWorkshopFile
    /// The board's state as it is now (its file, its saved version, its language).
    private let current: () -> BoardState
    private var state: BoardState { current() }

    init(file: SharedWorkshopFile, state: @escaping () -> BoardState) {
        self.file = file
        current = state
    }

    /// Runs a write of the workshop or the report; the actions that report how it went, in order. Effects that
    /// are not about files give none.
    func run(_ effect: Effect) -> [Action] {
        switch effect {
        case .save(let workshop, let path):
            // A file made write-protected while the board ran is asked about like one found so at the start.
            if state.writeProtection == nil, let reason = WriteProtection.reason(for: path, language: state.language) {
                return [.file(.writeProtected(reason)), .save]
            }
            return [.file(save(workshop, to: path))]
        case .sync(let workshop, let base):
            return [.sharing(sync(workshop, base: base))]
        case .saveCopy(let workshop, let path):
            return [.file(saveCopy(workshop, to: path))]
        case .export(let workshop, let path, let language, let replacing):
            return [.file(export(workshop, to: HomePath.expand(path), language: language, replacing: replacing))]
        case .saveAs, .quit, .removeRecovery, .writeRecovery, .bell, .openRoom, .closeRoom, .tellRoom:
            return []
        }
    }

    /// A save of the board's own file: never over a change from outside without asking – looked at under the
    /// writers' lock, so that nobody writes between the look and the write.
    func save(_ workshop: Workshop, to path: String) -> FileEvent {
        switch file.save(workshop, saved: state.savedWorkshop) {
        case .saved: return .saveSucceeded(workshop)
        case .changedOnDisk(let disk): return .changedOnDisk(disk)
        case .failed(let error): return .saveFailed(Self.failure(error))
        case .busy: return .saveFailed(WriteFailure(path: Self.shownPath(path), problem: .lockTaken))
        }
    }

    /// The write of a board that shares its file, through the shared file: the file as it is now, merged card by
    /// card with `mine`, is written back under the writers' lock.
    func sync(_ mine: Workshop, base: Workshop, timeout: Double = 2) -> SharingEvent {
        let path = Self.shownPath(state.filePath)
        switch file.write(mine, base: base, timeout: timeout) {
        case .written(let written, _, let conflicts):
            return .synced(written, mine: mine, conflicts: conflicts.count)
        case .unreadable(let error):
            let problem = error.diagnostics.first ?? Diagnostic(file: path, message: error.description)
            return .syncFailed(WriteFailure(path: path, problem: .unreadable(problem)))
        case .failed(let error):
            return .syncFailed(Self.failure(error))
        case .busy, .refused, .heldBackByComments, .heldBackByProtection:
            return .syncFailed(WriteFailure(path: path, problem: .lockTaken))
        }
    }

    /// A failed write as the board reports it.
    static func failure(_ error: FileWriteError) -> WriteFailure {
        WriteFailure(path: shownPath(error.path), problem: .system(code: error.code, message: error.message))
    }

    /// A save as: refused while another board edits the target. On success the new file's boards come back with
    /// the result, for the board to join once the reducer took the new path.
    func saveAs(_ workshop: Workshop, to path: String) -> (FileEvent, SharedWorkshopFile?) {
        if PathName.absolute(path) == PathName.absolute(state.filePath) { return (save(workshop, to: state.filePath), nil) }
        if let other = PresenceFolder.boards(on: path).first(where: { !$0.watches }) {
            return (.saveFailed(WriteFailure(path: Self.shownPath(path), problem: .editedByOther(name: other.name, pid: other.pid))), nil)
        }
        if let failure = write(workshop, to: path) { return (.saveFailed(failure), nil) }
        return (.savedAs(workshop, path: path), SharedWorkshopFile(path: path, language: state.language))
    }

    func saveCopy(_ workshop: Workshop, to path: String) -> FileEvent {
        let path = HomePath.expand(path)
        return write(workshop, to: path).map { .saveFailed($0) } ?? .copySaved(path)
    }

    /// Writes a workshop file; nil when it worked, else the failure to report.
    func write(_ workshop: Workshop, to path: String) -> WriteFailure? {
        do {
            let text = try WorkshopEncoder(template: state.template).encode(workshop)
            try AtomicFileWriter(language: state.language).write(Array(text.utf8), to: path, permissions: newFilePermissions)
            return nil
        } catch let error as FileWriteError {
            return Self.failure(error)
        } catch {
            return WriteFailure(path: Self.shownPath(path), problem: .system(code: 0, message: "\(error)"))
        }
    }

    /// A file this board writes keeps its own permissions where it exists; a new one (a report, a copy, a save
    /// as) is no more readable than the workshop file it comes from.
    var newFilePermissions: AtomicFileWriter.Permissions {
        .targetOr(FilePermissions.matching(workshop: state.filePath))
    }

    /// A path as file messages name it: whole, from the root, with control characters made visible.
    static func shownPath(_ path: String) -> String {
        VisibleText.escaped(PathName.absolute(path))
    }

    /// Writes the report, marked as sixcluster's; a file there that is no untouched report of sixcluster's is
    /// asked about first.
    func export(_ workshop: Workshop, to path: String, language: Language, replacing: Bool) -> FileEvent {
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
            return .exportFailed(Self.failure(error))
        }
    }
}
