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
        var result: Result?

        init(_ make: @escaping (Workshop) -> Swift.Result<[WorkshopEdit], EditRefusal>, id: String?) {
            self.make = make
            self.id = id
        }
    }

    private let file: SharedWorkshopFile
    /// Where the ids of written submissions are noted, right after each write.
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
    func write(id: String? = nil, _ make: @escaping (Workshop) -> Swift.Result<[WorkshopEdit], EditRefusal>) -> Result {
        let job = Job(make, id: id)
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
