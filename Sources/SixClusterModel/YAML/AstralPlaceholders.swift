/// libyaml writes characters beyond the Basic Multilingual Plane (emoji, rare CJK) only as `\U0001F33F` escapes,
/// however it is told to write Unicode. Such characters travel through the emitter as stand-ins from the Private
/// Use Area that the document itself does not use, and are put back into the written text, so that a file holds
/// every character as itself.
struct AstralPlaceholders {
    private var hidden: [Unicode.Scalar: Unicode.Scalar] = [:]
    private var restored: [Unicode.Scalar: Unicode.Scalar] = [:]

    /// Stand-ins for the characters of every scalar under `root`. When the document uses the whole Private Use
    /// Area, the remaining characters are left to libyaml's escapes (still valid YAML).
    init(for root: YAMLNode) {
        var astral: [Unicode.Scalar] = []
        var used: Set<UInt32> = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar(let text, _):
                for scalar in text.unicodeScalars where scalar.value >= 0xE000 {
                    if scalar.value > 0xFFFF {
                        if hidden[scalar] == nil { astral.append(scalar) }
                        hidden[scalar] = scalar
                    } else if scalar.value <= 0xF8FF {
                        used.insert(scalar.value)
                    }
                }
            case .sequence(let items, _): pending.append(contentsOf: items)
            case .mapping(let pairs): pending.append(contentsOf: pairs.flatMap { [$0.key, $0.value] })
            case .alias: break
            }
        }
        hidden = [:]
        var next: UInt32 = 0xE000
        for scalar in astral {
            while used.contains(next) { next += 1 }
            guard next <= 0xF8FF, let standIn = Unicode.Scalar(next) else { break }
            hidden[scalar] = standIn
            restored[standIn] = scalar
            next += 1
        }
    }

    /// The text with its astral characters replaced by their stand-ins.
    func hide(_ text: String) -> String {
        hidden.isEmpty ? text : Self.map(text, hidden)
    }

    /// The written text with the stand-ins replaced by the characters they stand for.
    func restore(_ text: String) -> String {
        restored.isEmpty ? text : Self.map(text, restored)
    }

    private static func map(_ text: String, _ table: [Unicode.Scalar: Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(table[scalar] ?? scalar) }
        return String(result)
    }
}
