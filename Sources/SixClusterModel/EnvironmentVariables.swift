/// A few environment variables by name, written like a dictionary (`["LANG": "de_DE.UTF-8"]`). A plain list: a
/// hashed dictionary of strings would cost the runtime a search of its conformance tables on the way to the
/// first frame, and only a handful of names are ever asked for.
public struct EnvironmentVariables: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: String)]

    /// Variables from name–value pairs; a repeated name keeps its first value.
    public init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The value of a variable, or nil when it is not set.
    public subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            pairs.removeAll { $0.name == name }
            if let newValue { pairs.append((name, newValue)) }
        }
    }
}
