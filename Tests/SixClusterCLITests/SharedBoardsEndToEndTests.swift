import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// Several boards on one workshop file, each in a window of one tmux server, as participants in their own terminals.
@Suite("Several boards edit one file (tmux)")
struct SharedBoardsEndToEndTests {
    /// Boards on `file`, one per name, each started with `--author NAME` in its own window of one tmux server.
    private func boards(_ file: URL, _ names: [String], height: Int = 40) throws -> [TmuxSession] {
        let first = try CLI.board(file, "--author \(names[0])", height: height)
        return try [first] + names.dropFirst().map { name in
            try first.window("'\(CLI.binary.path)' --author \(name) '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        }
    }

    private func workshop(_ file: URL) throws -> Workshop {
        try WorkshopFiles.read(file)
    }

    private func open(field: Int, on board: TmuxSession) throws {
        try board.send("g")
        try board.type("\(field)")
        try board.send("Enter", "Enter")
    }

    @Test("two boards edit one file: each sees the other and the other's cards within a second; a watcher is shown as one")
    func twoBoards() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let all = try boards(file, ["Anna", "Ben"])
        let (anna, ben) = (all[0], all[1])
        defer { all.reversed().forEach { $0.close() } }
        try anna.waitFor("In the workshop with you: Ben")
        try ben.waitFor("In the workshop with you: Anna")
        try open(field: 13, on: ben)
        try open(field: 13, on: anna)
        try anna.waitFor("also here: Ben")
        try anna.send("a")
        try anna.type("Grüße aus Köln 東京")
        try anna.send("Enter")
        try ben.waitFor("Grüße aus Köln 東京", timeout: 1)
        try ben.send("e", "C-u")
        try ben.type("Grüße aus Köln 東京, von Ben ergänzt")
        try ben.send("Enter")
        try anna.waitFor("Grüße aus Köln 東京, von Ben ergänzt", timeout: 1)
        let watcher = try anna.window("'\(CLI.binary.path)' view --author Zoe '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        defer { watcher.close() }
        try anna.waitFor("Zoe (watching)")
        try watcher.quit()
        try ben.quit()
        try anna.quit()
        let texts = try workshop(file)[topic: 13].ist.map(\.text)
        #expect(texts == ["Grüße aus Köln 東京, von Ben ergänzt"])
        #expect(!FileManager.default.fileExists(atPath: file.deletingLastPathComponent().path + "/.w.yaml.sixcluster-boards"),
                "the last board out leaves nothing behind")
    }

    @Test("two people edit the same card at once: the file ends with one card and the conflict marked; the later board says so")
    func sameCardAtOnce() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let all = try boards(file, ["Ben", "Joerg"])
        let (ben, joerg) = (all[0], all[1])
        defer { all.reversed().forEach { $0.close() } }
        try ben.waitFor("In the workshop with you: Joerg")
        try joerg.waitFor("In the workshop with you: Ben")
        for board in [ben, joerg] {
            try open(field: 7, on: board)
            try board.send("l", "e", "End")
            try board.waitFor("✎ Cut the handle range to eight")
        }
        try ben.type(", on Sundays too")
        try joerg.type(" (Sat+Sun)")
        try ben.send("Enter")
        // Said in the editor's row for as long as the edit is open (a message could go with the next key typed).
        try joerg.waitFor("Changed elsewhere – Enter keeps both versions as a conflict")
        try joerg.send("Enter")
        try joerg.waitFor("both versions are kept as a conflict")
        try ben.waitFor("≠ other version: Cut the handle range to eight, on")
        try ben.quit()
        try joerg.quit()
        let soll = try workshop(file)[topic: 7].soll
        #expect(soll.map(\.text) == ["Cut the handle range to eight (Sat+Sun)"], "one card, not two")
        #expect(soll.first?.conflict == "Cut the handle range to eight, on Sundays too")
    }

    @Test("a board killed with SIGKILL disappears from the others' status line and board within a few seconds")
    func presenceClears() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let all = try boards(file, ["Anna", "Ben"])
        defer { all.reversed().forEach { $0.close() } }
        let (anna, ben) = (all[0], all[1])
        try anna.waitFor("In the workshop with you: Ben")
        try anna.send("Escape")
        let board = try anna.waitFor("with Ben")
        #expect(board.contains("Customer needs          B 2/1"), "Ben's mark at the field he is on")
        let pid = try #require(try ben.programPID(named: "sixcluster"))
        kill(pid, SIGKILL)
        try anna.waitUntil("Ben gone", timeout: 3) { !$0.contains("with Ben") && !$0.contains("B 2/1") }
        try anna.waitFor("Alone in the workshop again")
    }

    @Test("follow me: the other board goes to the field the leader presents, until it leaves following")
    func followMe() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let all = try boards(file, ["Mia", "Tom"])
        defer { all.reversed().forEach { $0.close() } }
        let (mia, tom) = (all[0], all[1])
        try mia.waitFor("In the workshop with you: Tom")
        try mia.send("F8")
        try mia.waitFor("Follow me on")
        try mia.send("P")
        try tom.waitFor("Customer › 1 Customer needs", timeout: 1.5)
        try tom.waitFor("Mia presents field 1")
        try mia.send("Tab")
        try tom.waitFor("Customer › 2 Customer communication", timeout: 1.5)
        try mia.waitFor("with Tom")
        try tom.send("F9")
        try tom.waitFor("Not following any more")
        try mia.send("Tab")
        try mia.waitFor("Field 3 of 20")
        usleep(800_000)
        #expect(try tom.screen().contains("Customer › 2 Customer communication"), "Tom stays where he is")
    }

    /// What a board does to each card it stores, by the card's number.
    private enum Fate: Equatable {
        case kept, edited, deleted, moved(to: Int), voted
        init(_ number: Int, board: Int) {
            self = number % 6 == 0 ? .deleted : number % 4 == 0 ? .edited : number % 5 == 0 ? .moved(to: board)
                : number % 3 == 0 ? .voted : .kept
        }
    }

    @Test("4 boards type 25 cards each into one field at full speed, with edits, moves, deletes and dots: every card once, none lost")
    func fourBoards() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let before = try workshop(file)
        let names = ["Anna", "Ben", "Chen", "Dana"]
        // Every card carries its author's name in a row of its own: room for all of them.
        let all = try boards(file, names, height: 200)
        defer { all.reversed().forEach { $0.close() } }
        // The others in the order their boards joined, which the system's scheduling decides.
        try all[0].waitUntil("all four boards") { screen in
            screen.contains("+3") || screen.split(separator: "\n").contains { line in ["Ben", "Chen", "Dana"].allSatisfy { line.contains("with") && line.contains($0) } }
        }
        for board in all { try open(field: 13, on: board) }
        var slowest = 0.0
        var expected: [(text: String, fate: Fate)] = []
        for number in 1...25 {
            for (index, board) in all.enumerated() {
                let text = "\(names[index])-\(number) Grüße 東京"
                try board.send("a")
                try board.type(text)
                try board.send("Enter")
                // Seen on the next board within a second (each pair of boards is measured in turn).
                let start = Date()
                try all[(index + 1 + number % 3) % 4].waitFor(text, timeout: 1)
                slowest = max(slowest, Date().timeIntervalSince(start))
                let fate = Fate(number, board: index + 1)
                switch fate {
                case .kept: break
                case .edited:
                    try board.send("e", "C-u")
                    try board.type(text + " geändert")
                    try board.send("Enter")
                case .deleted: try board.send("d")
                case .moved(let topic):
                    try board.send("f")
                    try board.type("\(topic)")
                    try board.send("Enter")
                case .voted: try board.send("m", "+", "h")
                }
                expected.append((fate == .edited ? text + " geändert" : text, fate))
            }
        }
        for board in all { try board.quit() }
        let after = try workshop(file)
        let cards = (1...20).flatMap { topic in
            (after[topic: topic].ist.map { ($0, topic, Situation.ist) } + after[topic: topic].soll.map { ($0, topic, Situation.soll) })
        }
        for (text, fate) in expected {
            let found = cards.filter { $0.0.text == text }
            switch fate {
            case .deleted: #expect(found.isEmpty, "“\(text)” was deleted")
            case .kept, .edited: #expect(found.count == 1 && found.first?.1 == 13 && found.first?.2 == .ist, "“\(text)”: \(found)")
            case .moved(let topic): #expect(found.count == 1 && found.first?.1 == topic, "“\(text)” moved to \(topic): \(found)")
            case .voted:
                #expect(found.count == 1 && found.first?.1 == 13 && found.first?.2 == .soll && found.first?.0.votes == 1,
                        "“\(text)” with a dot: \(found)")
            }
        }
        let survivors = expected.filter { $0.fate != .deleted }.count
        let count = { (w: Workshop) in (1...20).reduce(0) { $0 + w[topic: $1].ist.count + w[topic: $1].soll.count } }
        #expect(count(after) == count(before) + survivors, "nothing doubled, nothing else lost")
        #expect(slowest < 1, "the slowest card took \(slowest) s to show on another board")
        let check = try CLI.run("check", file.path)
        #expect(check.status <= 1, "valid (1: fields still empty): \(check.stdout)")
    }
}
