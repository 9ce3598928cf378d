import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// The room under a bounded load on 127.0.0.1, a board open beside it (tmux).
@Suite("The room under load (tmux, 127.0.0.1)")
struct RoomLoadTests {
    @Test("50 participants send 20 cards and 3 dots each at once: every card once in the file, every dot counted, the board answers")
    func fiftyAtOnce() throws {
        guard TestPaths.canRun("tmux", "python3") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "load.yaml")
        let room = try RoomBoard(file)
        let (board, link) = (room.board, room.link)
        defer { board.close() }
        let run = try ProgramRun.run(try TestPaths.program("python3"),
                                     [TestPaths.root.appendingPathComponent("Tests/Load/room_load.py").path, link, "50", "20"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""refused": []"#), "\(run.stdout.suffix(400))")
        let after = try WorkshopFiles.read(file)
        let texts = after[topic: 3].soll.map(\.text)
        for person in 0..<50 {
            for card in 0..<20 {
                #expect(texts.filter { $0 == "Last \(person)-\(card)" }.count == 1, "Last \(person)-\(card) once")
            }
        }
        #expect(after[topic: 3].soll.filter { $0.text.hasSuffix("-0") && $0.text.hasPrefix("Last ") }.allSatisfy { $0.votes == 3 })
        try board.waitFor("Joined: 50")
        // The board still answers at once: its panel hides, field 3 opens with the room's cards.
        try board.send("Escape", "g", "3", "Enter", "Enter")
        try board.waitFor("Last ", timeout: 2)
    }
}
