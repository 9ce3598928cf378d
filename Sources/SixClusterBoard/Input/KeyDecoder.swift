/// One unit of terminal input as the backend reads it: a character, or a key the terminal library decoded.
public enum RawInput: Equatable, Sendable {
    /// A Unicode scalar typed or sent by the terminal (control characters included).
    case scalar(Unicode.Scalar)
    /// A key decoded by the terminal library.
    case key(Key)
}

/// Turns raw terminal input into the board's input: control characters into `Key`s, and bracketed paste
/// (`ESC [200~ … ESC [201~`) into one `.paste`. An escape that starts no paste is an Escape key.
public struct KeyDecoder: Sendable {
    private static let pasteStart: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "0", "~"]
    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    private var pending: [Unicode.Scalar] = []
    private var pasting = false
    private var pasted: [Unicode.Scalar] = []

    /// Creates a decoder.
    public init() {}

    /// Whether the decoder holds the start of an escape sequence and wants to see more input before deciding.
    public var isWaiting: Bool { !pending.isEmpty || pasting }

    /// Feeds one unit of input; returns the input it completes.
    public mutating func feed(_ input: RawInput) -> [Input] {
        switch input {
        case .key(let key):
            if pasting { return [] }
            return flush() + [.key(key)]
        case .scalar(let scalar):
            if pasting { return feedPaste(scalar) }
            pending.append(scalar)
            if Self.pasteStart.starts(with: pending) {
                if pending.count == Self.pasteStart.count {
                    pending = []
                    pasting = true
                }
                return []
            }
            return flush()
        }
    }

    /// Ends a pending escape sequence when no more input follows (a lone Escape key).
    public mutating func timeout() -> [Input] {
        if pasting { return [] }
        return flush()
    }

    private mutating func feedPaste(_ scalar: Unicode.Scalar) -> [Input] {
        pasted.append(scalar)
        guard pasted.count >= Self.pasteEnd.count, Array(pasted.suffix(Self.pasteEnd.count)) == Self.pasteEnd else { return [] }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: pasted.dropLast(Self.pasteEnd.count))
        pasted = []
        pasting = false
        return [.paste(String(text))]
    }

    private mutating func flush() -> [Input] {
        let scalars = pending
        pending = []
        return scalars.map { .key(Self.key(for: $0)) }
    }

    /// The key for one scalar typed on its own.
    public static func key(for scalar: Unicode.Scalar) -> Key {
        switch scalar.value {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        default: return .character(Character(scalar))
        }
    }
}
