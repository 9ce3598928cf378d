/// Why the workshop file (or a copy of it) was not written: the file, as messages name it, and the reason.
public struct WriteFailure: Equatable, Sendable, CustomStringConvertible {
    /// The file, its whole path with control characters made visible.
    public var path: String
    /// What went wrong, in the user's language.
    public var reason: String

    /// A failure to write `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`, as the status line says it.
    public var description: String { path + ": " + reason }
}
