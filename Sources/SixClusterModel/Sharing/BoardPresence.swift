/// One writer open on a workshop, as the boards see it: who it is, what kind (a board, a board that only watches,
/// or another writer such as `sixcluster add`), which field it shows, whether it leads the room ("follow me").
/// Writers tell each other this through small presence files beside the workshop, never through the workshop file.
public struct BoardPresence: Equatable, Sendable {
    /// What kind of writer.
    public enum Kind: String, Sendable {
        /// A board that edits.
        case board
        /// A board that only watches (`view`, `--read-only`).
        case watcher
        /// Another writer for a moment: a command or a script adding cards.
        case writer
        /// The room's web server, through which phones write. It is company: while it is open, boards write every
        /// change at once, so that the phones see it.
        case room
    }

    /// What a board shows, as far as the others care.
    public enum Place: String, Sendable {
        /// The whole board.
        case board
        /// One field, opened.
        case field
        /// One field in presentation mode.
        case presentation
        /// Anything else (the parking lot, the workshop's details).
        case other
    }

    /// The board's process, which tells boards apart on one host.
    public var pid: Int32
    /// The name shown to the others (`--author`, else the login name).
    public var name: String
    /// The field it is at (1...20).
    public var topic: Int
    /// What it shows.
    public var place: Place
    /// Whether it leads: boards that follow go to the field it presents.
    public var leads: Bool = false
    /// When it began to lead (milliseconds since 1970), so that the newest leader wins when there are several.
    public var leadingSince: Int64 = 0
    /// What kind of writer it is.
    public var kind: Kind = .board

    /// Whether it only watches (`view`, `--read-only`).
    public var watches: Bool { kind == .watcher }

    /// A presence.
    public init(pid: Int32, name: String, topic: Int, place: Place, leads: Bool = false, leadingSince: Int64 = 0,
                kind: Kind = .board) {
        self.pid = pid
        self.name = name
        self.topic = topic
        self.place = place
        self.leads = leads
        self.leadingSince = leadingSince
        self.kind = kind
    }

    /// Longest name kept, in characters.
    public static let longestName = 40

    /// The presence file's text: one named `key: value` per line, closed by `end` so that a reader can tell a file
    /// caught while it was being rewritten.
    public var text: String {
        "pid: \(pid)\nname: \(Self.cleaned(name))\nkind: \(kind.rawValue)\ntopic: \(topic)\nplace: \(place.rawValue)\n"
            + "leads: \(leads ? "yes" : "no")\nleading-since: \(leadingSince)\nend\n"
    }

    /// Reads a presence file's text; nil when it is incomplete or not one.
    public init?(text: String) {
        var values: [Substring: Substring] = [:]
        var complete = false
        for line in text.split(separator: "\n") {
            if line == "end" {
                complete = true
                break
            }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            values[line[..<colon]] = line[line.index(after: colon)...].drop { $0 == " " }
        }
        guard complete, let pid = values["pid"].flatMap({ Int32($0) }), let name = values["name"],
              let topic = values["topic"].flatMap({ Int($0) }), (1...ModelTemplate.topicCount).contains(topic),
              let place = values["place"].flatMap({ Place(rawValue: String($0)) }),
              let kind = values["kind"].flatMap({ Kind(rawValue: String($0)) }),
              let leads = values["leads"], leads == "yes" || leads == "no",
              let since = values["leading-since"].flatMap({ Int64($0) }) else { return nil }
        self.init(pid: pid, name: Self.cleaned(String(name)), topic: topic, place: place, leads: leads == "yes",
                  leadingSince: since, kind: kind)
    }

    /// A name as it can stand on one line: control characters dropped, spaces trimmed, at most `longestName`
    /// characters.
    public static func cleaned(_ name: String) -> String {
        let printable = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) }))
        return String(printable.trimmingSpaces.prefix(longestName))
    }
}
