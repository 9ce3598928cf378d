/// One note on the board: a statement about the current or the target situation of a topic.
public struct Card: Equatable, Hashable, Sendable {
    /// What the card says. May hold several lines.
    public var text: String
    /// Who said or wrote it, if known.
    public var author: String?
    /// How it was collected, if known.
    public var method: CollectionMethod?

    /// Creates a card.
    public init(_ text: String, author: String? = nil, method: CollectionMethod? = nil) {
        self.text = text
        self.author = author
        self.method = method
    }

    /// A card whose text is only whitespace counts as no card.
    public var isBlank: Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// Whether the card carries anything beyond its text.
    public var hasExtras: Bool {
        author != nil || method != nil
    }
}
