#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A random secret of 128 bits as 32 hex digits: the room's join token, and each participant's session. It lives in
/// memory only – never in a file, a log or a response other than the one that sets it.
public struct RoomToken: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The hex digits.
    public let value: String

    /// A new random token from the system's generator.
    public init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<2).map { _ in
            let number = generator.next() as UInt64
            let hex = String(number, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The token these hex digits stand for; nil when they are no token (wrong length or characters).
    public init?(_ text: String) {
        guard text.utf8.count == 32, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        value = text
    }

    public var description: String { value }

    /// Whether `text` is this token, compared in time that does not depend on where they differ.
    public func matches(_ text: String) -> Bool {
        let (a, b) = (Array(value.utf8), Array(text.utf8))
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
