#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// The workshops opened lately, newest first, for the start screen: `$XDG_STATE_HOME/sixcluster/recent`, one
/// absolute path per line, at most `limit`. The folder is the user's own (0700) and the file 0600: it names the
/// user's workshops.
public struct RecentFiles: Sendable {
    /// How many are kept.
    public static let limit = 20

    /// The list's file.
    public let path: String

    /// The list in the state folder the environment names (`XDG_STATE_HOME`, else `~/.local/state`).
    public init(environment: EnvironmentVariables = RecoveryFile.stateVariables) {
        path = PrivateFolder.state(environment) + "/recent"
    }

    /// The paths in the list whose files still exist, newest first. A list in a folder that is not the user's own
    /// is not read (someone else could have planted it).
    public func paths() -> [String] {
        guard PrivateFolder.claim(PathName.folder(of: path)),
              let bytes = try? WorkshopFileReader(language: .en).bytes(of: path) else { return [] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        var seen: [String] = []
        for line in lines where line.hasPrefix("/") && !seen.contains(line) && access(line, F_OK) == 0 {
            seen.append(line)
        }
        return Array(seen.prefix(Self.limit))
    }

    /// Puts a workshop at the top of the list (dropping files that are gone, and the oldest beyond the limit).
    /// A path with a line break cannot be listed and is left out; a failure to write is no reason to stop.
    public func add(_ workshop: String) {
        let absolute = PathName.absolute(workshop)
        guard !absolute.contains("\n") else { return }
        let list = [absolute] + paths().filter { $0 != absolute }
        guard (try? PrivateFolder.create(PathName.folder(of: path))) != nil else { return }
        let text = list.prefix(Self.limit).joined(separator: "\n") + "\n"
        try? AtomicFileWriter(language: .en).write(Array(text.utf8), to: path, permissions: .exactly(FilePermissions(mode: 0o600)))
    }
}
