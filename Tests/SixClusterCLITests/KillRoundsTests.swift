import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// Types cards into the board, saves now and then, and kills it at a random moment, many times over.
@Suite("Kill rounds: nothing typed is lost beyond the last moments")
struct KillRoundsTests {
    /// 20 rounds by default; `SIXCLUSTER_KILL_ROUNDS=100 swift test --filter KillRounds` for more.
    static let rounds = Int(ProcessInfo.processInfo.environment["SIXCLUSTER_KILL_ROUNDS"] ?? "") ?? 20

    private func cards(in path: String, topic: Int) -> [String] {
        guard let data = FileManager.default.contents(atPath: path),
              let loaded = try? WorkshopDecoder(file: path, language: .en).decode(Array(data)) else { return [] }
        return loaded.workshop[topic: topic].ist.map(\.text)
    }

    @Test("after each kill the file parses, saved cards are in it, and the recovery file holds all but the last seconds")
    func rounds() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["SIXCLUSTER_KILL_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        var random = SeededGenerator(seed: seed)
        let signals: [Int32] = [SIGKILL, SIGHUP, SIGTERM]
        for round in 1...Self.rounds {
            let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
            let recovery = WorkshopFiles.recoveryPath(of: file)
            let tmux = try CLI.board(file)
            defer { tmux.close() }
            try tmux.waitFor("saved")
            try tmux.send("g", "4", "Enter", "Enter")
            let signal = signals.randomElement(using: &random)!
            let count = Int.random(in: 1...6, using: &random)
            let saveAfter = Int.random(in: 0...count, using: &random)
            var typed: [(text: String, at: Date)] = []
            var saved: [String] = []
            for n in 1...count {
                let text = "Runde \(round) Karte \(n) – Grüße"
                try tmux.send("a")
                try tmux.type(text)
                try tmux.send("Enter")
                try tmux.waitFor("• " + text)
                typed.append((text, Date()))
                if n == saveAfter {
                    try tmux.send("C-s")
                    try tmux.waitFor("Saved:")
                    saved = typed.map(\.text)
                }
                usleep(UInt32.random(in: 0...400_000, using: &random))
            }
            usleep(UInt32.random(in: 0...2_500_000, using: &random))
            let pid = try #require(try tmux.programPID(named: "sixcluster"), "round \(round), seed \(seed)")
            let killedAt = Date()
            kill(pid, signal)
            try tmux.waitUntil("the board to end") { $0.replacingOccurrences(of: "\n", with: "").contains("SIXCLUSTER-EXIT=") }

            let inFile = cards(in: file.path, topic: 4)
            #expect(FileManager.default.contents(atPath: file.path).map { (try? WorkshopDecoder(file: "w", language: .en).decode(Array($0))) != nil } == true,
                    "round \(round) (seed \(seed)): the workshop file parses")
            #expect(inFile == saved, "round \(round) (seed \(seed)): the file holds exactly the saved cards")
            let kept = Set(inFile + cards(in: recovery, topic: 4))
            // SIGKILL may take the last ~2 seconds; a caught signal writes everything.
            let mustKeep = typed.filter { signal != SIGKILL || killedAt.timeIntervalSince($0.at) > 2.5 }.map(\.text)
            for text in mustKeep {
                #expect(kept.contains(text), "round \(round) (seed \(seed), signal \(signal)): “\(text)” was lost")
            }
        }
    }
}
