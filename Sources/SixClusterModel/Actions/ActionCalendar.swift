/// Dated actions as an iCalendar file (RFC 5545): an all-day event on each due day, or a to-do due that day. Each
/// entry's UID is made from the workshop, the field and the card's text, so importing a newer export updates the
/// entries instead of doubling them; `stamp` (when the workshops last changed) makes an unchanged workshop give
/// the same bytes. Actions without a readable date have no day and are left out (`undatedCount`).
public struct ActionCalendar {
    /// What each dated action becomes.
    public enum Kind: String, CaseIterable, Sendable {
        /// An all-day event on the due day (shown by every calendar).
        case event
        /// A to-do with its due day and status (for task lists that read iCalendar).
        case todo
    }

    let list: ActionList
    let language: Language
    let kind: Kind
    /// `DTSTAMP`: a UTC moment as `20261208T093000Z`.
    let stamp: String

    /// A calendar of a list, worded in a language.
    public init(_ list: ActionList, language: Language, kind: Kind = .event, stamp: String) {
        self.list = list
        self.language = language
        self.kind = kind
        self.stamp = stamp
    }

    /// How many actions have no date a calendar can hold.
    public var undatedCount: Int {
        list.actions.count { $0.dueDate == nil }
    }

    /// The file: CRLF line ends, long lines folded at 75 bytes.
    public func text() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sixcluster//actions//" + language.rawValue.uppercased(),
                     "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + Self.escaped(language.pick(de: "Maßnahmen", en: "Actions"))]
        for action in list.actions {
            guard let day = action.dueDate else { continue }
            lines += entry(action, day: day)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    private func entry(_ action: FollowedAction, day: CalendarDate) -> [String] {
        let component = kind == .event ? "VEVENT" : "VTODO"
        let field = language.pick(de: "Feld", en: "Field") + " \(action.topic) \(action.fieldName)"
        let details = [field,
                       action.owner.map { language.pick(de: "Verantwortlich: ", en: "Owner: ") + $0 },
                       language.pick(de: "Status: ", en: "Status: ") + action.status.name(in: language),
                       action.firm.trimmingSpaces.isEmpty ? nil : language.pick(de: "Firma: ", en: "Firm: ") + action.firm]
        var lines = ["BEGIN:" + component, "UID:" + uid(action), "DTSTAMP:" + stamp]
        switch kind {
        case .event:
            lines += ["DTSTART;VALUE=DATE:" + day.compact, "DTEND;VALUE=DATE:" + day.next.compact, "TRANSP:TRANSPARENT",
                      "STATUS:" + (action.status == .dropped ? "CANCELLED" : "CONFIRMED")]
        case .todo:
            let status = switch action.status {
            case .open: "NEEDS-ACTION"
            case .doing: "IN-PROCESS"
            case .done: "COMPLETED"
            case .dropped: "CANCELLED"
            }
            lines += ["DUE;VALUE=DATE:" + day.compact, "STATUS:" + status]
        }
        let prefix = action.status == .open ? "" : "[\(action.status.name(in: language))] "
        lines += ["SUMMARY:" + Self.escaped(prefix + action.text),
                  "DESCRIPTION:" + Self.escaped(details.compactMap { $0 }.joined(separator: "\n"))]
        if let owner = action.owner { lines.append("CATEGORIES:" + Self.escaped(owner)) }
        return lines + ["END:" + component]
    }

    /// The same for the same workshop, field and text (and, among equal texts, the same place).
    private func uid(_ action: FollowedAction) -> String {
        let name = action.source.split(separator: "/").last.map(String.init) ?? action.source
        let identity = [name, action.firm, String(action.topic), action.text, String(action.occurrence)].joined(separator: "\u{1F}")
        let high = Fingerprint.of(identity), low = Fingerprint.of(identity, basis: 0x8422_2325_cbf2_9ce4)
        return HexDigits.of(high, width: 16).lowercased() + HexDigits.of(low, width: 16).lowercased() + "@sixcluster"
    }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped, other control characters left out.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if scalar == "\t" || !VisibleText.isControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A content line ended by CRLF, folded so that no line is longer than 75 bytes (a fold never splits a
    /// character's bytes).
    static func folded(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var out = ""
        var used = 0
        for character in line {
            let bytes = character.utf8.count
            if used + bytes > 75 {
                out += "\r\n "
                used = 1
            }
            out.append(character)
            used += bytes
        }
        return out + "\r\n"
    }
}
