import Dispatch
import Foundation
import SixClusterFiles
import SixClusterModel

/// Keeps the recovery file in step with the board: written on a background queue at most about two seconds
/// after a change, written at once (waiting for it) when the program is told to end, deleted after a save.
final class RecoveryWriter {
    /// How long a change may wait before it is written.
    static let interval: TimeInterval = 1
    /// How long a change of nothing but time spent may wait: presentation mode counts every second, and a big
    /// workshop should not be rewritten every second for that.
    static let timeOnlyInterval: TimeInterval = 30

    private let file: RecoveryFile
    private let language: Language
    private let queue = DispatchQueue(label: "sixcluster.recovery")
    private var written: Workshop
    private var lastWrite = Date.distantPast

    /// A writer whose recovery file currently matches `workshop` (the saved state, or a restored one).
    init(file: RecoveryFile, language: Language, matching workshop: Workshop) {
        self.file = file
        self.language = language
        written = workshop
    }

    /// Writes `workshop` in the background when it differs from what was written and the interval has passed.
    func update(_ workshop: Workshop, now: Date = Date()) {
        guard workshop != written else { return }
        let waited = now.timeIntervalSince(lastWrite)
        guard waited >= Self.interval else { return }
        // Telling time from edits compares the whole workshop: done at most once a second.
        if waited < Self.timeOnlyInterval && workshop.ignoringTimeSpent == written.ignoringTimeSpent { return }
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
