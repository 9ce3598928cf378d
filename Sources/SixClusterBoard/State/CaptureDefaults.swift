import SixClusterModel

/// What quick capture gives every new card until it is changed: the way of collecting and the author.
public struct CaptureDefaults: Equatable, Sendable {
    /// The method for captured cards (none: not recorded).
    public var method: CollectionMethod?
    /// The author for captured cards (nil: not recorded).
    public var author: String?

    /// No method, no author.
    public init(method: CollectionMethod? = nil, author: String? = nil) {
        self.method = method
        self.author = author
    }

    /// The methods the model names, in the order Ctrl-G walks them (none, group work, brainstorming, interview,
    /// survey, other).
    static let methodCycle: [CollectionMethod?] = [nil] + CollectionMethod.allCases

    /// A new card with these defaults.
    func card(_ text: String) -> Card {
        Card(text, author: author, method: method)
    }
}
