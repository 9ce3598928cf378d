#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles

/// The ids of the phones' submissions the room has written, in a small file beside the workshop
/// (`.NAME.sixcluster-room-taken`, as readable as the workshop). A room that was killed and opened again still
/// knows them, so a phone that resends a card whose answer it never got finds it taken once, not twice. A room
/// that closes in order removes the file. It holds ids only – random letters, no card text.
struct RoomTakenLog {
    let path: String
    private let workshop: String

    /// The log beside the workshop file at `workshop`.
    init(workshop: String) {
        self.workshop = workshop
        path = PathName.beside(workshop, ending: "sixcluster-room-taken")
    }

    /// The ids a room before this one wrote (none when it closed in order), and whether such a room was stopped
    /// without closing (its log, perhaps empty, is still there). The log is then made at once, so that a room
    /// killed before its first write is known as such too.
    func start() -> (ids: Set<String>, afterCrash: Bool) {
        let bytes = try? WorkshopFileReader(language: .en).bytes(of: path)
        append([])
        guard let bytes else { return ([], false) }
        return (Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)), true)
    }

    /// Notes ids as written; false when the file cannot be written (the room goes on: only a resend after a crash
    /// could then bring a card twice).
    @discardableResult
    func append(_ ids: [String]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, FilePermissions.matching(workshop: workshop).mode)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array(ids.map { $0 + "\n" }.joined().utf8)
        return bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Removes the log: the room closed in order.
    func remove() {
        unlink(path)
    }
}
