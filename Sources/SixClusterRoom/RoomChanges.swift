import Foundation

/// The room's state as a number that grows with every change the phones should see (a card on the file, the
/// presented field moving on), and the phones waiting for the next one: a phone asks for the state after the
/// number it has, and the answer waits until there is something new (or a while has passed), so that a change
/// reaches every phone at once without each asking many times a second.
public final class RoomChanges: @unchecked Sendable {
    private let lock = NSLock()
    private var version = 1
    private var last: RoomHandler.Fingerprint?
    private var waiting: [UUID: (after: Int, resume: CheckedContinuation<Int, Never>)] = [:]
    /// Waits whose time ran out before they were registered.
    private var expired: Set<UUID> = []
    /// Whether the room closed: nobody waits any more.
    private var closed = false

    public init() {}

    /// The current number.
    public var current: Int { lock.withLock { version } }

    /// How many phones wait now.
    public var waitingCount: Int { lock.withLock { waiting.count } }

    /// Notes what the room looks like now; a difference from the last look is a change, and every phone waiting
    /// hears of it.
    public func note(_ fingerprint: RoomHandler.Fingerprint) {
        lock.lock()
        if let last, last != fingerprint { version += 1 }
        last = fingerprint
        let now = version
        let woken = waiting.filter { $0.value.after < now }
        for id in woken.keys { waiting[id] = nil }
        lock.unlock()
        for (_, waiter) in woken { waiter.resume.resume(returning: now) }
    }

    /// The room closes: every phone waiting hears of it now, and nobody waits from now on.
    public func close() {
        lock.lock()
        closed = true
        version += 1
        let woken = waiting.values
        waiting = [:]
        let now = version
        lock.unlock()
        for waiter in woken { waiter.resume.resume(returning: now) }
    }

    /// Waits until the number is past `after`, or `seconds` have passed; the number then.
    public func wait(after: Int, seconds: Double) async -> Int {
        let id = UUID()
        let timer = Task {
            guard (try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))) != nil else { return }
            self.release(id)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { (resume: CheckedContinuation<Int, Never>) in
            lock.lock()
            let now = version
            if now > after || closed || expired.remove(id) != nil {
                lock.unlock()
                resume.resume(returning: now)
            } else {
                waiting[id] = (after, resume)
                lock.unlock()
            }
        }
    }

    /// Ends one wait with the number as it is.
    private func release(_ id: UUID) {
        lock.lock()
        let waiter = waiting.removeValue(forKey: id)
        if waiter == nil { expired.insert(id) }
        let now = version
        lock.unlock()
        waiter?.resume.resume(returning: now)
    }
}
