import Dispatch
import SixClusterFiles
import SixClusterModel

/// Keeps the recovery file in step with the board: written on a background queue at most about two seconds
/// after a change, written at once (waiting for it) when the program is told to end, deleted after a save.
final class RecoveryWriter {
    /// How long a change may wait before it is written.
    static let interval: Double = 1

    /// The recovery file it keeps.
    let file: RecoveryFile
    private let language: Language
    /// Made at the first write, not on the way to the first frame.
    private lazy var queue = DispatchQueue(label: "sixcluster.recovery")
    private var written: Workshop
    /// When the last background write started, in `MonotonicClock` seconds.
    private var lastWrite = -Double.infinity

    /// A writer whose recovery file currently matches `workshop` (the saved state, or a restored one).
    init(file: RecoveryFile, language: Language, matching workshop: Workshop) {
        self.file = file
        self.language = language
        written = workshop
    }

    /// Writes `workshop` in the background when its edits differ from what was written and the interval has passed.
    func update(_ workshop: Workshop, now: Double = MonotonicClock.seconds) {
        guard workshop != written, now - lastWrite >= Self.interval else { return }
        // Time counted in presentation mode alone is no edit to recover (it is saved with the next save).
        guard workshop.ignoringTimeSpent != written.ignoringTimeSpent else { return }
        written = workshop
        lastWrite = now
        let file = file
        let language = language
        queue.async { try? file.write(workshop, language: language) }
    }

    /// Writes `workshop` now, if it differs from what was written, and waits until it is on disk.
    func flush(_ workshop: Workshop) {
        if workshop != written {
            written = workshop
            let file = file
            let language = language
            queue.async { try? file.write(workshop, language: language) }
        }
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
