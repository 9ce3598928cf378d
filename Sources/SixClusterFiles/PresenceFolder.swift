#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// The boards open on one workshop file: a hidden folder beside it (`.NAME.sixcluster-boards`) with one presence
/// file per board. Nothing here writes the workshop file.
///
/// A board holds an exclusive `flock` on its own presence file while it runs. The system drops that lock however
/// the process ends – quit, crash, SIGKILL, a lost ssh connection – so a presence file nobody holds belongs to a
/// board that is gone, and the next board that looks removes it. The folder's own `flock` is the short exclusive
/// lock the boards take around reading, merging and writing the workshop file.
public final class PresenceFolder {
    /// The folder's path.
    public let path: String
    /// The workshop file, whose permissions the folder and the presence files take.
    private let workshopPath: String
    /// This board's presence file while it is in the folder (open, locked).
    private var own: (fd: Int32, name: String)?
    /// What the presence file holds now.
    private var written = ""

    /// The folder for a workshop file.
    public init(for workshopPath: String) {
        self.workshopPath = workshopPath
        path = PathName.beside(PathName.absolute(workshopPath), ending: "sixcluster-boards")
    }

    /// Whether this board is in the folder.
    public var hasJoined: Bool { own != nil }

    /// Puts this board's presence into the folder (creating the folder when it is the first board); false when
    /// the folder cannot take it (a read-only folder): the board then works alone, unseen.
    @discardableResult
    public func join(_ presence: BoardPresence) -> Bool {
        guard own == nil else {
            update(presence)
            return true
        }
        // A board leaving removes the folder when it is empty: a join that falls between its steps tries again.
        for _ in 0..<5 {
            guard makeFolder() else { return false }
            let temporary = path + "/.join-\(presence.pid)"
            unlink(temporary)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                if errno == ENOENT { continue }
                return false
            }
            FilePermissions.matching(workshop: workshopPath).apply(to: fd)
            let name = "\(presence.pid).board"
            // Locked before it gets the name others look for, so that no board takes it for a dead one.
            guard flock(fd, LOCK_EX | LOCK_NB) == 0, store(presence.text, in: fd), rename(temporary, path + "/" + name) == 0 else {
                close(fd)
                unlink(temporary)
                if errno == ENOENT { continue }
                return false
            }
            own = (fd, name)
            written = presence.text
            return true
        }
        return false
    }

    /// Rewrites this board's presence when it changed (in place: the lock stays on the file).
    public func update(_ presence: BoardPresence) {
        guard let own, presence.text != written else { return }
        if store(presence.text, in: own.fd) { written = presence.text }
    }

    /// The other boards in the folder now. Presence files no board holds any longer are removed on the way.
    public func others() -> [BoardPresence] {
        var found: [BoardPresence] = []
        for name in FolderListing.names(in: path) {
            guard name != own?.name else { continue }
            let isBoard = name.hasSuffix(".board"), isJoining = name.hasPrefix(".join-")
            guard isBoard || isJoining else { continue }
            let file = path + "/" + name
            let fd = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            if flock(fd, LOCK_SH | LOCK_NB) == 0 {
                // Nobody holds it: its board is gone. (A joining file is locked before it is named, so an
                // unlocked one is left over from a board that died while it joined.)
                unlink(file)
                flock(fd, LOCK_UN)
                continue
            }
            guard isBoard, let text = Self.read(fd), let presence = BoardPresence(text: text) else { continue }
            found.append(presence)
        }
        return found.sorted { $0.pid < $1.pid }
    }

    /// Takes this board out of the folder; the last board out removes the folder.
    public func leave() {
        guard let own else { return }
        unlink(path + "/" + own.name)
        close(own.fd)
        self.own = nil
        rmdir(path)
    }

    /// Why the folder's lock could not be had.
    public enum LockProblem: Error, Equatable, Sendable {
        /// Another writer held it longer than the time given.
        case timedOut
        /// There is no folder and none can be made (the system's error number): where the workshop lies, nothing
        /// can be written.
        case noFolder(Int32)
    }

    /// Runs `body` while holding the folder's exclusive lock, which every writer takes around reading, merging and
    /// writing the workshop file. Waits at most `timeout` seconds for it. Never runs `body` without the lock: a
    /// missing folder is made for the moment (and removed again when nobody joined it); where none can be made,
    /// the answer says why.
    public func exclusively<T>(timeout: Double = 2, _ body: () -> T) -> Result<T, LockProblem> {
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        var made = false
        if fd < 0 {
            guard makeFolder() else { return .failure(.noFolder(errno == EEXIST ? ENOTDIR : errno)) }
            made = true
            fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return .failure(.noFolder(errno)) }
        }
        defer {
            close(fd)
            if made { rmdir(path) }
        }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, waited < timeout else { return .failure(.timedOut) }
            usleep(2_000)
            waited += 0.002
        }
        defer { flock(fd, LOCK_UN) }
        return .success(body())
    }

    /// The boards open on a workshop file, seen from outside (for a save as that must not take another board's
    /// file).
    public static func boards(on workshopPath: String) -> [BoardPresence] {
        PresenceFolder(for: workshopPath).others()
    }

    /// Creates the folder with the workshop's permissions (read implies enter), or finds it; false when there is
    /// none and none can be made, or when something else (a symlink, a file) has its name.
    private func makeFolder() -> Bool {
        let bits = FilePermissions.matching(workshop: workshopPath)
        let mode = (bits.mode & 0o666) | ((bits.mode & 0o444) >> 2)
        if mkdir(path, mode) == 0 {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 {
                FilePermissions(mode: mode, group: bits.group).apply(to: fd)
                close(fd)
            }
            return true
        }
        var info = stat()
        return errno == EEXIST && lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Replaces a presence file's text in place.
    private func store(_ text: String, in fd: Int32) -> Bool {
        let bytes = Array(text.utf8)
        let count = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return count == bytes.count && ftruncate(fd, off_t(bytes.count)) == 0
    }

    /// A presence file's text (a few dozen bytes; more than 4 KB is not one).
    private static func read(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil
    }
}
