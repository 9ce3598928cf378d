/// Tells single from double clicks: a press on the same cell within half a second of the last one counts up.
public struct ClickCounter: Sendable {
    /// How soon a second press on the same cell makes a double click, in seconds.
    public static let interval = 0.5

    private var last: (x: Int, y: Int, at: Double, count: Int)?

    /// A counter that has seen no click.
    public init() {}

    /// The event with its click counted (other events pass as they are); `now` is a monotonic clock in seconds.
    public mutating func count(_ event: MouseEvent, now: Double) -> MouseEvent {
        guard case .click = event.kind else { return event }
        let count = last.map { $0.x == event.x && $0.y == event.y && now - $0.at <= Self.interval ? $0.count + 1 : 1 } ?? 1
        last = (event.x, event.y, now, count)
        return MouseEvent(.click(count: count), x: event.x, y: event.y)
    }
}
