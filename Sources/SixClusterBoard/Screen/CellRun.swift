/// A run of changed cells on one row, as the backend draws it.
public struct CellRun: Equatable, Sendable {
    /// Left column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The run's text as Unicode code points, the form a terminal library takes.
    public var scalars: [UInt32]
    /// The run's style (a run never mixes styles).
    public var style: Style

    /// Creates a run of code points.
    public init(x: Int, y: Int, scalars: [UInt32], style: Style) {
        self.x = x
        self.y = y
        self.scalars = scalars
        self.style = style
    }

    /// Creates a run of a text.
    public init(x: Int, y: Int, text: String, style: Style) {
        self.init(x: x, y: y, scalars: text.unicodeScalars.map(\.value), style: style)
    }
}
