/// A day of the calendar, read from what people write as a due date: `2027-03-31` (as FORMAT.md recommends) or
/// the German `31.03.2027` / `31.3.2027`. Anything else ("Q2", "after the fair") is no date: the action is listed
/// with its text but has no day to be overdue on.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date that exists (30 February does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `D.M.YYYY`, spaces around allowed; nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let german = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Self.number(iso[0]), let m = Self.number(iso[1]), let d = Self.number(iso[2]) {
            self.init(year: y, month: m, day: d)
        } else if german.count == 3, (1...2).contains(german[0].count), (1...2).contains(german[1].count), german[2].count == 4,
                  let d = Self.number(german[0]), let m = Self.number(german[1]), let y = Self.number(german[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// The day after this one.
    public var next: CalendarDate {
        if day < Self.days(inMonth: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1)! }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1)! }
        return CalendarDate(year: year + 1, month: 1, day: 1) ?? self
    }

    /// `2027-03-31`.
    public var description: String {
        Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
    }

    /// `20270331`, as iCalendar writes a day.
    public var compact: String {
        Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ part: Substring) -> Int? {
        guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(part)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
