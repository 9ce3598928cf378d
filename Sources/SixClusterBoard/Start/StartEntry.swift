import SixClusterModel

/// One workshop file the start screen offers.
public struct StartEntry: Equatable, Sendable {
    /// Where the entry comes from.
    public enum Origin: Equatable, Sendable {
        /// Opened lately (the list of recent files).
        case recent
        /// Found in the current folder or its `Workshops/`.
        case folder
    }

    /// What the file holds, once it was read.
    public enum Details: Equatable, Sendable {
        /// Not read yet (the list shows first, the details follow).
        case pending
        /// A workshop: its title, firm, date, how many fields have Ist and Soll cards.
        case workshop(title: String, organisation: String, date: String, ist: Int, soll: Int)
        /// A workshop file that cannot be read, with its first problem.
        case broken(String)
    }

    /// The path as it is opened (relative to the current folder where it lies below it).
    public var path: String
    /// Where it comes from.
    public var origin: Origin
    /// When the file last changed (`YYYY-MM-DD HH:MM`, local time).
    public var modified: String
    /// What it holds.
    public var details: Details

    /// An entry.
    public init(path: String, origin: Origin, modified: String, details: Details = .pending) {
        self.path = path
        self.origin = origin
        self.modified = modified
        self.details = details
    }

    /// Whether the entry matches a filter: its path, title or firm holds the text (ignoring case).
    func matches(_ filter: String) -> Bool {
        guard !filter.isEmpty else { return true }
        let needle = filter.lowercased()
        var haystack = path
        if case .workshop(let title, let organisation, _, _, _) = details { haystack += " " + title + " " + organisation }
        return haystack.lowercased().contains(needle)
    }
}
