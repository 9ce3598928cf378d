import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
import SixClusterModel

@Suite("The boards on one workshop file: presence files and the boards' lock")
struct PresenceFolderTests {
    private func workshopPath() throws -> String {
        try TestPaths.temporaryFolder().appendingPathComponent("w.yaml").path
    }

    private func presence(_ pid: Int32, _ name: String, topic: Int = 1) -> BoardPresence {
        BoardPresence(pid: pid, name: name, topic: topic, place: .field)
    }

    @Test("a presence file's text reads back; a cut-off or foreign one is no presence; names lose control characters")
    func presenceText() {
        let mia = BoardPresence(pid: 42, name: "Mia Müller", topic: 12, place: .presentation, leads: true, leadingSince: 1_700_000)
        #expect(BoardPresence(text: mia.text) == mia)
        let watcher = BoardPresence(pid: 7, name: "東京", topic: 20, place: .other, kind: .watcher)
        #expect(BoardPresence(text: watcher.text) == watcher)
        let script = BoardPresence(pid: 8, name: "import", topic: 3, place: .other, kind: .writer)
        #expect(BoardPresence(text: script.text) == script)
        #expect(mia.text == "pid: 42\nname: Mia Müller\nkind: board\ntopic: 12\nplace: presentation\nleads: yes\nleading-since: 1700000\nend\n",
                "every value on a line named for it")
        #expect(BoardPresence(text: String(mia.text.dropLast(4))) == nil, "without its end line it was caught half-written")
        #expect(BoardPresence(text: "pid: 1\nname: x\nkind: board\ntopic: 21\nplace: field\nleads: no\nleading-since: 0\nend\n") == nil,
                "no field 21")
        #expect(BoardPresence(text: "pid: 1\nname: x\nkind: ghost\ntopic: 2\nplace: field\nleads: no\nleading-since: 0\nend\n") == nil,
                "no such kind")
        #expect(BoardPresence(text: "hello") == nil)
        #expect(BoardPresence.cleaned("  Ann\u{1B}]0;x\u{07}\ne  ") == "Ann]0;xe")
        #expect(BoardPresence.cleaned(String(repeating: "a", count: 99)).count == BoardPresence.longestName)
    }

    @Test("boards see each other while they are in; the last one out removes the folder")
    func joinAndLeave() throws {
        let path = try workshopPath()
        let anna = PresenceFolder(for: path), ben = PresenceFolder(for: path)
        #expect(anna.join(presence(100_001, "Anna")))
        #expect(ben.join(presence(100_002, "Ben")))
        #expect(anna.others().map(\.name) == ["Ben"])
        #expect(ben.others().map(\.name) == ["Anna"])
        ben.update(presence(100_002, "Ben", topic: 9))
        #expect(anna.others().first?.topic == 9)
        #expect(PresenceFolder.boards(on: path).count == 2)
        ben.leave()
        #expect(anna.others().isEmpty)
        anna.leave()
        #expect(!FileManager.default.fileExists(atPath: anna.path))
    }

    @Test("a presence file no board holds (its board was killed) is removed by the next look, and so is a half-made one")
    func deadBoardsClear() throws {
        let path = try workshopPath()
        let anna = PresenceFolder(for: path)
        #expect(anna.join(presence(100_001, "Anna")))
        // What a board killed with SIGKILL leaves: its file, with nobody holding the lock.
        let dead = anna.path + "/100009.board"
        try presence(100_009, "Tot").text.write(toFile: dead, atomically: false, encoding: .utf8)
        let halfJoined = anna.path + "/.join-100010"
        try "".write(toFile: halfJoined, atomically: false, encoding: .utf8)
        #expect(anna.others().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: halfJoined))
        anna.leave()
    }

    @Test("the boards' lock is exclusive: while one board writes, another waits and gives up after its timeout")
    func writeLock() throws {
        let path = try workshopPath()
        let anna = PresenceFolder(for: path), ben = PresenceFolder(for: path)
        #expect(anna.join(presence(100_001, "Anna")))
        #expect(ben.join(presence(100_002, "Ben")))
        let inner = anna.exclusively { ben.exclusively(timeout: 0.05) { "both" } }
        #expect(inner == .success(.failure(.timedOut)), "the second waits, then gives up")
        #expect(ben.exclusively { "alone" } == .success("alone"), "free again afterwards")
        anna.leave()
        ben.leave()
    }

    @Test("a writer with nobody else in takes the lock on a folder made for the moment, removed afterwards")
    func lockWithoutBoards() throws {
        let path = try workshopPath()
        let folder = PresenceFolder(for: path)
        let seen = folder.exclusively { FileManager.default.fileExists(atPath: folder.path) }
        #expect(seen == .success(true))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("where no folder can be made, the board works alone unseen, and no write runs without the lock")
    func readOnlyFolder() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("w.yaml").path
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        let anna = PresenceFolder(for: path)
        // The superuser may write anyway; the point is only that nothing fails.
        if geteuid() != 0 {
            #expect(!anna.join(presence(100_001, "Anna")))
            #expect(anna.exclusively { 1 } == .failure(.noFolder(EACCES)))
        }
        // Something else under the folder's name: no lock, so no write.
        let other = try TestPaths.temporaryFolder().appendingPathComponent("x.yaml").path
        try Data().write(to: URL(fileURLWithPath: PresenceFolder(for: other).path))
        #expect(PresenceFolder(for: other).exclusively { 1 } == .failure(.noFolder(ENOTDIR)))
        anna.leave()
    }
}
