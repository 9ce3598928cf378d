/// Everything the terminal hands the board: a key, pasted text, a mouse event, a new size.
public enum Input: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// Text pasted with bracketed paste, delivered in one piece.
    case paste(String)
    /// A mouse event at a cell.
    case mouse(MouseEvent)
    /// The terminal's new size.
    case resize(width: Int, height: Int)
}

/// A mouse event at a cell of the screen.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did.
    public enum Kind: Equatable, Sendable {
        /// A click of the main button (`count` 2 for a double click).
        case click(count: Int)
        /// The wheel, one notch up (towards the top of the list) or down.
        case wheelUp, wheelDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The cell's column.
    public var x: Int
    /// The cell's row.
    public var y: Int

    /// Creates an event.
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
