import Foundation
import SixClusterFiles
import SixClusterModel

/// The room's one writer: requests hand in their edits and wait; whatever came in while a write ran goes to the
/// file together in the next one (one read, one atomic write for a burst of cards from the whole room). Each
/// request hears how its own edits went.
final class RoomWriter: @unchecked Sendable {
    /// How one request's edits went.
    enum Result {
        case written(Workshop)
        case refused(EditRefusal)
        case heldBack(SharedWorkshopFile.Outcome)
    }

    private final class Job {
        let make: (Workshop) -> Swift.Result<[WorkshopEdit], EditRefusal>
        let id: String?
        let intent: RoomTakenLog.Intent?
        var result: Result?

        init(_ make: @escaping (Workshop) -> Swift.Result<[WorkshopEdit], EditRefusal>, id: String?, intent: RoomTakenLog.Intent?) {
            self.make = make
            self.id = id
            self.intent = intent
        }
    }

    private let file: SharedWorkshopFile
    /// Where the cards about to be written are noted before each write, and their ids right after it.
    private let log: RoomTakenLog
    private let condition = NSCondition()
    private var pending: [Job] = []
    private var writing = false

    init(file: SharedWorkshopFile, log: RoomTakenLog) {
        self.file = file
        self.log = log
    }

    /// Writes edits made from the file as it is when they are written; waits until they are written (or not). The
    /// submission's `id`, if any, is noted as taken once they are.
    func write(id: String? = nil, intent: RoomTakenLog.Intent? = nil,
               _ make: @escaping (Workshop) -> Swift.Result<[WorkshopEdit], EditRefusal>) -> Result {
        let job = Job(make, id: id, intent: intent)
        condition.lock()
        pending.append(job)
        // The first to come writes for everybody waiting; the others wait for their result.
        while true {
            if let result = job.result {
                condition.unlock()
                return result
            }
            if !writing {
                writing = true
                let batch = pending
                pending = []
                condition.unlock()
                // What is about to be written is noted first: a room killed during the write finds it by that.
                log.intend(batch.compactMap(\.intent))
                let (outcome, refusals) = file.applyEach(batch.map(\.make))
                if case .written = outcome {
                    log.append(batch.indices.filter { refusals[$0] == nil }.compactMap { batch[$0].id })
                }
                condition.lock()
                for (index, done) in batch.enumerated() {
                    if case .written(let written, _, _) = outcome {
                        done.result = refusals[index].map(Result.refused) ?? .written(written)
                    } else {
                        done.result = .heldBack(outcome)
                    }
                }
                writing = false
                condition.broadcast()
            } else {
                condition.wait()
            }
        }
    }
}
