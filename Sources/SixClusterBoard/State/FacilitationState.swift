import SixClusterModel

/// What the facilitator runs: the loop's clock and the time spent per field, the timebox, quick capture's
/// defaults and the closing review. It changes only through its own methods.
public struct FacilitationState: Equatable, Sendable {
    /// The loop's clock (seconds, monotonic) at the last tick.
    public private(set) var clock: Double = 0
    /// Whether a tick has set the clock yet.
    private var clockStarted: Bool = false
    /// The timebox, once one was set.
    public private(set) var timebox: Timebox? = nil
    /// The minutes last given for a timebox, offered the next time.
    private(set) var timeboxMinutes: Int = 10
    /// Presentation time not yet added to a field (below one second).
    private var unspentTime: Double = 0
    /// Method and author that quick capture gives new cards.
    public private(set) var capture: CaptureDefaults = CaptureDefaults()
    /// The closing review, while it runs.
    public private(set) var review: Review? = nil

    /// The longest stretch one tick may add: a laptop that slept must not count its sleep as workshop time.
    static let longestTick = 2.0

    /// The loop's clock moved on to `now`. Gives the whole seconds to book on the shown field (when `counting`:
    /// presentation mode, on the board that counts), and the timebox when it ran out just now.
    mutating func advance(to now: Double, counting: Bool) -> (seconds: Int, ranOut: Timebox?) {
        let before = clock
        let step = clockStarted ? min(max(0, now - before), Self.longestTick) : 0
        clock = now
        clockStarted = true
        var seconds = 0
        if counting && step > 0 {
            unspentTime += step
            seconds = Int(unspentTime)
            unspentTime -= Double(seconds)
        }
        guard let timebox, timebox.isRunning, !timebox.isOver(at: before), timebox.isOver(at: now) else { return (seconds, nil) }
        return (seconds, timebox)
    }

    /// A timebox of `minutes` for `scope`, started now; the minutes are offered again next time.
    mutating func startTimebox(minutes: Int, scope: Timebox.Scope) {
        timeboxMinutes = minutes
        var box = Timebox(scope: scope, duration: minutes * 60)
        box.start(at: clock)
        timebox = box
    }

    /// Pauses a running timebox or runs a paused one. Gives whether it runs now, or nil when there is none.
    mutating func startOrPauseTimebox() -> Bool? {
        guard var box = timebox else { return nil }
        box.isRunning ? box.pause(at: clock) : box.start(at: clock)
        timebox = box
        return box.isRunning
    }

    /// Sets the timebox back to its full time, stopped.
    mutating func resetTimebox() {
        timebox?.reset()
    }

    /// The next method for captured cards (none, then the model's methods in turn); gives the new one.
    mutating func cycleCaptureMethod() -> CollectionMethod? {
        let cycle = CaptureDefaults.methodCycle
        let current = cycle.firstIndex(of: capture.method) ?? 0
        capture.method = cycle[(current + 1) % cycle.count]
        return capture.method
    }

    /// The author of captured cards (nil: not recorded).
    mutating func setCaptureAuthor(_ author: String?) {
        capture.author = author
    }

    /// Starts the closing review over flagged fields (at least one), at the first.
    mutating func startReview(of topics: [Int]) {
        review = Review(topics: topics, position: 0)
    }

    /// The review's next (or previous) field; nil after the last one, when the review is over.
    mutating func stepReview(by offset: Int) -> Int? {
        guard var running = review else { return nil }
        let next = running.position + offset
        guard next < running.topics.count else {
            review = nil
            return nil
        }
        running.position = max(0, next)
        review = running
        return running.topic
    }

    /// Ends the review; gives whether one was running.
    mutating func endReview() -> Bool {
        defer { review = nil }
        return review != nil
    }
}
