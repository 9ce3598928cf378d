/// Why YAML text could not be read into nodes, with the place (1-based line and column) where it was noticed.
enum YAMLSyntaxError: Error, Equatable {
    /// libyaml's description of the problem and, when it gave one, of what it was reading.
    case malformed(problem: String, context: String?, line: Int, column: Int)
    /// A mapping names the same key twice.
    case duplicateKey(String, line: Int, column: Int, firstLine: Int)
    /// The text holds a second document (`---`) where one is expected.
    case secondDocument(line: Int, column: Int)
    /// libyaml could not get memory.
    case outOfMemory

    /// The place of the problem.
    var place: (line: Int, column: Int) {
        switch self {
        case let .malformed(_, _, line, column), let .duplicateKey(_, line, column, _),
             let .secondDocument(line, column):
            return (line, column)
        case .outOfMemory:
            return (1, 1)
        }
    }
}
