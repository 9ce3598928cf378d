#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// Environment variables read by name: building the whole environment costs more at start.
public enum ProcessEnvironment {
    /// The variables among `names` that are set, with their values.
    public static func variables(_ names: [String]) -> EnvironmentVariables {
        var variables: EnvironmentVariables = [:]
        for name in names {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return variables
    }
}
