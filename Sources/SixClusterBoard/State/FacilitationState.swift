import SixClusterModel

/// What the facilitator runs: the loop's clock and the time spent per field, the timebox, quick capture's
/// defaults and the closing review.
public struct FacilitationState: Equatable, Sendable {
    /// The loop's clock (seconds, monotonic) at the last tick.
    public internal(set) var clock: Double = 0
    /// Whether a tick has set the clock yet.
    var clockStarted: Bool = false
    /// The timebox, once one was set.
    public internal(set) var timebox: Timebox? = nil
    /// The minutes last given for a timebox, offered the next time.
    var timeboxMinutes: Int = 10
    /// Presentation time not yet added to a field (below one second).
    var unspentTime: Double = 0
    /// Method and author that quick capture gives new cards.
    public internal(set) var capture: CaptureDefaults = CaptureDefaults()
    /// The closing review, while it runs.
    public internal(set) var review: Review? = nil
}
