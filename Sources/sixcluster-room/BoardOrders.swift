import Foundation
import SixClusterBoard
import SixClusterRoom

/// What the board that started the room says on the room's standard input, one `RoomOrder` a line, carried out as
/// it comes; when the input ends (the board is gone), `ended` runs.
enum BoardOrders {
    static func follow(room: RoomHandler, announcement: RoomAnnouncement, ended: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            var pending: [UInt8] = []
            while true {
                let chunk = FileHandle.standardInput.availableData
                guard !chunk.isEmpty else { break }
                pending += chunk
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = Substring(String(decoding: pending[..<newline], as: UTF8.self))
                    pending.removeSubrange(...newline)
                    if let order = RoomOrder(line: line) { carryOut(order, room: room, announcement: announcement) }
                }
            }
            ended()
        }
    }

    private static func carryOut(_ order: RoomOrder, room: RoomHandler, announcement: RoomAnnouncement) {
        switch order {
        case .method(let method): room.change { $0.method = method }
        case .anyField(let any): room.change { $0.anyField = any }
        case .joining(let open): room.change { $0.joiningOpen = open }
        case .newLink: FileHandle.standardOutput.write(Data(announcement.text(for: room.renewToken()).utf8))
        case .hidden(let field, let hidden): room.hide(field, hidden)
        case .remove(let name): room.remove(named: name)
        }
    }
}
