import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer and view: the room for phones")
struct RoomReducerTests {
    private static let link = "http://192.168.178.24:40123/join?t=0123456789abcdef0123456789abcdef"

    /// A picture like a version-3 code: 29 modules a side, a dark finder in the top-left corner.
    private static let picture = QRPicture(modules: (0..<29).map { row in (0..<29).map { column in (row + column) % 3 == 0 || row < 7 && column < 7 } })

    private func opened(width: Int = 120, height: Int = 40, language: Language = .en) -> BoardState {
        var state = BoardFixtures.state(language: language, width: width, height: height)
        _ = BoardFixtures.press([.character("W")], &state)
        _ = BoardReducer.reduce(&state, .sharing(.room(.opened(link: Self.link, picture: Self.picture))))
        return state
    }

    @Test("W opens the room once and shows its panel; Esc hides it, W shows it again without a second server")
    func openShowHide() {
        var state = BoardFixtures.state()
        #expect(BoardFixtures.press([.character("W")], &state) == [.openRoom(language: .en), .tellRoom(.method(nil))])
        #expect(state.overlay == .room && state.room.phase == .opening)
        #expect(BoardRenderer.render(state).text.contains("The room opens …"))
        _ = BoardReducer.reduce(&state, .sharing(.room(.opened(link: Self.link, picture: Self.picture))))
        #expect(BoardRenderer.render(state).text.contains(Self.link))
        BoardFixtures.press([.escape], &state)
        #expect(state.overlay == nil && state.room.isRunning, "hidden, still open")
        #expect(BoardFixtures.press([.character("W")], &state) == [], "no second server")
        #expect(state.overlay == .room)
    }

    @Test("the status line counts who joined; x closes the room, and its server with it")
    func joinedAndClose() {
        var state = opened()
        _ = BoardReducer.reduce(&state, .sharing(.room(.joined(3))))
        #expect(BoardRenderer.render(state).text.contains("Joined: 3"))
        BoardFixtures.press([.escape], &state)
        #expect(BoardRenderer.render(state).text.split(separator: "\n").last?.contains("room: 3") == true)
        BoardFixtures.press([.character("W")], &state)
        #expect(BoardFixtures.press([.character("x")], &state) == [.closeRoom])
        #expect(!state.room.isRunning && state.overlay == nil)
        #expect(state.message?.text.contains("Room closed") == true)
        _ = BoardReducer.reduce(&state, .sharing(.room(.joined(4))))
        #expect(state.room.joined == 0, "a closed room hears nothing more")
    }

    @Test("a room that ends by itself says why; a read-only board opens none")
    func endsAndReadOnly() {
        var state = opened(language: .de)
        _ = BoardReducer.reduce(&state, .sharing(.room(.ended(reason: "127.0.0.9 nimmt keine Verbindungen an"))))
        #expect(!state.room.isRunning && state.overlay == nil)
        #expect(state.message?.isError == true && state.message?.text == "Der Raum ist zu: 127.0.0.9 nimmt keine Verbindungen an")
        var watching = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", language: .en, width: 120, height: 40, readOnly: true)
        #expect(BoardFixtures.press([.character("W")], &watching) == [])
        #expect(!watching.room.isRunning)
    }

    @Test("the panel draws the code dark on light with its quiet zone, the link whole, at 120×40 and 80×24 and in German",
          arguments: [(120, 40, Language.en), (80, 24, Language.de)])
    func panel(width: Int, height: Int, language: Language) {
        let state = opened(width: width, height: height, language: language)
        let grid = BoardRenderer.render(state)
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let linkRow = rows.firstIndex { $0.contains(Self.link) }
        #expect(linkRow != nil, "the link stands whole")
        // The code's cells: every one in the code's colours, the picture as tall as half its modules and the
        // quiet zone.
        let codeRows = (0..<height).filter { y in (0..<width).contains { x in grid[x, y].style.color == .code } }
        #expect(codeRows.count >= (29 + 2 + 1) / 2, "\(codeRows.count) rows of code")
        #expect(codeRows.last.map { $0 < linkRow ?? 0 } == true, "the code stands above the link")
        #expect(rows.joined().contains(language == .de ? "Beigetreten: 0" : "Joined: 0"))
    }

    @Test("on a terminal too small for the code, the panel says so and keeps the link")
    func tooSmall() {
        let state = opened(width: 72, height: 20)
        let text = BoardRenderer.render(state).text
        #expect(text.contains("No room for the QR code"))
        #expect(text.contains("join?t="))
    }

    @Test("f, j and n on the panel tell the room: phones pick any field, nobody new gets in, a new link; the panel says which")
    func orders() {
        var state = opened()
        #expect(BoardFixtures.press([.character("f")], &state) == [.tellRoom(.anyField(true))])
        #expect(BoardFixtures.press([.character("j")], &state) == [.tellRoom(.joining(false))])
        let panel = BoardRenderer.render(state).text
        #expect(panel.contains("f  phones: any field   j  joining: closed   n  new link"))
        #expect(BoardFixtures.press([.character("n")], &state) == [.tellRoom(.newLink)])
        #expect(BoardFixtures.press([.character("j")], &state) == [.tellRoom(.joining(true))])
        BoardFixtures.press([.escape, .character("P")], &state)
        let told = BoardFixtures.press([.control("g")], &state)
        #expect(state.capture.method != nil && told == [.tellRoom(.method(state.capture.method))],
                "the method for new cards goes to the room too")
        var opening = BoardFixtures.state()
        #expect(BoardFixtures.press([.character("W")], &opening) == [.openRoom(language: .en), .tellRoom(.method(nil))])
    }

    @Test("the room's server coming and going is company for writing, but no person: nobody is announced, no name offered")
    func roomIsNoPerson() {
        var state = opened()
        let server = BoardPresence(pid: 77, name: "room", topic: 1, place: .other, kind: .room)
        _ = BoardReducer.reduce(&state, .sharing(.presence([server])))
        #expect(state.sharing.isShared && state.sharing.names.isEmpty)
        #expect(state.message?.text.contains("In the workshop with you") != true)
        BoardFixtures.press([.character("x")], &state)
        _ = BoardReducer.reduce(&state, .sharing(.presence([])))
        #expect(state.message?.text.hasPrefix("Room closed") == true, "not: alone again")
        let ben = BoardPresence(pid: 2, name: "Ben", topic: 1, place: .board)
        _ = BoardReducer.reduce(&state, .sharing(.presence([server, ben])))
        #expect(state.message?.text == "In the workshop with you: Ben – changes now go to the file at once")
    }

    @Test("h holds the focused field's phone cards hidden and reveals them; the board counts what waits")
    func silentBrainstorming() {
        var state = opened()
        #expect(BoardFixtures.press([.character("h")], &state) == [.tellRoom(.hidden(1, true))])
        #expect(BoardRenderer.render(state).text.contains("h  reveal field 1 (0 hidden)"))
        _ = BoardReducer.reduce(&state, .sharing(.room(.held([1: 5]))))
        BoardFixtures.press([.escape], &state)
        #expect(BoardRenderer.render(state).text.contains("room: 0 · 5 hidden"))
        BoardFixtures.press([.character("W")], &state)
        #expect(BoardFixtures.press([.character("h")], &state) == [.tellRoom(.hidden(1, false))])
        #expect(state.message?.text == "Field 1 revealed: 5 cards from the phones go into the field now")
    }

    @Test("r on the panel asks whom to take out (Tab: those in the room), tells the room, and says the cards stay")
    func removeParticipant() {
        var state = opened()
        #expect(BoardFixtures.press([.character("r")], &state) == [])
        #expect(state.message?.text == "Nobody is in the room yet")
        _ = BoardReducer.reduce(&state, .sharing(.room(.people(["Anna", "Gast 2", "Gast 3"]))))
        #expect(BoardRenderer.render(state).text.contains("r  take out – in the room: Anna, Gast 2, Gast 3"))
        BoardFixtures.press([.character("r")], &state)
        #expect(BoardRenderer.render(state).text.contains("Take whom out of the room? (Tab: those in the room; the cards stay):"))
        BoardFixtures.type("g", &state)
        BoardFixtures.press([.tab, .tab], &state)
        #expect(BoardFixtures.press([.enter], &state) == [.tellRoom(.remove("Gast 3"))])
        #expect(state.room.people == ["Anna", "Gast 2"] && state.room.joined == 2)
        #expect(state.message?.text.hasPrefix("Gast 3 is out of the room; the cards stay.") == true)
        BoardFixtures.press([.character("W"), .character("r")], &state)
        BoardFixtures.type("Zoe", &state)
        #expect(BoardFixtures.press([.enter], &state) == [])
        #expect(state.message?.text == "Nobody called “Zoe” in the room")
    }

    @Test("a board that follows the file shows the room another board opened (W), offers no room keys, and opens none itself")
    func viewShowsRoom() {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", language: .en, follows: true)
        _ = BoardReducer.reduce(&state, .input(.resize(width: 120, height: 40)))
        #expect(BoardFixtures.press([.character("W")], &state) == [])
        #expect(state.message?.text.hasPrefix("No room open – W on the facilitator's board opens it") == true)
        _ = BoardReducer.reduce(&state, .sharing(.room(.opened(link: Self.link, picture: Self.picture))))
        _ = BoardReducer.reduce(&state, .sharing(.room(.joined(4))))
        BoardFixtures.press([.character("W")], &state)
        let screen = BoardRenderer.render(state).text
        #expect(screen.contains(Self.link) && screen.contains("Joined: 4   Esc  hide") && !screen.contains("close the room"))
        #expect(BoardFixtures.press([.character("x")], &state) == [] && state.room.isRunning)
        #expect(state.message?.text == "Read-only: changes are not possible")
        _ = BoardReducer.reduce(&state, .sharing(.room(.ended(reason: nil))))
        #expect(!state.room.isRunning && state.overlay == nil)
    }

    @Test("the board's orders read back as they were written; anything else is no order")
    func orderLines() {
        for order in [RoomOrder.method(.brainstorming), .method(nil), .anyField(true), .anyField(false), .joining(false), .newLink,
                      .hidden(7, true), .hidden(20, false), .remove("Gast 3"), .remove("Anna Maria")] {
            #expect(RoomOrder(line: order.line.dropLast()) == order)
        }
        for line in ["method dancing", "fields some", "joining", "new-link now", "", "hidden 21 on", "hidden 3 maybe", "remove "] {
            #expect(RoomOrder(line: Substring(line)) == nil, "\(line)")
        }
    }

    @Test("the server's reports read back as they were written; anything else is no report")
    func reports() {
        for report in [RoomReport.link(Self.link), .code(Self.picture.modules), .ready, .joined(12), .held([3: 2, 17: 5]), .held([:]),
                       .people(["Anna", "Gast 2", "Ben Ó"]), .people([])] {
            #expect(RoomReport(line: report.line.dropLast()) == report)
        }
        for line in ["joined -1", "code 10/1", "code 1x/01", "hello", "ready now", "code ", "link ftp://x", "link http://a b", "held 0:1", "held 3:0", "held 3"] {
            #expect(RoomReport(line: Substring(line)) == nil, "\(line)")
        }
    }
}
