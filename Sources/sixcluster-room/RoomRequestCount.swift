import Foundation

/// How many requests the room carries now, counted across the server's threads.
final class RoomRequestCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more when there is room under `limit`; false (and nothing counted) when there is not.
    func enter(limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    /// Counts one less.
    func leave() {
        lock.withLock { count -= 1 }
    }
}
