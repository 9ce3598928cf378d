import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// `sixcluster-room` as a program on 127.0.0.1, spoken to with curl, beside a board in tmux.
@Suite("The room's server with a board open (tmux, curl)")
struct RoomServerEndToEndTests {
    /// curl with a cookie jar; the output with the status code on its last line.
    private func curl(_ arguments: [String], jar: URL) throws -> (body: String, status: Int) {
        let run = try ProgramRun.run(try TestPaths.program("curl"), ["-s", "-b", jar.path, "-c", jar.path, "-w", "\n%{http_code}"] + arguments)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.dropLast().joined(separator: "\n"), Int(lines.last ?? "") ?? 0)
    }

    @Test("a card sent over HTTP is on the board within a second; a card typed on the board is in the room's state")
    func phoneAndBoard() throws {
        guard TestPaths.canRun("tmux", "curl") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "room.yaml")
        let board = try TmuxSession("'\(TestPaths.product("sixcluster").path)' --author Mia '\(file.path)'",
                                    environment: ["LANG": "C.UTF-8", "XDG_STATE_HOME": try TestPaths.temporaryFolder().path])
        defer { board.close() }
        try board.waitFor("Ist")
        try board.send("g", "1", "2", "Enter", "Enter")
        let room = try RoomServerProcess(file)
        defer { room.stop() }
        #expect(room.link.hasPrefix("http://127.0.0.1:") && room.link.contains("/join?t="))
        let jar = try TestPaths.temporaryFolder().appendingPathComponent("cookies")
        #expect(try curl([room.base + "/api/state"], jar: jar).status == 403, "no data before joining")
        #expect(try curl([room.link], jar: jar).status == 303)
        let state = try curl([room.base + "/api/state"], jar: jar)
        #expect(state.status == 200 && state.body.contains("\"number\":12"), "the room follows the board's field: \(state.body)")
        let sent = try curl(["-X", "POST", "-H", "Content-Type: application/json", "--data",
                             #"{"id":"p1","field":12,"column":"soll","text":"Vom Handy: <b>Muster</b> am Tisch"}"#,
                             room.base + "/api/cards"], jar: jar)
        #expect(sent.status == 201, "\(sent.body)")
        try board.waitFor("Vom Handy: <b>Muster</b> am Tisch", timeout: 1)
        try board.send("a")
        try board.type("Am Board getippt")
        try board.send("Enter")
        var seen = false
        for _ in 0..<40 where !seen {
            seen = try curl([room.base + "/api/state"], jar: jar).body.contains("Am Board getippt")
            if !seen { usleep(50_000) }
        }
        #expect(seen, "the board's card reaches the room within two seconds")
    }

    @Test("sixcluster --room: the panel shows the code and the link; a phone joins and adds a card; x closes the room")
    func boardOpensRoom() throws {
        guard TestPaths.canRun("tmux", "curl") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "board-room.yaml")
        let room = try RoomBoard(file)
        let (board, panel, link, base) = (room.board, room.panel, room.link, room.base)
        defer { board.close() }
        #expect(panel.contains("Room for phones") && panel.contains("█"))
        let jar = try TestPaths.temporaryFolder().appendingPathComponent("cookies")
        #expect(try curl([link], jar: jar).status == 303)
        try board.waitFor("Joined: 1")
        try board.send("Escape")
        try board.waitFor("room: 1")
        let sent = try curl(["-X", "POST", "--data", #"{"id":"b1","field":1,"column":"ist","text":"Vom Telefon aus"}"#,
                             base + "/api/cards"], jar: jar)
        #expect(sent.status == 201)
        try board.send("Enter")
        try board.waitFor("Vom Telefon aus", timeout: 1)
        try board.send("W")
        try board.waitFor("Joined: 1")
        // A phone waiting for the next change hears that the room closed.
        let state = try curl([base + "/api/state"], jar: jar)
        let version = state.body.components(separatedBy: #""version":"#).last?.prefix { $0.isNumber } ?? "0"
        let (jarPath, curlPath) = (jar.path, try TestPaths.program("curl"))
        let heard = LockedText()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            heard.set((try? ProgramRun.run(curlPath, ["-s", "-b", jarPath, "-w", "\n%{http_code}", base + "/api/state?after=\(version)"]).stdout) ?? "")
            done.signal()
        }
        // (A moment for the request to be waiting, also on a busy machine.)
        usleep(1_000_000)
        try board.send("x")
        try board.waitFor("Room closed")
        #expect(done.wait(timeout: .now() + 5) == .success, "the waiting phone is answered")
        let text = heard.get()
        #expect(text.hasSuffix("410") && text.contains("The room is closed"), "\(text)")
        var closed = false
        for _ in 0..<40 where !closed {
            closed = try curl([base + "/api/state"], jar: jar).status == 0
            if !closed { usleep(50_000) }
        }
        #expect(closed, "the server is gone with the room")
    }

    @Test("a room that cannot listen where it is told says why on the board, and the board goes on")
    func cannotListen() throws {
        guard TestPaths.canRun("tmux") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "no-room.yaml")
        let board = try TmuxSession("'\(TestPaths.product("sixcluster").path)' --room --listen 10.255.255.1:8080 '\(file.path)'",
                                    environment: ["LANG": "C.UTF-8", "XDG_STATE_HOME": try TestPaths.temporaryFolder().path])
        defer { board.close() }
        let screen = try board.waitFor("The room is closed")
        #expect(screen.contains("cannot listen on 10.255.255.1:8080"), "\(screen)")
        try board.send("Enter")
        try board.waitFor("Customer needs")
    }

    @Test("the panel's orders reach the room: any field, the method on phone cards, nobody new, a new link")
    func ordersFromTheBoard() throws {
        guard TestPaths.canRun("tmux", "curl") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "orders.yaml")
        let room = try RoomBoard(file)
        let (board, link, base) = (room.board, room.link, room.base)
        defer { board.close() }
        let (jar, late) = (try TestPaths.temporaryFolder().appendingPathComponent("a"), try TestPaths.temporaryFolder().appendingPathComponent("b"))
        #expect(try curl([link], jar: jar).status == 303)
        try board.send("f")
        try board.waitFor("phones: any field")
        var picked = ""
        for _ in 0..<40 where !picked.contains(#""number":9"#) {
            picked = try curl([base + "/api/state?field=9"], jar: jar).body
            if !picked.contains(#""number":9"#) { usleep(50_000) }
        }
        #expect(picked.contains(#""anyField":true"#) && picked.contains(#""number":9"#), "\(picked)")
        // The method for new cards, set in presentation mode, goes with the phones' cards.
        try board.send("Escape", "P", "C-g")
        try board.waitFor("method")
        let sent = try curl(["-X", "POST", "--data", #"{"id":"o1","field":9,"column":"ist","text":"Mit Methode"}"#, base + "/api/cards"], jar: jar)
        #expect(sent.status == 201)
        let card = try #require(WorkshopFiles.read(file)[topic: 9].ist.first { $0.text == "Mit Methode" })
        #expect(card.method != nil)
        try board.send("F5", "W", "j")
        try board.waitFor("joining: closed")
        let refused = try curl([link], jar: late)
        #expect(refused.status == 403 && refused.body.contains("nobody new"))
        try board.send("j", "n")
        try board.waitFor("New link")
        let screen = try board.waitUntil("a new link") { $0.contains("http://127.0.0.1:") && !$0.contains(link) }
        let renewed = try #require(screen.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }.map(String.init))
        #expect(try curl([link], jar: late).status == 403, "the old link lets nobody new in")
        #expect(try curl([renewed], jar: late).status == 303)
        #expect(try curl([base + "/api/state"], jar: jar).status == 200, "whoever was in stays in")
        // r takes the first phone out: its cookie opens nothing more, its card stays.
        try board.waitFor("Guest 1")
        try board.send("r")
        try board.waitFor("Take whom out of the room?")
        try board.send("G", "Tab", "Enter")
        try board.waitFor("Guest 1 is out of the room")
        var status = 200
        for _ in 0..<40 where status != 403 {
            status = try curl([base + "/api/state"], jar: jar).status
            if status != 403 { usleep(50_000) }
        }
        #expect(status == 403, "taken out")
        #expect(try WorkshopFiles.read(file)[topic: 9].ist.contains { $0.text == "Mit Methode" })
    }
}

extension RoomServerEndToEndTests {
    @Test("silent brainstorming on the board: held phone cards are counted, not shown, and come in all at once on h")
    func heldUntilRevealed() throws {
        guard TestPaths.canRun("tmux", "curl") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "silent.yaml")
        let room = try RoomBoard(file)
        let (board, link, base) = (room.board, room.link, room.base)
        defer { board.close() }
        let jar = try TestPaths.temporaryFolder().appendingPathComponent("cookies")
        #expect(try curl([link], jar: jar).status == 303)
        try board.send("h")
        try board.waitFor("reveal field 1")
        for (number, text) in ["Leise eins", "Leise zwei", "Leise drei"].enumerated() {
            let sent = try curl(["-X", "POST", "--data", #"{"id":"s\#(number)","field":1,"column":"ist","text":"\#(text)"}"#, base + "/api/cards"], jar: jar)
            #expect(sent.status == 201 && sent.body.contains("held"))
        }
        try board.waitFor("reveal field 1 (3 hidden)")
        try board.send("Escape", "Enter")
        let field = try board.waitFor("room: 1 · 3 hidden")
        #expect(!field.contains("Leise"), "nobody anchors on the first card")
        try board.send("W", "h")
        try board.send("Escape")
        // All three in the field, and the status line counts nothing hidden any more.
        try board.waitUntil("all three, nothing hidden") { screen in
            ["Leise eins", "Leise zwei", "Leise drei"].allSatisfy(screen.contains)
                && screen.split(separator: "\n").last.map { $0.contains("room: 1") && !$0.contains("hidden") } == true
        }
    }
}

/// Text handed from one thread to another.
private final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func set(_ value: String) { lock.withLock { text = value } }
    func get() -> String { lock.withLock { text } }
}

extension RoomServerEndToEndTests {

    @Test("sixcluster view on the same file shows the room another board opened: W brings up its code and link; it changes nothing")
    func viewShowsTheRoom() throws {
        guard TestPaths.canRun("tmux") else { return }
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "view.yaml")
        let room = try RoomBoard(file)
        defer { room.board.close() }
        let view = try room.board.window("'\(TestPaths.product("sixcluster").path)' view '\(file.path)'", environment: room.environment)
        _ = try view.waitFor("room: 0")
        try view.send("W")
        let panel = try view.waitFor("Joined: 0")
        #expect(panel.contains(room.link) && panel.contains("▀") || panel.contains("█") || panel.contains("▄"), "the code and the link")
        try view.send("x")
        _ = try view.waitFor("Read-only")
        _ = try room.board.waitFor("Joined: 0")
        try room.board.send("x")
        _ = try room.board.waitUntil("the room closed") { !($0.split(separator: "\n").last ?? "").contains("room:") }
        _ = try view.waitFor("The room is closed")
        let folder = try #require(room.environment["XDG_STATE_HOME"])
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/sixcluster/rooms")) ?? []
        #expect(left.isEmpty, "the socket goes with the room: \(left)")
    }
}
