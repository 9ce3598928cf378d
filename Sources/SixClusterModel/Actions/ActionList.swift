/// The actions of one or many workshops, in the order a follow-up meeting wants them: overdue first (the longest
/// overdue first), then by due day (undated last), then by firm, field and place on the board.
public struct ActionList: Equatable, Sendable {
    /// What to list.
    public struct Filter: Equatable, Sendable {
        /// Only actions this person owns (nil: everybody's).
        public var owner: String?
        /// Only overdue actions.
        public var overdueOnly = false
        /// Only actions in one of these states (empty: all).
        public var statuses: Set<ActionStatus> = []

        /// A filter; the default lists everything.
        public init(owner: String? = nil, overdueOnly: Bool = false, statuses: Set<ActionStatus> = []) {
            self.owner = owner
            self.overdueOnly = overdueOnly
            self.statuses = statuses
        }
    }

    /// The actions, ordered.
    public let actions: [FollowedAction]
    /// The day overdue is counted against.
    public let today: CalendarDate

    /// Collects and orders the actions of workshops (each named by its file).
    public init(_ workshops: [(source: String, workshop: Workshop)], template: ModelTemplate, language: Language,
                today: CalendarDate, filter: Filter = Filter()) {
        var found: [FollowedAction] = []
        for (source, workshop) in workshops {
            let metadata = workshop.metadata
            let firm = metadata.organisation.trimmingSpaces.isEmpty ? metadata.title : metadata.organisation
            for field in workshop.fields {
                var seen: [String: Int] = [:]
                for card in field.soll where card.isAction && !card.isBlank {
                    let occurrence = seen[card.text, default: 0]
                    seen[card.text] = occurrence + 1
                    found.append(FollowedAction(source: source, firm: firm, topic: field.topic,
                                                fieldName: template.topic(field.topic).name[language], text: card.text,
                                                owner: card.owner, due: card.due, dueDate: card.due.flatMap(CalendarDate.init),
                                                status: card.status, occurrence: occurrence))
                }
            }
        }
        let chosen = found.filter { action in
            (filter.owner.map(action.isOwned(by:)) ?? true)
                && (!filter.overdueOnly || action.isOverdue(on: today))
                && (filter.statuses.isEmpty || filter.statuses.contains(action.status))
        }
        // A stable sort: equal keys keep the order of the files and the board.
        self.actions = chosen.enumerated().sorted { a, b in
            let keyA = Self.rank(a.element, today: today), keyB = Self.rank(b.element, today: today)
            return keyA != keyB ? keyA < keyB : a.offset < b.offset
        }.map(\.element)
        self.today = today
    }

    /// Overdue before the rest, then the earlier day first, undated last.
    private static func rank(_ action: FollowedAction, today: CalendarDate) -> Rank {
        Rank(overdue: action.isOverdue(on: today), date: action.dueDate)
    }

    private struct Rank: Comparable {
        var overdue: Bool
        var date: CalendarDate?

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            if lhs.overdue != rhs.overdue { return lhs.overdue }
            switch (lhs.date, rhs.date) {
            case (let a?, let b?): return a < b
            case (.some, nil): return true
            default: return false
            }
        }
    }

    /// How many are overdue.
    public var overdueCount: Int {
        actions.count { $0.isOverdue(on: today) }
    }
}
