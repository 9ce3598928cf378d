import SixClusterModel

/// How the board looks, sounds and listens: language, size, colours, bell, keys.
public struct ViewSettings: Equatable, Sendable {
    /// The language of the board's own words.
    public internal(set) var language: Language
    /// The terminal's width.
    public internal(set) var width: Int
    /// The terminal's height.
    public internal(set) var height: Int
    /// The colours.
    public internal(set) var theme: Theme = .standard
    /// Whether the terminal bell rings when a timebox runs out (off unless asked for).
    public var bellOnTimeout: Bool = false
    /// The key bindings the board runs with.
    public var keymap: Keymap = .defaults
}
