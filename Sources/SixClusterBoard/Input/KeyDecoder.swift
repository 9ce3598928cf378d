/// One unit of terminal input as the backend reads it: a character, or a key the terminal library decoded.
public enum RawInput: Equatable, Sendable {
    /// A Unicode scalar typed or sent by the terminal (control characters included).
    case scalar(Unicode.Scalar)
    /// A key decoded by the terminal library.
    case key(Key)
    /// A mouse event decoded by the terminal library.
    case mouse(MouseEvent)
}

/// Turns raw terminal input into the board's input: control characters into `Key`s, bracketed paste
/// (`ESC [200~ … ESC [201~`) into one `.paste`, SGR mouse reports (`ESC [<b;x;yM`) into `.mouse` (where
/// curses passes them on as characters), and the key sequences curses did not know into keys – or, for a sequence
/// of no key the board knows, into nothing (`EscapeSequence`). An escape that starts none of them is an Escape key.
public struct KeyDecoder: Sendable {
    private static let pasteStart: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "0", "~"]
    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
    private static let mouseStart: [Unicode.Scalar] = ["\u{1B}", "[", "<"]

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
        case .mouse(let event):
            if pasting { return [] }
            return flush() + [.mouse(event)]
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
            if let mouse = mouseReport() { return mouse }
            return sequence()
        }
    }

    /// The pending input as a key sequence: nothing yet while it is coming, its key (or nothing) once whole, the
    /// keys one by one when it is none.
    private mutating func sequence() -> [Input] {
        guard pending.first == "\u{1B}" else { return flush() }
        switch EscapeSequence.read(pending) {
        case .incomplete: return []
        case .notASequence: return flush()
        case .complete(let key):
            pending = []
            return key.map { [.key($0)] } ?? []
        }
    }

    /// An SGR mouse report in the pending input: nil when there is none, empty while it is still coming (or when
    /// it reports what the board does not use: a release, motion, other buttons).
    private mutating func mouseReport() -> [Input]? {
        guard pending.count >= Self.mouseStart.count, Array(pending.prefix(Self.mouseStart.count)) == Self.mouseStart else { return nil }
        let body = pending.dropFirst(Self.mouseStart.count)
        guard let last = body.last, last == "M" || last == "m" else {
            let partial = body.allSatisfy { ("0"..."9").contains($0) || $0 == ";" } && body.count < 24
            return partial ? [] : nil
        }
        pending = []
        let numbers = String(String.UnicodeScalarView(body.dropLast())).split(separator: ";").compactMap { Int($0) }
        guard last == "M", numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else { return [] }
        let (button, x, y) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
        if button & 32 != 0 { return [] }
        if button & 64 != 0 { return [.mouse(MouseEvent(button & 1 == 0 ? .wheelUp : .wheelDown, x: x, y: y))] }
        return button & 3 == 0 ? [.mouse(MouseEvent(.click(count: 1), x: x, y: y))] : []
    }

    /// Ends a pending escape sequence when no more input follows: a lone Escape key (or Escape and `[` or `O`
    /// typed quickly); the start of a longer sequence that never ended is dropped.
    public mutating func timeout() -> [Input] {
        if pasting { return [] }
        if pending.count > 2 && pending.first == "\u{1B}" {
            pending = []
            return []
        }
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
