/// A few environment variables by name, written like a dictionary (`["LANG": "de_DE.UTF-8"]`). Plain lists of
/// strings: a hashed dictionary would cost the runtime a search of its conformance tables on the way to the first
/// frame (and a list of pairs a type of its own to build), while only a handful of names are ever asked for.
public struct EnvironmentVariables: ExpressibleByDictionaryLiteral, Sendable {
    private var names: [String] = []
    private var values: [String] = []

    /// Variables from name–value pairs; a repeated name keeps its first value.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements where self[name] == nil { self[name] = value }
    }

    /// The value of a variable, or nil when it is not set.
    public subscript(name: String) -> String? {
        get { names.firstIndex(of: name).map { values[$0] } }
        set {
            if let index = names.firstIndex(of: name) {
                names.remove(at: index)
                values.remove(at: index)
            }
            if let newValue {
                names.append(name)
                values.append(newValue)
            }
        }
    }
}
