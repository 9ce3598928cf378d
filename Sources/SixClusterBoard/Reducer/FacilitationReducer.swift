/// The facilitation part's own logic: its clock, the presentation time it has not booked yet, its timebox.
extension FacilitationState {
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
}
