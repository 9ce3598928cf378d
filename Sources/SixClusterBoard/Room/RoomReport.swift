import SixClusterModel

/// What the room's server tells the board that started it, one line each on its standard output: the join link
/// and its QR code's modules (again after a new link), that it is ready, how many have joined.
public enum RoomReport: Equatable, Sendable {
    /// The join link (with the token).
    case link(String)
    /// The join link's QR code, row by row (true: dark).
    case code([[Bool]])
    /// Everything needed to show the room has been said.
    case ready
    /// This many have joined so far.
    case joined(Int)
    /// Phone cards held until their fields are revealed, by field (none: every field shows its cards).
    case held([Int: Int])
    /// The names of those in the room, in the order they joined.
    case people([String])

    /// The report as one line, ending in a line break.
    public var line: String {
        switch self {
        case .link(let link): "link " + link + "\n"
        case .code(let modules): "code " + modules.map { row in String(row.map { $0 ? "1" : "0" }) }.joined(separator: "/") + "\n"
        case .ready: "ready\n"
        case .joined(let count): "joined \(count)\n"
        case .held(let counts): (["held"] + counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }).joined(separator: " ") + "\n"
        // Names hold no tab or line break (the room cleans them); the tab separates them.
        case .people(let names): (["people"] + names.map { $0.map { $0 == "\t" || $0.isNewline ? " " : $0 }.map(String.init).joined() })
            .joined(separator: "\t") + "\n"
        }
    }

    /// The report a line (without its line break) holds; nil for anything else.
    public init?(line: Substring) {
        if line.hasPrefix("link http://"), !line.dropFirst("link ".count).contains(" ") {
            self = .link(String(line.dropFirst("link ".count)))
        } else if line == "people" || line.hasPrefix("people\t") {
            self = .people(line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().map(String.init))
        } else if line == "ready" {
            self = .ready
        } else if line == "held" || line.hasPrefix("held ") {
            var counts: [Int: Int] = [:]
            for pair in line.split(separator: " ").dropFirst() {
                let parts = pair.split(separator: ":")
                guard parts.count == 2, let field = Int(parts[0]), let count = Int(parts[1]), (1...ModelTemplate.topicCount).contains(field), count > 0 else { return nil }
                counts[field] = count
            }
            self = .held(counts)
        } else if line.hasPrefix("joined "), let count = Int(line.dropFirst("joined ".count)), count >= 0 {
            self = .joined(count)
        } else if line.hasPrefix("code ") {
            let text = line.dropFirst("code ".count)
            guard text.allSatisfy({ $0 == "0" || $0 == "1" || $0 == "/" }) else { return nil }
            let rows = text.split(separator: "/").map { row in row.map { $0 == "1" } }
            guard let size = rows.first?.count, size > 0, size <= 177, rows.count == size,
                  rows.allSatisfy({ $0.count == size }) else { return nil }
            self = .code(rows)
        } else {
            return nil
        }
    }
}
