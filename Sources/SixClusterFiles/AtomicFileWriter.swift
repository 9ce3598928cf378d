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
import SixClusterModel

/// A write that did not happen; the target file is untouched.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    /// The file that was to be written.
    public var path: String
    /// What went wrong, in the user's language.
    public var message: String
    /// The system's error number (`errno`), 0 when there is none.
    public var code: Int32 = 0

    /// The error as `FILE: message`, with control characters in the name shown escaped.
    public var description: String { "\(VisibleText.escaped(path)): \(message)" }
}

/// Writes files atomically: a temporary file in the same folder, flushed and synced, then renamed over the target.
/// The target's permissions, owner and group are kept (as far as the user may keep them) unless others are asked
/// for, and a symlink is written through to its target. The temporary file is readable by its owner alone until
/// it has its final permissions.
public struct AtomicFileWriter: Sendable {
    /// Which permissions the written file gets.
    public enum Permissions: Equatable, Sendable {
        /// The existing target's own; for a new file these.
        case targetOr(FilePermissions)
        /// Exactly these, also over an existing target (a recovery file never stays wider than its workshop).
        case exactly(FilePermissions)
    }

    /// The language of error messages.
    public var language: Language

    /// Creates a writer.
    public init(language: Language) {
        self.language = language
    }

    /// Replaces the file at `path` with `data`, or throws and leaves it as it was.
    public func write(_ data: [UInt8], to path: String,
                      permissions: Permissions = .targetOr(.umaskDefault)) throws(FileWriteError) {
        let target = resolveSymlinks(path)
        let folder = PathName.folder(of: target)
        let name = PathName.name(of: target)
        var template = Array((folder + "/.\(name).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path, errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let final: FilePermissions
        switch permissions {
        case .targetOr(let new): final = FilePermissions.of(target) ?? new
        case .exactly(let given): final = given
        }
        do throws(SystemError) {
            try writeAll(data, to: fd)
            guard final.apply(to: fd), fsync(fd) == 0 else { throw SystemError(code: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw failure(path, error.code)
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    private func writeAll(_ data: [UInt8], to fd: Int32) throws(SystemError) {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + offset, data.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            offset += written
        }
    }

    /// The file a path finally names, following symlinks (also a dangling one, whose target will be created).
    private func resolveSymlinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return current
            }
            current = destination.hasPrefix("/")
                ? destination
                : PathName.folder(of: current) + "/" + destination
        }
        return current
    }

    /// The failure to write `path` for a system error number, in words.
    func failure(_ path: String, _ code: Int32) -> FileWriteError {
        let reason: String
        switch code {
        case ENOSPC: reason = language.pick(de: "kein Platz mehr auf dem Datenträger", en: "no space left on the disk")
        case EACCES, EPERM: reason = language.pick(de: "keine Schreibberechtigung", en: "permission denied")
        case EROFS: reason = language.pick(de: "Dateisystem ist schreibgeschützt", en: "the file system is read-only")
        case ENOENT: reason = language.pick(de: "Ordner nicht gefunden", en: "the folder does not exist")
        default: reason = String(cString: strerror(code))
        }
        return FileWriteError(path: path, message: language.pick(de: "kann nicht gespeichert werden: \(reason)",
                                                                 en: "cannot be saved: \(reason)"), code: code)
    }
}

/// An `errno` value carried as an error.
private struct SystemError: Error {
    let code: Int32
}

/// POSIX `write`, named apart from `AtomicFileWriter.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
