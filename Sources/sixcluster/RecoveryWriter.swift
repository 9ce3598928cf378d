import Dispatch
import SixClusterFiles
import SixClusterModel

/// Writes the recovery file for the board: in the background when the reducer asks (`writeRecovery`, about a
/// second after a change), at once and waiting for it when the program is told to end, and deletes it after a save.
final class RecoveryWriter {
    /// The recovery file it keeps.
    let file: RecoveryFile
    private let language: Language
    /// Made at the first write, not on the way to the first frame.
    private lazy var queue = DispatchQueue(label: "sixcluster.recovery")
    /// What the file holds once the queued writes are done.
    private var written: Workshop

    /// A writer whose recovery file currently matches `workshop` (the saved state, or a restored one).
    init(file: RecoveryFile, language: Language, matching workshop: Workshop) {
        self.file = file
        self.language = language
        written = workshop
    }

    /// Writes `workshop` in the background.
    func write(_ workshop: Workshop) {
        written = workshop
        let file = file
        let language = language
        queue.async { try? file.write(workshop, language: language) }
    }

    /// Writes `workshop` now, if it differs from what was written, and waits until it is on disk.
    func flush(_ workshop: Workshop) {
        if workshop != written { write(workshop) }
        queue.sync {}
    }

    /// Deletes the recovery file once every pending write is done; from now on it matches `workshop`.
    func remove(matching workshop: Workshop) {
        written = workshop
        let file = file
        queue.async { file.remove() }
        queue.sync {}
    }
}
