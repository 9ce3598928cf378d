import SixClusterModel

/// The start screen (`sixcluster` without a file): the workshops here and the ones opened lately; open one, make
/// a new one, filter, quit. Changed only by `StartReducer`.
public struct StartState: Equatable, Sendable {
    /// What the keys go to.
    public enum Input: Equatable, Sendable {
        /// The list.
        case list
        /// The filter's line editor.
        case filter(LineEditor)
        /// A new workshop's file name.
        case newFile(LineEditor)
        /// A new workshop's title, for the file already named.
        case newTitle(path: String, LineEditor)
    }

    /// The entries, recent ones first.
    public internal(set) var entries: [StartEntry]
    /// The selected entry among the visible ones.
    public internal(set) var selected = 0
    /// The filter's text (empty: all).
    public internal(set) var filter = ""
    /// What the keys go to.
    public internal(set) var input: Input = .list
    /// A message for the bottom row.
    public internal(set) var message: String?
    /// The language of the screen.
    public let language: Language
    /// The user's keys: the list moves, filters and quits with the keys that do so on the board.
    public let keymap: Keymap
    /// The terminal's size.
    public internal(set) var width: Int
    /// The terminal's height.
    public internal(set) var height: Int

    /// A start screen over these entries.
    public init(entries: [StartEntry], language: Language, keymap: Keymap = .defaults, width: Int = 80, height: Int = 24) {
        self.entries = entries
        self.language = language
        self.keymap = keymap
        self.width = width
        self.height = height
    }

    /// The entries the filter lets through, in order.
    public var visible: [StartEntry] {
        entries.filter { $0.matches(filter) }
    }

    /// The selected entry, if any is visible.
    public var selectedEntry: StartEntry? {
        let shown = visible
        return shown.indices.contains(selected) ? shown[selected] : nil
    }

    /// How the start screen names the first key the user's keys give an action (as in the parking lot's list).
    public func keyName(_ action: Action) -> String {
        keymap.keys(for: action, in: .parkingLot).first?.label(in: language) ?? "?"
    }
}
