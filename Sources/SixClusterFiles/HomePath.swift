#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as a shell would read a typed `~`: `~/w.yaml` is in the home folder, `~ana/w.yaml` in Ana's.
public enum HomePath {
    /// The path with a leading `~` or `~user` replaced by the home folder; other paths (and an unknown user)
    /// are left as they are. `home` is the home folder for a plain `~` (by default `$HOME`, else the user's entry).
    public static func expand(_ path: String, home: String? = nil) -> String {
        guard path.hasPrefix("~") else { return path }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<slash])
        let folder: String?
        if user.isEmpty {
            folder = home ?? ProcessEnvironment.variables(["HOME"])["HOME"] ?? getpwuid(getuid()).map { String(cString: $0.pointee.pw_dir) }
        } else {
            folder = getpwnam(user).map { String(cString: $0.pointee.pw_dir) }
        }
        guard let folder, !folder.isEmpty else { return path }
        return (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + String(path[slash...])
    }
}
