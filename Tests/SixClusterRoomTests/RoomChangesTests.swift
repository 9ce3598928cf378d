import Foundation
import Testing
import SixClusterFiles
import SixClusterModel
import SixClusterRoom
import SixClusterTestSupport

@Suite("The room's changes: phones wait for the next one")
struct RoomChangesTests {
    @Test("a phone waiting after the current number hears of the next change at once, not before")
    func wakesOnChange() async throws {
        let copy = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "changes.yaml")
        let room = RoomHandler(file: SharedWorkshopFile(path: copy.path, language: .en), token: RoomToken(), language: .en)
        room.changes.note(room.fingerprint())
        let before = room.changes.current
        room.changes.note(room.fingerprint())
        #expect(room.changes.current == before, "nothing changed, no new number")
        let waiting = Task { await room.changes.wait(after: before, seconds: 30) }
        while room.changes.waitingCount == 0 { await Task.yield() }
        // Another writer changes the file (a line more at its end).
        try Data((try String(contentsOf: copy, encoding: .utf8) + "\n").utf8).write(to: copy)
        room.changes.note(room.fingerprint())
        #expect(await waiting.value == before + 1)
        #expect(room.changes.waitingCount == 0)
    }

    @Test("a phone behind the current number gets it at once; one with nothing new hears again after its time")
    func immediateAndTimeout() async {
        let changes = RoomChanges()
        #expect(await changes.wait(after: 0, seconds: 30) == 1)
        let start = Date()
        #expect(await changes.wait(after: 1, seconds: 0.2) == 1)
        #expect(Date().timeIntervalSince(start) >= 0.2)
        #expect(changes.waitingCount == 0)
    }

    @Test("closing the room wakes every waiting phone at once, and nobody waits afterwards")
    func closing() async {
        let changes = RoomChanges()
        let waiting = Task { await changes.wait(after: 1, seconds: 30) }
        while changes.waitingCount == 0 { await Task.yield() }
        changes.close()
        #expect(await waiting.value == 2)
        let start = Date()
        _ = await changes.wait(after: 5, seconds: 30)
        #expect(Date().timeIntervalSince(start) < 1)
    }
}
