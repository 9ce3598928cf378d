#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's login name, which the other boards on a file show when no `--author` is given.
enum LoginName {
    /// From the user database, else `$USER`, else the user's number.
    static var current: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name, name.pointee != 0 {
            return String(cString: name)
        }
        if let user = getenv("USER"), user.pointee != 0 { return String(cString: user) }
        return "uid \(geteuid())"
    }
}
