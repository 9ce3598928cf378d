/// One note on the board: a statement about the current or the target situation of a topic.
public struct Card: Equatable, Hashable, Sendable {
    /// What the card says. May hold several lines.
    public var text: String
    /// Who said or wrote it, if known.
    public var author: String?
    /// How it was collected, if known.
    public var method: CollectionMethod?
    /// Dots the room gave the card in a dot-voting (format 2; used on Soll cards).
    public var votes: Int
    /// The priority the room gave the card (format 2; used on Soll cards).
    public var priority: Priority?
    /// Who sees to it that a target is reached (format 3; used on Soll cards).
    public var owner: String?
    /// By when (format 3; free text, `YYYY-MM-DD` recommended; used on Soll cards).
    public var due: String?
    /// A merge that could not decide: the other version of the text (or why it came back), kept until a person
    /// resolves it (format 3).
    public var conflict: String?
    /// Where the action stands (format 4; used on Soll cards with an owner or a due date); open when not set.
    public var status: ActionStatus = .open

    /// Creates a card.
    public init(_ text: String, author: String? = nil, method: CollectionMethod? = nil, votes: Int = 0,
                priority: Priority? = nil, conflict: String? = nil) {
        self.text = text
        self.author = author
        self.method = method
        self.votes = votes
        self.priority = priority
        self.conflict = conflict
    }

    /// A card whose text is only whitespace counts as no card.
    public var isBlank: Bool {
        // Scalar by scalar, so that the common case – a card that starts with a letter – is one comparison.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar != " " && !(0x09...0x0D).contains(scalar.value) { return false }
            } else if !scalar.properties.isWhitespace {
                return false
            }
        }
        return true
    }

    /// Whether the card carries anything beyond its text.
    public var hasExtras: Bool {
        author != nil || method != nil || needsFormat2 || needsFormat3 || needsFormat4
    }

    /// Whether the card holds something only format 4 can write (a status, the method `data`).
    public var needsFormat4: Bool {
        status != .open || method == .data
    }

    /// Whether the card, as a Soll card, is an action: a target with an owner or a due date, followed up by its
    /// status.
    public var isAction: Bool {
        owner != nil || due != nil
    }

    /// Whether the card holds something only format 3 can write (an owner, a due date, a conflict).
    public var needsFormat3: Bool {
        owner != nil || due != nil || conflict != nil
    }

    /// Whether the card holds something only format 2 can write (votes or a priority).
    public var needsFormat2: Bool {
        votes != 0 || priority != nil
    }

    /// What the card carries beyond its text, in words: author, method, votes, priority (each left out when
    /// not set). The author is the user's text; callers escape it for their medium.
    public func extraLabels(in language: Language) -> [String] {
        let votes = self.votes == 0 ? nil : language.pick(de: self.votes == 1 ? "1 Stimme" : "\(self.votes) Stimmen",
                                                          en: self.votes == 1 ? "1 vote" : "\(self.votes) votes")
        let priority = priority.map { language.pick(de: "Priorität ", en: "priority ") + $0.name(in: language) }
        let owner = owner.map { language.pick(de: "verantwortlich: ", en: "owner: ") + $0 }
        let due = due.map { language.pick(de: "bis ", en: "due ") + $0 }
        let status = status == .open && !isAction ? nil : language.pick(de: "Status: ", en: "status: ") + status.name(in: language)
        let conflict = conflict.map { language.pick(de: "UNGELÖSTER KONFLIKT – andere Fassung: ", en: "UNRESOLVED CONFLICT – other version: ") + $0 }
        return [author, method?.name(in: language), votes, priority, owner, due, status, conflict].compactMap { $0 }
    }
}
