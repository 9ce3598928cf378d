#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The lock a board holds on a workshop file while it edits it: a hidden file beside the workshop naming the
/// process and since when. A lock whose process is gone (after a crash or SIGKILL) is taken over.
public struct EditLock: Sendable {
    /// Who holds a lock.
    public struct Holder: Equatable, Sendable {
        /// The holding process.
        public var pid: Int32
        /// When it took the lock (ISO 8601), as written in the lock file.
        public var since: String

        /// Creates a holder.
        public init(pid: Int32, since: String) {
            self.pid = pid
            self.since = since
        }
    }

    /// What trying to take the lock gave.
    public enum Outcome: Equatable, Sendable {
        /// The lock is ours now.
        case acquired
        /// Another running process holds it.
        case heldBy(Holder)
    }

    /// The lock file's path.
    public let path: String
    private let pid: Int32
    /// The workshop file, whose permissions the lock file takes.
    private let workshopPath: String

    /// The lock for a workshop file, taken for this process (or for `pid`).
    public init(for workshopPath: String, pid: Int32 = getpid()) {
        let absolute = PathName.absolute(workshopPath)
        path = PathName.folder(of: absolute) + "/.\(PathName.name(of: absolute)).sixcluster-lock"
        self.pid = pid
        self.workshopPath = workshopPath
    }

    /// Takes the lock unless a live process holds it. A folder where no lock can be written gives `.acquired`:
    /// the lock protects against a second editor, it must never keep the first one out.
    public func acquire(now: Date = Date()) -> Outcome {
        if let holder = holder(), holder.pid != pid, Self.isAlive(holder.pid) {
            return .heldBy(holder)
        }
        let since = UTCTimestamp.string(secondsSince1970: Int64(now.timeIntervalSince1970.rounded(.down)))
        store("pid: \(pid)\nsince: \(since)\n")
        return .acquired
    }

    /// Gives the lock back, if it is still ours.
    public func release() {
        if holder()?.pid == pid { unlink(path) }
    }

    /// The process the lock file names, if there is a readable lock file.
    public func holder() -> Holder? {
        guard let text = contents() else { return nil }
        var pid: Int32?
        var since = ""
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map(\.trimmingSpaces)
            guard parts.count == 2 else { continue }
            if parts[0] == "pid" { pid = Int32(parts[1]) }
            if parts[0] == "since" { since = parts[1] }
        }
        return pid.map { Holder(pid: $0, since: since) }
    }

    /// Replaces the lock file in one rename, so that a reader sees the old lock or the new one, never half of one.
    /// A lock needs no sync to disk: after a crash of the machine no process holds it anyway. It holds no workshop
    /// content, but takes the workshop's permissions all the same.
    private func store(_ text: String) {
        let temporary = path + ".\(pid)"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        FilePermissions.matching(workshop: workshopPath).apply(to: fd)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// The lock file's text (a lock file is a few dozen bytes; more than 4 KB is not one of ours).
    private func contents() -> String? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return count >= 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
