import Foundation
import Testing
import SixClusterTestSupport
import SixClusterFiles
import SixClusterModel

/// The one door every writer goes through, tested without a terminal: several instances on one file in one
/// process and on several threads at once; nothing lost or doubled, never a write without the lock.
@Suite("The shared workshop file")
struct SharedWorkshopFileTests {
    private func file() throws -> String {
        let url = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        return url.path
    }

    private func read(_ path: String) throws -> Workshop {
        try WorkshopFileReader(language: .en).load(path).workshop
    }

    @Test("an edit is carried out on the file as it is now and written; a refused one writes nothing")
    func applyEdits() throws {
        let path = try file()
        let shared = SharedWorkshopFile(path: path, language: .en)
        guard case .written(let workshop, _, _) = shared.apply([.add(Card("Von einem Skript", author: "cron"), topic: 8, column: .ist)]) else {
            Issue.record("written")
            return
        }
        #expect(try read(path) == workshop)
        #expect(workshop[topic: 8].ist.map(\.text) == ["Von einem Skript"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        guard case .refused(.noSuchField(21)) = shared.apply([.add(Card("x"), topic: 21, column: .ist)]) else {
            Issue.record("refused")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: PresenceFolder(for: path).path), "the lock's folder made for the moment is gone")
    }

    @Test("a board's write merges what another writer wrote since; its own stamp tells it apart from outside changes")
    func writeMerges() throws {
        let path = try file()
        let base = try read(path)
        let board = SharedWorkshopFile(path: path, language: .en)
        let script = SharedWorkshopFile(path: path, language: .en)
        _ = script.apply([.add(Card("Vom Skript"), topic: 13, column: .ist)])
        #expect(board.hasChanged)
        var mine = base
        mine[topic: 8].ist.append(Card("Vom Board"))
        guard case .written(let written, let outside, let conflicts) = board.write(mine, base: base) else {
            Issue.record("written")
            return
        }
        #expect(outside && conflicts.isEmpty)
        #expect(written[topic: 13].ist.map(\.text) == ["Vom Skript"] && written[topic: 8].ist.map(\.text) == ["Vom Board"])
        #expect(try read(path) == written)
        #expect(!board.hasChanged, "its own write is no outside change")
    }

    @Test("four writers on four threads add 25 cards each at once: every card once, none lost", arguments: [4])
    func concurrentWriters(count: Int) throws {
        let path = try file()
        // Threads of their own: the writers block while they wait for the lock, as a script or a server does.
        let threads = (0..<count).map { writer in
            Thread {
                let shared = SharedWorkshopFile(path: path, language: .en)
                shared.join(BoardPresence(pid: Int32(900_000 + writer), name: "w\(writer)", topic: 1, place: .other, kind: .writer))
                for number in 0..<25 {
                    let outcome = shared.apply([.add(Card("w\(writer)-\(number)"), topic: 10 + writer % 3, column: .ist)], timeout: 20)
                    if case .written = outcome { continue }
                    Issue.record("writer \(writer), card \(number): \(outcome)")
                }
                shared.leave()
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        let all = try read(path).fields.flatMap { $0.ist.map(\.text) }
        for writer in 0..<count {
            for number in 0..<25 {
                #expect(all.filter { $0 == "w\(writer)-\(number)" }.count == 1, "w\(writer)-\(number) once")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: PresenceFolder(for: path).path), "the last writer out leaves nothing")
    }

    @Test("a board alone saves unless the file changed from outside; then the change comes back to be asked about")
    func saveAlone() throws {
        let path = try file()
        let base = try read(path)
        let board = SharedWorkshopFile(path: path, language: .en)
        var mine = base
        mine[topic: 4].ist.append(Card("Meine"))
        guard case .saved = board.save(mine, saved: base) else { Issue.record("saved"); return }
        #expect(try read(path) == mine)
        _ = SharedWorkshopFile(path: path, language: .en).apply([.add(Card("Editor"), topic: 4, column: .soll)])
        var again = mine
        again[topic: 5].ist.append(Card("Noch eine"))
        guard case .changedOnDisk(let disk) = board.save(again, saved: mine) else { Issue.record("asked about"); return }
        #expect(disk[topic: 4].soll.map(\.text) == ["Editor"])
        #expect(try read(path) == disk, "nothing written over it")
    }

    @Test("an unreadable file is reported, never overwritten by a merge")
    func unreadable() throws {
        let path = try file()
        try Data("format: 1\nfields: [\n".utf8).write(to: URL(fileURLWithPath: path))
        let shared = SharedWorkshopFile(path: path, language: .en)
        guard case .unreadable(let error) = shared.apply([.add(Card("x"), topic: 1, column: .ist)]) else {
            Issue.record("unreadable")
            return
        }
        #expect(error.diagnostics.first?.line != nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "format: 1\nfields: [\n")
    }
}
