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

/// The recovery file of a workshop: the unsaved state of the board, written shortly after every change and at
/// once when the program is told to end. It lives beside the workshop file (hidden), or in
/// `$XDG_STATE_HOME/sixcluster` when that folder is not writable. It is itself a valid workshop file.
public struct RecoveryFile: Sendable {
    /// The workshop file it belongs to.
    public let workshopPath: String
    /// Where the recovery file is.
    public let path: String
    /// Whether the recovery file lives in the state folder, which may be created (the workshop's folder never is).
    private let inStateFolder: Bool
    /// Where it goes in the state folder: used when the workshop's folder is not writable, or vanishes later.
    private let statePath: String

    /// The recovery file for a workshop file. `isWritable` tells whether a folder can take it (by default, asked
    /// of the system).
    public init(for workshopPath: String, environment: EnvironmentVariables = RecoveryFile.stateVariables,
                isWritable: (String) -> Bool = { access($0, W_OK) == 0 }) {
        self.workshopPath = workshopPath
        let absolute = PathName.absolute(workshopPath)
        let folder = PathName.folder(of: absolute)
        // The workshop's whole path in one file name: `/a/b.yaml` becomes `%a%b.yaml`.
        let flattened = String(decoding: absolute.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "%") : $0 },
                               as: UTF8.self)
        statePath = PrivateFolder.state(environment) + "/" + flattened + ".sixcluster-recovery"
        inStateFolder = !isWritable(folder)
        path = inStateFolder ? statePath : PathName.beside(absolute, ending: "sixcluster-recovery")
    }

    /// The variables that place the state folder.
    public static var stateVariables: EnvironmentVariables {
        ProcessEnvironment.variables(["HOME", "XDG_STATE_HOME"])
    }

    /// The newest recovery file that exists and can be trusted: beside the workshop, or in the state folder, where
    /// writes go when the workshop's folder cannot take them (removed, read-only, or a full disk).
    private var newest: (path: String, modified: Date)? {
        candidates.filter { trust($0) == .trusted }
            .compactMap { candidate in Self.modificationDate(candidate).map { (candidate, $0) } }
            .max { $0.1 < $1.1 }
    }

    /// Recovery files that exist but are not read, because another user could have planted them: owned by
    /// someone else, a symlink, or in a state folder that is not the user's own.
    public var ignored: [String] {
        candidates.filter { trust($0) == .untrusted }
    }

    /// The places a recovery file can be: beside the workshop and in the state folder (one place when the
    /// workshop's folder is not writable).
    private var candidates: [String] {
        inStateFolder ? [statePath] : [path, statePath]
    }

    private enum Trust { case missing, trusted, untrusted }

    /// Whether a recovery file may be read: a regular file of this user's; in the state folder, also a folder of
    /// this user's.
    private func trust(_ candidate: String) -> Trust {
        var info = stat()
        guard lstat(candidate, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { return .untrusted }
        if candidate == statePath && !PrivateFolder.claim(PathName.folder(of: statePath)) { return .untrusted }
        return .trusted
    }

    /// The permissions a recovery file gets: those of its workshop file (or the umask's, for a new workshop).
    public var permissions: FilePermissions {
        FilePermissions.matching(workshop: workshopPath)
    }

    /// Narrows recovery files of this user's that are more readable than the workshop (left by an older version
    /// or after a `chmod` of the workshop) to the workshop's permissions.
    public func tighten() {
        let allowed = permissions
        for candidate in candidates where trust(candidate) == .trusted {
            if let found = FilePermissions.of(candidate), found.isWider(than: allowed) {
                chmod(candidate, found.mode & allowed.mode)
            }
        }
    }

    /// When the recovery file was last written, if it exists.
    public var modified: Date? {
        newest?.modified
    }

    /// Whether a recovery file waits: it exists and is newer than the workshop file (or the workshop file is gone).
    public var isWaiting: Bool {
        guard let modified else { return false }
        guard let saved = Self.modificationDate(workshopPath) else { return true }
        return modified >= saved
    }

    private static func modificationDate(_ path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = FileTime.modification(of: info)
        return Date(timeIntervalSince1970: Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9)
    }

    /// Writes the workshop to the recovery file, atomically. When the workshop's folder cannot take it (it was
    /// removed or made read-only while the board ran), it goes to the state folder, where the next start looks
    /// for it since the workshop's folder is then not writable either.
    /// It gets the workshop file's permissions, also over an older recovery file with wider ones; a file there
    /// that is not this user's (or a symlink) is replaced, never written through.
    public func write(_ workshop: Workshop, language: Language) throws {
        let data = Array(try WorkshopEncoder().encode(workshop).utf8)
        let writer = AtomicFileWriter(language: language)
        let permissions = AtomicFileWriter.Permissions.exactly(permissions)
        if !inStateFolder {
            if trust(path) == .untrusted { unlink(path) }
            if (try? writer.write(data, to: path, permissions: permissions)) != nil { return }
        }
        try PrivateFolder.create(PathName.folder(of: statePath))
        if trust(statePath) == .untrusted { unlink(statePath) }
        try writer.write(data, to: statePath, permissions: permissions)
    }

    /// The workshop the recovery file holds.
    public func load(language: Language) throws(WorkshopLoadError) -> Workshop {
        try WorkshopFileReader(language: language).load(newest?.path ?? path).workshop
    }

    /// Deletes the recovery file (after a save, a clean quit, or when the user discards it).
    public func remove() {
        unlink(path)
        unlink(statePath)
    }
}
