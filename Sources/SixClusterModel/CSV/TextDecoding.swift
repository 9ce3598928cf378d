/// Turns a file's bytes into text the way a spreadsheet's or survey tool's export needs: UTF-8 with or without a
/// byte order mark, UTF-16 with one (a spreadsheet's "Unicode text"), and Windows-1252 where the bytes are no
/// UTF-8 (or when it is named).
public enum TextDecoding {
    /// An encoding a file can be read in.
    public enum Encoding: String, CaseIterable, Sendable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case windows1252 = "windows-1252"
    }

    /// The text, and the encoding it was read in: the one named, else the one the bytes show.
    public static func decode(_ bytes: [UInt8], as named: Encoding? = nil) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) && named != .windows1252 {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || named == .utf16 {
            return (utf16(bytes), .utf16)
        }
        if named == .windows1252 { return (windows1252(bytes), .windows1252) }
        if named == .utf8 { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    /// UTF-16 by its byte order mark (little-endian without one).
    private static func utf16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes.starts(with: [0xFE, 0xFF])
        let body = bytes.starts(with: [0xFF, 0xFE]) || bigEndian ? Array(bytes.dropFirst(2)) : bytes
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        for index in stride(from: 0, to: body.count - 1, by: 2) {
            let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The characters Windows-1252 gives the bytes 0x80–0x9F (the rest is Latin-1); undefined bytes become U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// One Windows-1252 byte as a Unicode scalar.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(windows1252(byte)) }
        return String(text)
    }
}
