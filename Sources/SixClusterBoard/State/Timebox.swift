import SixClusterModel

/// A countdown for one field or one cluster: set minutes, start, pause, reset. Time comes from the loop's
/// clock (seconds, monotonic), so that the timebox itself stays pure.
public struct Timebox: Equatable, Sendable {
    /// What the timebox is for.
    public enum Scope: Equatable, Sendable {
        /// One topic field.
        case field(Int)
        /// A whole cluster, by its identifier.
        case cluster(String)
    }

    /// What the timebox is for.
    public var scope: Scope
    /// The time allowed, in seconds.
    public var duration: Int
    /// Seconds run before the current start.
    var elapsedBefore: Double = 0
    /// The clock reading of the current start, while running.
    var startedAt: Double?

    /// Creates a stopped timebox.
    public init(scope: Scope, duration: Int) {
        self.scope = scope
        self.duration = duration
    }

    /// Whether the countdown runs.
    public var isRunning: Bool { startedAt != nil }

    /// Seconds run in all, at a clock reading.
    public func elapsed(at clock: Double) -> Double {
        elapsedBefore + (startedAt.map { max(0, clock - $0) } ?? 0)
    }

    /// Whole seconds left at a clock reading; negative once the time is up (overtime).
    public func remaining(at clock: Double) -> Int {
        let left = Double(duration) - elapsed(at: clock)
        return left >= 0 ? Int(left.rounded(.up)) : -Int((-left).rounded(.down))
    }

    /// Whether the time is up.
    public func isOver(at clock: Double) -> Bool {
        elapsed(at: clock) >= Double(duration)
    }

    /// Starts or goes on.
    mutating func start(at clock: Double) {
        if startedAt == nil { startedAt = clock }
    }

    /// Pauses, keeping the time run so far.
    mutating func pause(at clock: Double) {
        elapsedBefore = elapsed(at: clock)
        startedAt = nil
    }

    /// Back to the full time, stopped.
    mutating func reset() {
        elapsedBefore = 0
        startedAt = nil
    }

    /// `mm:ss`, with a plus sign in overtime.
    public static func clockText(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        let text = twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60)
        return seconds < 0 ? "+" + text : text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
