/// How many terminal columns text takes: wide East Asian characters and emoji take two, combining marks none.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        // Most text on a board is Latin letters, punctuation and box lines: one column each, known without
        // asking the Unicode tables, which is most of the cost of drawing a frame.
        if scalars.index(after: scalars.startIndex) == scalars.endIndex,
           isIn(narrowRanges, first.value) {
            return 1
        }
        return measured(character)
    }

    /// The width as the Unicode tables give it: emoji presentation, marks and format characters, wide ranges.
    static func measured(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if scalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F }) && !isVariationText(scalars) {
            return 2
        }
        return width(of: first)
    }

    /// The columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The width of a single scalar: 0 for marks and format characters, 2 for wide ones, else 1.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.value == 0x200B { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    private static func isVariationText(_ scalars: Character.UnicodeScalarView) -> Bool {
        scalars.contains { $0.value == 0xFE0E }
    }

    /// Code points that alone are always one column wide: no marks, no format characters, nothing wide, no
    /// emoji shown as pictures (Latin-1 without the soft hyphen, Latin Extended, dashes and quotes, arrows,
    /// box drawing and blocks).
    static let narrowRanges: [(first: UInt32, last: UInt32)] = [
        (0x7F, 0xAC), (0xAE, 0x24F), (0x2010, 0x2027), (0x2030, 0x205E), (0x2190, 0x21FF), (0x2500, 0x259F),
    ]

    /// The wide code points as first and last value (plain pairs: a range type would cost a look-up in the
    /// runtime's conformance tables on the first frame).
    private static let wideRanges: [(first: UInt32, last: UInt32)] = [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x2E80, 0x303E), (0x3041, 0x33FF),
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
        (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
        (0x17000, 0x18AFF), (0x1B000, 0x1B2FF), (0x1F300, 0x1F64F), (0x1F900, 0x1F9FF), (0x20000, 0x2FFFD),
        (0x30000, 0x3FFFD),
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return isIn(wideRanges, value)
    }

    private static func isIn(_ ranges: [(first: UInt32, last: UInt32)], _ value: UInt32) -> Bool {
        ranges.contains { $0.first <= value && value <= $0.last }
    }

    /// The text padded with spaces, or cut with `…`, to exactly `width` columns.
    /// One pass that stops at the first character that does not fit: a long text costs no more than a short one.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var characters = 0
        // The longest start that leaves a column for `…`, in characters and columns.
        var kept = (characters: 0, columns: 0)
        for character in text {
            used += of(character)
            if used > width {
                return String(text.prefix(kept.characters)) + "…" + String(repeating: " ", count: width - 1 - kept.columns)
            }
            characters += 1
            if used <= width - 1 { kept = (characters, used) }
        }
        return text + String(repeating: " ", count: width - used)
    }
}
