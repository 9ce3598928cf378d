#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
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

    /// The recovery file for a workshop file. `isWritable` tells whether a folder can take it (by default, asked
    /// of the system).
    public init(for workshopPath: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                isWritable: (String) -> Bool = { access($0, W_OK) == 0 }) {
        self.workshopPath = workshopPath
        let url = URL(fileURLWithPath: workshopPath)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        if isWritable(folder) {
            path = folder + "/.\(name).sixcluster-recovery"
            inStateFolder = false
        } else {
            inStateFolder = true
            let home = environment["HOME"] ?? NSTemporaryDirectory()
            let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
            let flat = url.standardizedFileURL.path.replacingOccurrences(of: "/", with: "%")
            path = state + "/sixcluster/" + flat + ".sixcluster-recovery"
        }
    }

    /// When the recovery file was last written, if it exists.
    public var modified: Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Whether a recovery file waits: it exists and is newer than the workshop file (or the workshop file is gone).
    public var isWaiting: Bool {
        guard let modified else { return false }
        guard let saved = (try? FileManager.default.attributesOfItem(atPath: workshopPath))?[.modificationDate] as? Date else {
            return true
        }
        return modified >= saved
    }

    /// Writes the workshop to the recovery file, atomically.
    public func write(_ workshop: Workshop, language: Language) throws {
        if inStateFolder {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let text = try WorkshopEncoder().encode(workshop)
        try AtomicFileWriter(language: language).write(Data(text.utf8), to: path)
    }

    /// The workshop the recovery file holds.
    public func load(language: Language) throws(WorkshopLoadError) -> Workshop {
        try WorkshopFileReader(language: language).load(path).workshop
    }

    /// Deletes the recovery file (after a save, a clean quit, or when the user discards it).
    public func remove() {
        unlink(path)
    }
}
