import SixClusterModel

/// What a user's config file sets (`$XDG_CONFIG_HOME/sixcluster/config.yaml`). A setting left out is nil and
/// leaves the choice to the environment and the defaults; the command line wins over all of them.
public struct BoardConfig: Equatable, Sendable {
    /// The language of the board's words.
    public var language: Language?
    /// The colour theme.
    public var theme: Theme?
    /// Whether colour is used.
    public var color: Bool?
    /// Whether the bell rings when a timebox runs out.
    public var bell: Bool?
    /// The name the other boards see.
    public var author: String?
    /// Whether the mouse is used.
    public var mouse: Bool?
    /// The format the board's export prompt offers first.
    public var exportFormat: ExportFormat?
    /// The key bindings: the defaults with the file's changes.
    public var keymap: Keymap = .defaults

    /// No settings: everything as the defaults have it.
    public init() {}
}
