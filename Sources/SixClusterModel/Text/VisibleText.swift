/// Makes control characters and terminal escape sequences visible, so that no text from a file reaches a
/// terminal or a report raw.
public enum VisibleText {
    /// Replaces each control character by a visible stand-in: C0 controls and DEL in caret notation (`^[`, `^?`),
    /// C1 controls as `<U+009B>`. Line feeds are kept when `keepingNewlines` is true.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        // Control characters are below 0x20, 0x7F, or (C1) encoded as 0xC2 0x80...0x9F: most text has no such byte.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            if keepingNewlines && scalar == "\n" {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 {
                result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            } else if scalar.value == 0x7F {
                result += "^?"
            } else if (0x80...0x9F).contains(scalar.value) {
                result += "<U+00" + String(scalar.value, radix: 16, uppercase: true) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar is a control character (C0, DEL or C1).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
