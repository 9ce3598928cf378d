/// What a colour stands for; the backend maps roles to colours, or to plain attributes without colour.
public enum ColorRole: Hashable, Sendable {
    /// Ordinary text.
    case normal
    /// The colour of one of the six clusters (0...5, in the model's order). A byte, so that a screen cell stays
    /// small: a frame's grid is thousands of them.
    case cluster(UInt8)
    /// An empty field (an error).
    case empty
    /// A field without a target (a warning).
    case warning
    /// The status line.
    case status
    /// Titles and highlighted words.
    case accent
    /// Secondary text such as explanations.
    case dim
    /// A QR code: dark on light whatever the theme, so that it scans.
    case code
}

/// How a cell looks: a colour role and attributes. Meaning never rests on colour alone.
public struct Style: Hashable, Sendable {
    /// The colour role.
    public var color: ColorRole
    /// Bold text.
    public var bold: Bool
    /// Reverse video (the selection).
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    /// Creates a style.
    public init(_ color: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text.
    public static let plain = Style()

    /// The same style, reversed when `selected`.
    public func selected(_ selected: Bool) -> Style {
        var style = self
        style.reverse = selected
        return style
    }
}
