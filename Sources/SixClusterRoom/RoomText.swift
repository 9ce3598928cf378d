/// What a phone sends as text, made safe before it reaches the file, a terminal or a page: control characters
/// (line breaks become spaces), bidi overrides and isolates, and zero-width characters are removed, runs of
/// spaces become one, and the ends are trimmed. Markup stays as typed – it is text, and every view shows it as such.
public enum RoomText {
    /// The longest card a phone may send, in characters after cleaning.
    public static let cardLimit = 500
    /// The longest name a participant may take.
    public static let nameLimit = 40

    /// The text cleaned.
    public static func cleaned(_ text: String) -> String {
        var result = ""
        var space = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                space = !result.isEmpty
                continue
            }
            guard !isRemoved(scalar) else { continue }
            if space { result.append(" ") }
            space = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Control characters, bidi marks, overrides and isolates, zero-width characters, the byte-order mark and
    /// noncharacters.
    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB: true
        case 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }
}
