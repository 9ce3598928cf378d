/// One problem found in a file, printed as `FILE:LINE:COLUMN: message` (or `FILE: message` with no position).
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The 1-based line, when the problem has a place in the file.
    public var line: Int?
    /// The 1-based column (in Unicode scalars), when the problem has a place in the file.
    public var column: Int?
    /// What is wrong, in the user's language.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The diagnostic as one line; control characters in the file's name are shown escaped, so that a name
    /// holding ESC cannot drive the terminal.
    public var description: String {
        let file = VisibleText.escaped(file)
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// A file that could not be read as a workshop; holds every problem found.
public struct WorkshopLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in the order of their place in the file.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its problems.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// All problems, one per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
