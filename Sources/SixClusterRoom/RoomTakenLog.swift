#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles
import SixClusterModel

/// The ids of the phones' submissions the room has written, in a small file beside the workshop
/// (`.NAME.sixcluster-room-taken`, as readable as the workshop). A room that was killed and opened again still
/// knows them, so a phone that resends a card whose answer it never got finds it taken once, not twice. Before a
/// write, each card's intent is noted (`? id field column fingerprint`), and its id once it is written: a room
/// killed between the two finds the card in the file by its fingerprint. A room that closes in order removes the
/// file. It holds ids and fingerprints – random letters and hashes, no card text.
struct RoomTakenLog {
    /// A card about to be written: where it goes and a fingerprint of its text.
    struct Intent: Equatable {
        var id: String
        var field: Int
        var column: Situation
        var fingerprint: String

        /// The intent for a card's text.
        init(id: String, field: Int, column: Situation, text: String) {
            self.init(id: id, field: field, column: column, fingerprint: Fingerprint.stable(text))
        }

        init(id: String, field: Int, column: Situation, fingerprint: String) {
            self.id = id
            self.field = field
            self.column = column
            self.fingerprint = fingerprint
        }

        /// Whether a workshop holds the card (in its field and column, by its text).
        func isWritten(in workshop: Workshop) -> Bool {
            workshop[topic: field][column].contains { Fingerprint.stable($0.text) == fingerprint }
        }
    }

    let path: String
    private let workshop: String

    /// The log beside the workshop file at `workshop`.
    init(workshop: String) {
        self.workshop = workshop
        path = PathName.beside(workshop, ending: "sixcluster-room-taken")
    }

    /// The ids a room before this one wrote (none when it closed in order), and the cards it was about to write
    /// when it stopped.
    func load() -> (ids: Set<String>, pending: [String: Intent]) {
        guard let bytes = try? WorkshopFileReader(language: .en).bytes(of: path) else { return ([], [:]) }
        var ids: Set<String> = []
        var pending: [String: Intent] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 5, words[0] == "?", let field = Int(words[2]), (1...ModelTemplate.topicCount).contains(field),
               let column = Situation(rawValue: String(words[3])) {
                pending[String(words[1])] = Intent(id: String(words[1]), field: field, column: column, fingerprint: String(words[4]))
            } else if words.count == 1 {
                ids.insert(String(words[0]))
            }
        }
        for id in ids { pending[id] = nil }
        return (ids, pending)
    }

    /// Notes cards about to be written.
    @discardableResult
    func intend(_ intents: [Intent]) -> Bool {
        write(intents.map { "? \($0.id) \($0.field) \($0.column.rawValue) \($0.fingerprint)\n" }.joined())
    }

    /// Notes ids as written; false when the file cannot be written (the room goes on: only a resend after a crash
    /// could then bring a card twice).
    @discardableResult
    func append(_ ids: [String]) -> Bool {
        write(ids.map { $0 + "\n" }.joined())
    }

    private func write(_ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, FilePermissions.matching(workshop: workshop).mode)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Removes the log: the room closed in order.
    func remove() {
        unlink(path)
    }
}
