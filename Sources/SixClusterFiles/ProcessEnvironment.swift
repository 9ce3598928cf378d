#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables read by name: building the whole environment as a dictionary costs more at start.
public enum ProcessEnvironment {
    /// The variables among `names` that are set, with their values.
    public static func variables(_ names: [String]) -> [String: String] {
        var variables: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return variables
    }
}
