/// Writes a workshop's YAML directly, byte for byte as libyaml's emitter writes it (see `WorkshopEncoder`), when
/// every text in it is one line of printable characters: plain where the emitter writes it plain, single-quoted
/// where it quotes. Saving a big workshop then costs a pass over its texts instead of an emitter event per card.
/// Any text this writer cannot be sure about sends the whole document to libyaml (nil here): it never decides a
/// quoting of its own.
struct DirectYAMLWriter {
    private var out = ""

    /// The document, or nil when some text needs the emitter.
    static func text(of pairs: [(key: YAMLNode, value: YAMLNode)]) -> String? {
        var writer = DirectYAMLWriter()
        writer.out.reserveCapacity(1 << 16)
        for (key, value) in pairs {
            guard writer.entry(key, value, indent: "") else { return nil }
        }
        return writer.out
    }

    /// `key: value` at an indent, the value inline (a scalar, an empty list) or on the lines below.
    private mutating func entry(_ key: YAMLNode, _ value: YAMLNode, indent: String) -> Bool {
        guard case .scalar(let name, .plain) = key.content, !name.isEmpty, Look(name).isPlain(name) else { return false }
        out += indent + name + ":"
        switch value.content {
        case .scalar(let text, let style):
            out += " "
            return scalar(text, style)
        case .sequence(let items, _) where items.isEmpty:
            out += " []\n"
            return true
        case .sequence(let items, _):
            out += "\n"
            return sequence(items, indent: indent)
        case .mapping, .alias:
            return false
        }
    }

    /// A block sequence's items at an indent (libyaml writes a mapping's sequence at the mapping's own indent).
    private mutating func sequence(_ items: [YAMLNode], indent: String) -> Bool {
        for item in items {
            switch item.content {
            case .scalar(let text, let style):
                out += indent + "- "
                guard scalar(text, style) else { return false }
            case .mapping(let pairs) where !pairs.isEmpty:
                // The first entry stands after the dash; a list as the first value is not this writer's.
                if case .sequence(let first, _) = pairs[0].value.content, !first.isEmpty { return false }
                out += indent + "- "
                guard entry(pairs[0].key, pairs[0].value, indent: "") else { return false }
                for pair in pairs.dropFirst() {
                    guard entry(pair.key, pair.value, indent: indent + "  ") else { return false }
                }
            default:
                return false
            }
        }
        return true
    }

    /// A scalar and its line end: plain as it is, single-quoted (a quote doubled) where the encoder asks for it or
    /// where the emitter would refuse the plain style; anything else is not this writer's.
    private mutating func scalar(_ text: String, _ style: YAMLNode.ScalarStyle) -> Bool {
        if text.isEmpty {
            guard style == .singleQuoted else { return false }
            out += "''\n"
            return true
        }
        let look = Look(text)
        guard look.isQuotable else { return false }
        switch style {
        case .plain where look.isPlain(text) || look.isWholeNumber:
            out += text + "\n"
        case .singleQuoted, .plain where look.cannotBePlain(text):
            // Where plain is asked for but YAML gives the text a meaning, the emitter single-quotes it too.
            out += "'" + (look.hasQuote ? String(text.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) : text) + "'\n"
        default:
            return false
        }
        return true
    }

    /// Characters that may give a plain text a meaning when they stand first (some only before a blank).
    fileprivate static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    /// First characters that are indicators whatever follows.
    fileprivate static let alwaysIndicators: Set<UInt8> = Set("#,[]{}&*!|>'\"%@`".utf8)
    /// First characters that are indicators when a blank (or nothing) follows.
    fileprivate static let blankIndicators: Set<UInt8> = Set("-?:".utf8)
}

/// What one pass over a text's bytes finds, for `DirectYAMLWriter`.
private struct Look {
    /// One line of characters libyaml counts as printable (no control character, no C1 control or NEL, no
    /// byte-order mark or non-character), no space at either end: it writes it single-quoted just so.
    var isQuotable = true
    /// `: ` or ` #` inside, or `:` at the end: never plain.
    var hasIndicatorInside = false
    /// A `'`, doubled inside single quotes.
    var hasQuote = false
    /// Only the digits 0 to 9: a count (`format`, `topic`, `votes`, `seconds`), which the encoder writes plain.
    var isWholeNumber = true
    private var first: UInt8 = 0
    private var second: UInt8?

    init(_ text: String) {
        var previous: UInt8 = 0
        var count = 0
        var threeBytesFromEF = false
        for byte in text.utf8 {
            if byte == 0xEF { threeBytesFromEF = true }
            if count == 0 { first = byte } else if count == 1 { second = byte }
            count += 1
            if byte < 0x20 || byte == 0x7F { isQuotable = false }
            if byte == 0x20 && previous == UInt8(ascii: ":") { hasIndicatorInside = true }
            if byte == UInt8(ascii: "#") && previous == 0x20 { hasIndicatorInside = true }
            if byte == UInt8(ascii: "'") { hasQuote = true }
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { isWholeNumber = false }
            // C1 controls and NEL (U+0080–U+009F: C2 80–9F); the byte-order mark and the non-characters
            // U+FFFE/U+FFFF start with EF BB / EF BF and are looked for below.
            if previous == 0xC2 && byte < 0xA0 { isQuotable = false }
            previous = byte
        }
        if count == 0 || first == 0x20 || previous == 0x20 { isQuotable = false }
        if previous == UInt8(ascii: ":") { hasIndicatorInside = true }
        if isQuotable && threeBytesFromEF && text.unicodeScalars.contains(where: { $0.value == 0xFEFF || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            isQuotable = false
        }
    }

    /// Whether libyaml writes the text plain in block context, as far as this writer can be sure: printable, no
    /// indicator first, none inside, not a document marker – and read back as text (`YAMLPlainText`).
    func isPlain(_ text: String) -> Bool {
        isQuotable && !hasIndicatorInside && !DirectYAMLWriter.indicators.contains(first) && !text.hasPrefix("...")
            && YAMLPlainText.readsAsText(text)
    }

    /// Whether libyaml certainly refuses the text the plain style: an indicator first, `: ` or ` #` inside, `:` at
    /// the end, a document marker at the start.
    func cannotBePlain(_ text: String) -> Bool {
        if hasIndicatorInside || DirectYAMLWriter.alwaysIndicators.contains(first) { return true }
        if DirectYAMLWriter.blankIndicators.contains(first) && (second == nil || second == 0x20) { return true }
        return text.hasPrefix("---") || text.hasPrefix("...")
    }
}
