import SixClusterModel

/// How the board looks, sounds and listens: language, size, colours, bell, keys.
public struct ViewSettings: Equatable, Sendable {
    /// The language of everything the board shows: its own words and the model's names and questions.
    public internal(set) var language: Language
    /// Whether the language is the workshop's own (nobody asked for another): it changes with the workshop's.
    public var languageFollowsWorkshop = false
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
    /// Whether the mouse is on (help then says how to select text in the terminal).
    public var mouse = false
}
