/// Numbers written in upper-case hexadecimal for messages (`0x0D`, `U+00E9`).
enum HexDigits {
    /// The digits of `value`, with leading zeros up to `width`.
    static func of(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
