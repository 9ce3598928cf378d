#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// Folders only their owner may enter, for what sixcluster keeps under `$XDG_STATE_HOME` and `$XDG_CONFIG_HOME`.
public enum PrivateFolder {
    /// Creates the folder and every missing folder above it with mode 0700; folders that exist are left alone.
    /// Throws the failing folder's error.
    public static func create(_ path: String) throws(FileWriteError) {
        let absolute = PathName.absolute(path)
        var current = ""
        for part in absolute.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                let code = errno
                throw FileWriteError(path: current, message: String(cString: strerror(code)))
            }
        }
    }

    /// sixcluster's own state folder: `$XDG_STATE_HOME/sixcluster`, else `~/.local/state/sixcluster`.
    public static func state(_ environment: EnvironmentVariables) -> String {
        let home = environment["HOME"] ?? "/tmp"
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        return state + "/sixcluster"
    }

    /// Whether a folder (not a symlink) belongs to this user: only then is a file found in it trusted, since
    /// someone else could have planted it. A folder of ours that others may enter (left by an older version) is
    /// closed to 0700 on the way.
    public static func claim(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else { return false }
        if info.st_mode & 0o077 != 0 { chmod(path, 0o700) }
        return true
    }
}
