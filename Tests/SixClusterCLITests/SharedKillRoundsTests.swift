import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// Three boards on one file; one stores a card, then a random board is killed with SIGKILL and started again, many
/// times over.
@Suite("Kill rounds with several boards: a killed board loses at most its last second, the file is never broken")
struct SharedKillRoundsTests {
    /// 20 rounds by default; `SIXCLUSTER_SHARED_KILL_ROUNDS=200 swift test --filter SharedKillRounds` for more.
    static let rounds = Int(ProcessInfo.processInfo.environment["SIXCLUSTER_SHARED_KILL_ROUNDS"] ?? "") ?? 20

    private func start(_ file: URL, name: String, in server: TmuxSession?) throws -> TmuxSession {
        let board = try server.map { try $0.window("'\(CLI.binary.path)' --author \(name) '\(file.path)'", environment: ["LANG": "C.UTF-8"]) }
            ?? CLI.board(file, "--author \(name)")
        try board.waitFor("? help")
        try board.send("g", "4", "Enter", "Enter")
        try board.waitFor("Customer › 4 ")
        return board
    }

    private func parsed(_ file: URL) -> Workshop? {
        FileManager.default.contents(atPath: file.path).flatMap { try? WorkshopDecoder(file: "w", language: .en).decode(Array($0)).workshop }
    }

    @Test("after each SIGKILL the file parses; at the end it holds every card but those stored in a killed board's last second")
    func rounds() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["SIXCLUSTER_KILL_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        var random = SeededGenerator(seed: seed)
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let names = ["Anna", "Ben", "Chen"]
        let server = try start(file, name: names[0], in: nil)
        defer { server.close() }
        var boards = [server]
        for name in names.dropFirst() { boards.append(try start(file, name: name, in: server)) }
        defer { boards.filter { $0 !== server }.forEach { $0.close() } }
        // Each stored card: its text, when it showed on its board, and which board.
        var stored: [(text: String, at: Date, board: Int)] = []
        var lost: Set<String> = []
        for round in 1...Self.rounds {
            let typist = Int.random(in: 0..<boards.count, using: &random)
            let text = "Runde \(round) von \(names[typist]) – Grüße"
            try boards[typist].send("a")
            try boards[typist].type(text)
            try boards[typist].send("Enter")
            try boards[typist].waitFor("• " + text)
            stored.append((text, Date(), typist))
            usleep(UInt32.random(in: 0...1_200_000, using: &random))
            let victim = Int.random(in: 0..<boards.count, using: &random)
            let pid = try #require(try boards[victim].programPID(named: "sixcluster"), "round \(round), seed \(seed)")
            let killedAt = Date()
            kill(pid, SIGKILL)
            try boards[victim].waitUntil("the board to end") { $0.replacingOccurrences(of: "\n", with: "").contains("SIXCLUSTER-EXIT=") }
            // What the killed board stored in its last second may be gone; nothing else may.
            for card in stored where card.board == victim && killedAt.timeIntervalSince(card.at) < 1 { lost.insert(card.text) }
            #expect(parsed(file) != nil, "round \(round) (seed \(seed)): the workshop file parses")
            // The killed board starts again in a new window (the first window's session holds the server open).
            if boards[victim] !== server { boards[victim].close() }
            boards[victim] = try start(file, name: names[victim], in: server)
        }
        for board in boards { try board.quit() }
        let texts = Set(parsed(file).map { $0[topic: 4].ist.map(\.text) } ?? [])
        for card in stored where !lost.contains(card.text) {
            #expect(texts.contains(card.text), "seed \(seed): “\(card.text)” was lost")
        }
        let missing = stored.filter { !texts.contains($0.text) }.count
        print("shared kill rounds: \(Self.rounds) rounds (seed \(seed)), \(stored.count) cards stored, \(lost.count) in a killed board's last second, \(missing) lost")
        let total = parsed(file).map { $0[topic: 4].ist.count } ?? -1
        #expect(total == Set(stored.map(\.text)).intersection(texts).count, "seed \(seed): nothing doubled or foreign")
    }
}
