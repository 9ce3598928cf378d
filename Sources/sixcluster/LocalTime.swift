#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dates and times where the user is (local time), as files and the start screen show them.
enum LocalTime {
    /// `2026-12-03` for a moment (seconds since 1970), or `2026-12-03 09:41` with the time of day.
    static func text(_ seconds: time_t, withTime: Bool = false) -> String {
        var moment = seconds
        var parts = tm()
        localtime_r(&moment, &parts)
        let two: (Int32) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
        return withTime ? date + " \(two(parts.tm_hour)):\(two(parts.tm_min))" : date
    }

    /// Today's date.
    static var today: String { text(time(nil)) }
}
