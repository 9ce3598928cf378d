import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// The room's server killed (SIGKILL) in the middle of a load, then opened again on the same address.
@Suite("The room killed under load (127.0.0.1)")
struct RoomFaultTests {
    @Test("every acknowledged card is in the file; resent after a new start, the rest arrive, none twice")
    func killedAndOpenedAgain() throws {
        guard TestPaths.canRun("python3") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "fault.yaml")
        let state = try TestPaths.temporaryFolder().appendingPathComponent("state.json")
        let script = TestPaths.root.appendingPathComponent("Tests/Load/room_fault.py").path
        let first = try RoomServerProcess(file)
        let link = first.link
        let load = Process()
        load.executableURL = try TestPaths.program("python3")
        load.arguments = [script, "send", link, "20", "25", state.path]
        load.standardOutput = Pipe()
        try load.run()
        // Killed while the cards come in: once the file holds some of them.
        var written = 0
        for _ in 0..<200 where written < 20 {
            usleep(20_000)
            written = (try? String(contentsOf: file, encoding: .utf8))?.components(separatedBy: "Absturz ").count ?? 0
        }
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        load.waitUntilExit()
        let sent = try JSONSerialization.jsonObject(with: Data(contentsOf: state)) as? [String: [[String: Any]]] ?? [:]
        let acknowledged = (sent["acknowledged"] ?? []).compactMap { $0["text"] as? String }
        let unanswered = (sent["open"] ?? []).compactMap { $0["text"] as? String }
        #expect(acknowledged.count + unanswered.count == 500 && !unanswered.isEmpty, "\(acknowledged.count) acknowledged, \(unanswered.count) open")
        var texts = try WorkshopFiles.read(file)[topic: 5].ist.map(\.text)
        for text in acknowledged {
            #expect(texts.filter { $0 == text }.count == 1, "\(text) acknowledged, so in the file once")
        }
        // Opened again on the same address (a phone keeps its queue per address), everybody joins again and resends.
        let second = try RoomServerProcess(file, listen: first.address)
        defer { second.stop() }
        let resent = try ProgramRun.run(try TestPaths.program("python3"), [script, "resend", second.link, state.path])
        #expect(resent.status == 0 && !resent.stdout.contains("429"), "\(resent.stdout) \(resent.stderr)")
        texts = try WorkshopFiles.read(file)[topic: 5].ist.map(\.text)
        for text in acknowledged + unanswered {
            #expect(texts.filter { $0 == text }.count == 1, "\(text) once")
        }
    }
}
