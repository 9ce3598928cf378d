import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// The board's recovery file: what it offers at the start, what it keeps while the board runs, and where it
/// moves with a save as. A board that only watches never writes one.
final class BoardRecovery {
    private var writer: RecoveryWriter

    /// The recovery file of the board's workshop, matching what the board last saved.
    init(for state: BoardState) {
        writer = Self.writer(for: state)
    }

    private static func writer(for state: BoardState) -> RecoveryWriter {
        RecoveryWriter(file: RecoveryFile(for: state.filePath), language: state.language, matching: state.savedWorkshop)
    }

    /// What a board that is alone on its file is told at the start: recovery files another user could have
    /// planted are not read (one of the user's own that is more readable than the workshop is narrowed first),
    /// and a recovery file newer than the workshop is offered.
    func offer(language: Language) -> [FileEvent] {
        let file = writer.file
        file.tighten()
        let ignored = file.ignored
        var events: [FileEvent] = ignored.isEmpty ? [] : [.recoveryIgnored(ignored)]
        if file.isWaiting, let recovered = try? file.load(language: language) { events.append(.recoveryFound(recovered)) }
        return events
    }

    /// Writes unsaved changes in the background.
    func write(_ workshop: Workshop) {
        writer.write(workshop)
    }

    /// Writes what is still unsaved now and waits until it is on disk (the board ends).
    func flush(_ workshop: Workshop) {
        writer.flush(workshop)
    }

    /// Deletes the recovery file, which matches `saved` from now on.
    func remove(matching saved: Workshop) {
        writer.remove(matching: saved)
    }

    /// After a save as: the old file's recovery file goes, the new file's is kept from now on.
    func move(to state: BoardState) {
        writer.remove(matching: state.savedWorkshop)
        writer = Self.writer(for: state)
    }
}
