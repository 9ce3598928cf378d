/// How the board is coloured: the standard colours, or high contrast for projectors and bright rooms.
public enum Theme: String, CaseIterable, Sendable {
    /// Cluster colours on the terminal's own background.
    case standard
    /// Bright, bold text on black, no dimmed text: readable from the back of a room.
    case highContrast = "high-contrast"

    /// The other theme.
    public var toggled: Theme {
        self == .standard ? .highContrast : .standard
    }
}
