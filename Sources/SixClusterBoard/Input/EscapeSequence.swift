/// The escape sequences terminals send for keys, whatever the terminal description says: xterm's and tmux's
/// `ESC [ … final` (CSI) and `ESC O x` (SS3), rxvt's `ESC [ n ^`/`$`/`@`, the Linux console's `ESC [ [ A`…`E`. A
/// sequence that arrives whole but names no key the board knows is dropped as a whole – its letters never run as
/// commands.
enum EscapeSequence {
    /// What the scalars after ESC are so far.
    enum Reading: Equatable {
        /// Not a sequence: ESC and what follows are keys of their own (Escape, then the key).
        case notASequence
        /// The start of a sequence: wait for more.
        case incomplete
        /// A whole sequence: the key it names, or nil for one the board does not know (dropped).
        case complete(Key?)
    }

    /// The longest sequence taken as one; anything longer is garbage and dropped.
    static let maximumLength = 32

    /// Reads `scalars`, which start with ESC.
    static func read(_ scalars: [Unicode.Scalar]) -> Reading {
        guard scalars.count >= 2 else { return .incomplete }
        switch scalars[1] {
        case "[": return readCSI(Array(scalars.dropFirst(2)))
        case "O":
            guard scalars.count >= 3 else { return .incomplete }
            return .complete(ss3(scalars[2]))
        default: return .notASequence
        }
    }

    /// `ESC [` and the rest: parameters and intermediates, then one final byte.
    private static func readCSI(_ body: [Unicode.Scalar]) -> Reading {
        guard let first = body.first else { return .incomplete }
        if first == "[" {
            // The Linux console's F1 to F5: `ESC [ [ A` … `ESC [ [ E`.
            guard body.count >= 2 else { return .incomplete }
            let index = Int(body[1].value) - Int(("A" as Unicode.Scalar).value)
            return .complete((0...4).contains(index) ? .function(index + 1) : nil)
        }
        for (offset, scalar) in body.enumerated() {
            let value = scalar.value
            let parameters = String(String.UnicodeScalarView(body[..<offset]))
            // rxvt's shifted keys end in `$`, which is otherwise an intermediate byte.
            if scalar == "$", !parameters.isEmpty, parameters.allSatisfy(\.isNumber) {
                return .complete(tilde(parameters))
            }
            switch value {
            case 0x20...0x3F: continue
            case 0x40...0x7E: return .complete(key(final: scalar, parameters: parameters))
            default: return .complete(nil) // A control character or non-ASCII inside: no sequence of a key.
            }
        }
        return body.count + 2 >= maximumLength ? .complete(nil) : .incomplete
    }

    /// A CSI sequence's key by its final byte and parameters (modifiers such as `1;5` are not told apart).
    private static func key(final: Unicode.Scalar, parameters: String) -> Key? {
        switch final {
        case "Z": .backTab
        case "~", "^", "@": tilde(parameters)
        default: letterKey(final)
        }
    }

    /// The letters both CSI and SS3 end the cursor keys, Home, End and F1 to F4 with.
    private static func letterKey(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// The keys of `ESC [ n ~` (and rxvt's `^`, `$`, `@` endings) by their first number.
    private static func tilde(_ parameters: String) -> Key? {
        guard let number = parameters.split(separator: ";").first.flatMap({ Int($0) }) else { return nil }
        switch number {
        case 1, 7: return .home
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil // Insert (2) and keys the board has no use for.
        }
    }

    /// `ESC O x`: the application-mode cursor keys, Home, End, F1 to F4 and the keypad's Enter.
    private static func ss3(_ final: Unicode.Scalar) -> Key? {
        final == "M" ? .enter : letterKey(final)
    }
}
