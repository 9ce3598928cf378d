import SixClusterModel

/// The format of the last export from a board, offered first by the next board's export prompt:
/// `$XDG_STATE_HOME/sixcluster/export-format`, one word (`md`, `html` or `svg`), 0600 in the user's own folder.
public struct LastExportFormat: Sendable {
    /// The file that holds it.
    public let path: String

    /// The file in the state folder the environment names (`XDG_STATE_HOME`, else `~/.local/state`).
    public init(environment: EnvironmentVariables = RecoveryFile.stateVariables) {
        path = PrivateFolder.state(environment) + "/export-format"
    }

    /// The format remembered, if any; a file in a folder that is not the user's own, or one that names no format,
    /// is left alone.
    public func read() -> ExportFormat? {
        guard PrivateFolder.claim(PathName.folder(of: path)),
              let bytes = try? WorkshopFileReader(language: .en).bytes(of: path) else { return nil }
        let word = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return ExportFormat(rawValue: word)
    }

    /// Remembers a format (written only when it changed); a failure to write is no reason to stop an export.
    public func remember(_ format: ExportFormat) {
        guard read() != format, (try? PrivateFolder.create(PathName.folder(of: path))) != nil else { return }
        try? AtomicFileWriter(language: .en).write(Array((format.rawValue + "\n").utf8), to: path,
                                                   permissions: .exactly(FilePermissions(mode: 0o600)))
    }
}
