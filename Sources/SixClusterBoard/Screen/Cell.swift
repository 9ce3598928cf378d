/// One cell of the screen as a reader sees it: a grapheme (or "" for the right half of a wide character) and
/// its style.
public struct Cell: Equatable, Sendable {
    /// The text shown; "" in the second column of a wide character.
    public var text: String
    /// How it looks.
    public var style: Style

    /// Creates a cell.
    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }
}
