/// One action as `sixcluster actions` follows it: a Soll card with an owner or a due date, and where it stands.
public struct FollowedAction: Equatable, Sendable {
    /// The workshop file it comes from, as the user named it.
    public var source: String
    /// The firm (the workshop's organisation, else its title).
    public var firm: String
    /// The field the target belongs to.
    public var topic: Int
    /// The field's name in the list's language.
    public var fieldName: String
    /// The target's text.
    public var text: String
    /// Who sees to it.
    public var owner: String?
    /// By when, as written.
    public var due: String?
    /// The due date as a day, when it reads as one.
    public var dueDate: CalendarDate?
    /// Where it stands.
    public var status: ActionStatus
    /// Which of the field's actions of the same text it is (0 for the first): keeps identities apart.
    public var occurrence: Int

    /// Whether the action is still pending and its day has passed.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard let dueDate, status.isPending else { return false }
        return dueDate < today
    }

    /// Whether `name` is one of the owners: the whole owner text, or one of the names it lists (split at `,`, `/`,
    /// `+`, `&`, ` und `, ` and `), ignoring case and spaces.
    public func isOwned(by name: String) -> Bool {
        guard let owner else { return false }
        let wanted = name.trimmingSpaces.lowercased()
        var names = [owner]
        for separator in [",", "/", "+", "&", ";", " und ", " and "] {
            names = names.flatMap { $0.lowercased().split(separator: separator).map(String.init) }
        }
        return owner.trimmingSpaces.lowercased() == wanted || names.contains { $0.trimmingSpaces == wanted }
    }
}
