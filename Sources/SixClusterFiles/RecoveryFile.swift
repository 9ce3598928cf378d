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
    /// Where it goes in the state folder: used when the workshop's folder is not writable, or vanishes later.
    private let statePath: String

    /// The recovery file for a workshop file. `isWritable` tells whether a folder can take it (by default, asked
    /// of the system).
    public init(for workshopPath: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                isWritable: (String) -> Bool = { access($0, W_OK) == 0 }) {
        self.workshopPath = workshopPath
        let url = URL(fileURLWithPath: workshopPath)
        let folder = url.deletingLastPathComponent().path
        let home = environment["HOME"] ?? NSTemporaryDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        statePath = state + "/sixcluster/" + url.standardizedFileURL.path.replacingOccurrences(of: "/", with: "%")
            + ".sixcluster-recovery"
        inStateFolder = !isWritable(folder)
        path = inStateFolder ? statePath : folder + "/.\(url.lastPathComponent).sixcluster-recovery"
    }

    /// The newest recovery file that exists: beside the workshop, or in the state folder, where writes go when
    /// the workshop's folder cannot take them (removed, read-only, or a full disk).
    private var newest: (path: String, modified: Date)? {
        [path, statePath].compactMap { candidate in
            ((try? FileManager.default.attributesOfItem(atPath: candidate))?[.modificationDate] as? Date).map { (candidate, $0) }
        }.max { $0.1 < $1.1 }
    }

    /// When the recovery file was last written, if it exists.
    public var modified: Date? {
        newest?.modified
    }

    /// Whether a recovery file waits: it exists and is newer than the workshop file (or the workshop file is gone).
    public var isWaiting: Bool {
        guard let modified else { return false }
        guard let saved = (try? FileManager.default.attributesOfItem(atPath: workshopPath))?[.modificationDate] as? Date else {
            return true
        }
        return modified >= saved
    }

    /// Writes the workshop to the recovery file, atomically. When the workshop's folder cannot take it (it was
    /// removed or made read-only while the board ran), it goes to the state folder, where the next start looks
    /// for it since the workshop's folder is then not writable either.
    public func write(_ workshop: Workshop, language: Language) throws {
        let data = Data(try WorkshopEncoder().encode(workshop).utf8)
        let writer = AtomicFileWriter(language: language)
        if !inStateFolder, (try? writer.write(data, to: path)) != nil { return }
        try FileManager.default.createDirectory(atPath: (statePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try writer.write(data, to: statePath)
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
