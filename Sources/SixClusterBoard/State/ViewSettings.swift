import SixClusterModel

/// How the board looks, sounds and listens: language, size, colours, bell, keys. Language, size and colours change
/// through its methods; bell, keys and mouse are launch settings.
public struct ViewSettings: Equatable, Sendable {
    /// The language of everything the board shows: its own words and the model's names and questions.
    public private(set) var language: Language
    /// Whether the language is the workshop's own (nobody asked for another): it changes with the workshop's.
    public var languageFollowsWorkshop = false
    /// The terminal's width.
    public private(set) var width: Int
    /// The terminal's height.
    public private(set) var height: Int
    /// The colours.
    public private(set) var theme: Theme = .standard
    /// Whether the terminal bell rings when a timebox runs out (off unless asked for).
    public var bellOnTimeout: Bool = false
    /// The key bindings the board runs with.
    public var keymap: Keymap = .defaults
    /// Whether the mouse is on (help then says how to select text in the terminal).
    public var mouse = false

    /// Creates the settings for a language and a terminal size.
    init(language: Language, width: Int, height: Int, theme: Theme) {
        self.language = language
        self.width = width
        self.height = height
        self.theme = theme
    }

    /// The terminal has a new size.
    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Standard colours or high contrast, whichever is off.
    mutating func toggleTheme() {
        theme = theme.toggled
    }

    /// The workshop's language, when the board follows it.
    mutating func follow(workshopLanguage: Language) {
        if languageFollowsWorkshop { language = workshopLanguage }
    }
}
