/// Keys as a config file names them: `a`, `A`, `+`, `space`, `ctrl-s`, `f5`, `enter`, `esc`, `tab`, `shift-tab`,
/// `up`, `pgdn`, …
extension Key {
    /// The name of a key without a character of its own.
    private static let named: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backspace", .backspace), ("delete", .delete), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
    ]

    /// Other spellings people write (`escape`, `return`, `pageup`, `del`, `backtab`).
    private static let aliases: [String: String] = [
        "escape": "esc", "return": "enter", "pageup": "pgup", "pagedown": "pgdn", "page-up": "pgup", "page-down": "pgdn",
        "del": "delete", "backtab": "shift-tab", "bs": "backspace",
    ]

    /// The key a config file names, or nil when there is none of that name. A single character stands for itself
    /// (case matters: `a` and `A` are two keys); other names are read without regard to case.
    public init?(configName name: String) {
        if name.count == 1, let character = name.first, !character.isWhitespace, character.asciiValue.map({ $0 >= 0x20 && $0 < 0x7F }) ?? true {
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        let canonical = Self.aliases[lowered] ?? lowered
        if let found = Self.named.first(where: { $0.0 == canonical }) {
            self = found.1
            return
        }
        if canonical.hasPrefix("ctrl-"), canonical.count == 6, let letter = canonical.last, ("a"..."z").contains(letter) {
            self = .control(letter)
            return
        }
        if canonical.hasPrefix("f"), let number = Int(canonical.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// How a config file names the key.
    public var configName: String {
        switch self {
        case .character(let c): Self.named.first { $0.1 == self }?.0 ?? String(c)
        case .control(let c): "ctrl-" + String(c)
        case .function(let number): "f\(number)"
        default: Self.named.first { $0.1 == self }?.0 ?? "?"
        }
    }

    /// Whether the key types a character (text input needs it for itself).
    var typesText: Bool {
        if case .character = self { return true }
        return false
    }
}
