#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's monotonic clock, for the board's ticks (timebox, time per field, followed files). Read straight
/// from the system: Foundation's `ProcessInfo` would first gather the whole process environment.
enum MonotonicClock {
    /// Seconds since a fixed point in the past; never goes back.
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
