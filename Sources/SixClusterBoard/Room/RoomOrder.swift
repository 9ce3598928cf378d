import SixClusterModel

/// What the board tells the room's server it started, one line each on the server's standard input: the method
/// phone cards carry, whether phones may pick any field, whether new people may join, a new link.
public enum RoomOrder: Equatable, Sendable {
    /// Phone cards carry this method (none: no method).
    case method(CollectionMethod?)
    /// Phones may pick any field (true), or follow the field the facilitator presents (false).
    case anyField(Bool)
    /// New people may join (true), or the link lets nobody new in (false).
    case joining(Bool)
    /// A new join link: the old one lets nobody new in; whoever joined stays.
    case newLink
    /// A field's phone cards are held until revealed (true), or revealed now, all at once (false).
    case hidden(Int, Bool)
    /// Whoever goes by this name is taken out of the room (their cards stay).
    case remove(String)

    /// The order as one line, ending in a line break.
    public var line: String {
        switch self {
        case .method(let method): "method \(method?.rawValue ?? "none")\n"
        case .anyField(let any): "fields \(any ? "any" : "presented")\n"
        case .joining(let open): "joining \(open ? "open" : "closed")\n"
        case .newLink: "new-link\n"
        case .hidden(let field, let hidden): "hidden \(field) \(hidden ? "on" : "off")\n"
        case .remove(let name): "remove " + name.map { $0.isNewline ? " " : $0 }.map(String.init).joined() + "\n"
        }
    }

    /// The order a line (without its line break) holds; nil for anything else.
    public init?(line: Substring) {
        if line.hasPrefix("remove "), line.count > "remove ".count {
            self = .remove(String(line.dropFirst("remove ".count)))
            return
        }
        let words = line.split(separator: " ")
        switch (words.first, words.count) {
        case ("method"?, 2):
            if words[1] == "none" { self = .method(nil) } else if let method = CollectionMethod(rawValue: String(words[1])) {
                self = .method(method)
            } else { return nil }
        case ("fields"?, 2) where words[1] == "any" || words[1] == "presented": self = .anyField(words[1] == "any")
        case ("joining"?, 2) where words[1] == "open" || words[1] == "closed": self = .joining(words[1] == "open")
        case ("new-link"?, 1): self = .newLink
        case ("hidden"?, 3) where words[2] == "on" || words[2] == "off":
            guard let field = Int(words[1]), (1...ModelTemplate.topicCount).contains(field) else { return nil }
            self = .hidden(field, words[2] == "on")
        default: return nil
        }
    }
}
