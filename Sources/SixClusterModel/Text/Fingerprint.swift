/// FNV-1a (64 bits) of a text's UTF-8 bytes: the same on every run and machine (unlike Swift's `Hasher`), for
/// checks and stable names – not a protection against anyone.
public enum Fingerprint {
    /// FNV-1a's usual starting value.
    static let standardBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The fingerprint as 16 hexadecimal digits (a stable short name for a path, say).
    public static func stable(_ text: String) -> String {
        HexDigits.of(of(text), width: 16).lowercased()
    }

    /// The fingerprint, starting from `basis` (another basis gives an independent second fingerprint).
    static func of(_ text: String, basis: UInt64 = standardBasis) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
