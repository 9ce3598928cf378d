import SixClusterModel

/// Where the user is: the screen, the focused field, column, card, point of the parking lot or form entry, and the
/// last search.
public struct NavigationState: Equatable, Sendable {
    /// The screen shown.
    public internal(set) var screen: BoardScreen = .board
    /// The focused field (1...20).
    public internal(set) var focusTopic: Int = 1
    /// The focused column in the field view.
    public internal(set) var column: Situation = .ist
    /// The focused card in that column; in presentation mode one past the last card is the capture line.
    public internal(set) var cardIndex: Int = 0
    /// The focused point of the parking lot.
    public internal(set) var parkedIndex: Int = 0
    /// The focused entry of the metadata form.
    public internal(set) var metadataEntry: MetadataEntry = .title
    /// The last search.
    public internal(set) var search: BoardState.Search? = nil
}
