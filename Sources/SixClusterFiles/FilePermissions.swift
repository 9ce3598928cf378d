#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may read and write a file: its permission bits, and the owner and group it should keep. Every file that
/// holds workshop content (recovery files, a save's temporary file, reports) is made with the workshop file's
/// permissions, so that nothing sixcluster writes is more readable than the workshop itself.
public struct FilePermissions: Equatable, Sendable {
    /// The permission bits (owner, group, other; no file type).
    public var mode: mode_t
    /// The owner to keep, when it can be kept (only the superuser can give a file away).
    public var owner: uid_t?
    /// The group to keep, where the user may keep it (a group the user belongs to).
    public var group: gid_t?

    /// Permissions with these bits, owner and group.
    public init(mode: mode_t, owner: uid_t? = nil, group: gid_t? = nil) {
        self.mode = mode & 0o7777
        self.owner = owner
        self.group = group
    }

    /// The permissions of an existing file (following symlinks), or nil when there is none.
    public static func of(_ path: String) -> FilePermissions? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FilePermissions(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
    }

    /// A new file's permissions under the process's umask (`0666` less the umask).
    public static var umaskDefault: FilePermissions {
        let mask = umask(0o022)
        umask(mask)
        return FilePermissions(mode: 0o666 & ~mask)
    }

    /// For a file that holds the content of the workshop at `path`: the workshop's read and write bits and its
    /// group where the workshop exists (never its execute or special bits, never its owner: the file is this
    /// user's own), else the umask's default.
    public static func matching(workshop path: String) -> FilePermissions {
        guard let workshop = of(path) else { return umaskDefault }
        return FilePermissions(mode: workshop.mode & 0o666, group: workshop.group)
    }

    /// Whether a file with these bits can be read by someone these permissions keep out (a wider mode).
    public func isWider(than other: FilePermissions) -> Bool {
        mode & 0o777 & ~other.mode != 0
    }

    /// Gives an open file these permissions: owner and group first where the system allows it (a failure there
    /// leaves the user's own), then the bits, which a change of owner could have cleared.
    @discardableResult
    public func apply(to fd: Int32) -> Bool {
        if owner != nil || group != nil {
            let keepOwner = owner.map { fchown(fd, $0, group ?? gid_t.max) == 0 } ?? false
            if !keepOwner, let group { _ = fchown(fd, uid_t.max, group) }
        }
        return fchmod(fd, mode) == 0
    }
}
