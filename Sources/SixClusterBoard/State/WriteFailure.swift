import SixClusterModel

/// Why a file (the workshop, a copy of it, a report) was not written: the file and what stood in the way.
public struct WriteFailure: Equatable, Sendable {
    /// The file, its whole path with control characters made visible.
    public var path: String
    /// What stood in the way.
    public var problem: WriteProblem

    /// A failure to write `path`.
    public init(path: String, problem: WriteProblem) {
        self.path = path
        self.problem = problem
    }

    /// `path: reason`, as the status line says it.
    public func text(in language: Language) -> String {
        path + ": " + problem.text(in: language)
    }
}

/// What kept a file from being written.
public enum WriteProblem: Equatable, Sendable {
    /// The system refused: its error number (`errno`, 0 when there is none) and the file layer's account of it.
    case system(code: Int32, message: String)
    /// Another board has held the writers' lock for too long.
    case lockTaken
    /// Another sixcluster edits the file (its user's name and process): a save as would write under it.
    case editedByOther(name: String, pid: Int32)
    /// The file on disk cannot be read, so nothing is merged into it: what is wrong, and where.
    case unreadable(Diagnostic)

    /// The problem in words.
    public func text(in language: Language) -> String {
        switch self {
        case .system(_, let message):
            return message
        case .lockTaken:
            return language.pick(de: "ein anderes Board schreibt gerade zu lange", en: "another board has been writing for too long")
        case .editedByOther(let name, let pid):
            return language.pick(
                de: "ein anderes sixcluster (\(name), Prozess \(pid)) bearbeitet diese Datei – bitte einen anderen Namen wählen",
                en: "another sixcluster (\(name), process \(pid)) is editing this file – please choose another name")
        case .unreadable(let diagnostic):
            let place = diagnostic.line.map { "\($0):" + (diagnostic.column.map { "\($0): " } ?? " ") } ?? ""
            return place + diagnostic.message
        }
    }
}
