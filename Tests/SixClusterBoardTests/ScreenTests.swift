import SnapshotTesting
import Testing
import SixClusterModel
@testable import SixClusterBoard

/// Every screen as text at several sizes, compared with the snapshots in `__Snapshots__/ScreenTests/`.
/// After an intended change, record them anew with `SNAPSHOT_TESTING_RECORD=all swift test --filter ScreenTests`.
@Suite("Screens as text")
struct ScreenTests {
    private func screen(_ state: BoardState) -> String {
        BoardRenderer.render(state).text
    }

    @Test("the board in the model's places", arguments: [(80, 24), (120, 40), (240, 70)])
    func board(width: Int, height: Int) {
        var state = BoardFixtures.state(width: width, height: height)
        BoardFixtures.press([.right], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "board-\(width)x\(height)")
    }

    @Test("the German board with the bicycle example")
    func germanBoard() {
        let state = BoardFixtures.state(BoardFixtures.bicycle, language: .de, width: 120, height: 40)
        assertSnapshot(of: screen(state), as: .lines, named: "board-de-120x40")
    }

    @Test("below 80×24 the board is a list; the focus stays in view", arguments: [(60, 20), (79, 30), (100, 23)])
    func compact(width: Int, height: Int) {
        var state = BoardFixtures.state(width: width, height: height)
        BoardFixtures.press(Array(repeating: .tab, count: 15), &state)
        let text = screen(state)
        assertSnapshot(of: text, as: .lines, named: "compact-\(width)x\(height)")
        #expect(text.contains("16 Internal communication"))
    }

    @Test("a tiny terminal gets a short notice, never a crash", arguments: [(1, 1), (5, 2), (23, 6), (30, 5), (200, 3)])
    func tooSmall(width: Int, height: Int) {
        let grid = BoardRenderer.render(BoardFixtures.state(width: width, height: height))
        #expect(grid.width == width && grid.height == height)
        #expect(grid.line(0).hasPrefix(String("Terminal too small".prefix(width))))
    }

    @Test("the field view: questions, then Ist and Soll side by side or stacked", arguments: [(80, 24), (60, 20), (240, 70)])
    func field(width: Int, height: Int) {
        var state = BoardFixtures.state(width: width, height: height)
        BoardFixtures.press([.enter, .character("j"), .character("l")], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "field-\(width)x\(height)")
    }

    @Test("long cards wrap and the focused card is scrolled into view")
    func longCards() {
        var workshop = BoardFixtures.joinery
        workshop[topic: 3] = Field(topic: 3, ist: (1...30).map { Card("Karte \($0): " + String(repeating: "lang ", count: $0 % 4 * 6)) })
        var state = BoardFixtures.state(workshop, width: 80, height: 24)
        BoardFixtures.press([.tab, .tab, .enter] + Array(repeating: .down, count: 29), &state)
        let text = screen(state)
        assertSnapshot(of: text, as: .lines, named: "field-scrolled")
        #expect(text.contains("• Karte 30"))
        #expect(!text.contains("• Karte 1:"))
    }

    @Test("an empty field is flagged in words in its view")
    func emptyField() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.character("g"), .character("4"), .enter, .enter], &state)
        let text = screen(state)
        #expect(text.contains("Customer › 4 Learning-relationship information  [EMPTY]"))
        #expect(text.contains("(no card – a adds one)"))
    }

    @Test("help lists every key of the key table", arguments: [Language.en, .de])
    func help(language: Language) {
        var state = BoardFixtures.state(language: language, width: 120, height: 40)
        BoardFixtures.press([.character("?")], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "help-\(language.rawValue)")
        let all = HelpView.lines(language, keymap: .defaults, width: 1_000).map(\.text).joined(separator: "\n")
        for binding in KeyTable.bindings {
            #expect(all.contains(binding.description[language]))
            #expect(all.contains(binding.keys.map { $0.label(in: language) }.joined(separator: " ")))
        }
    }

    @Test("help scrolls at 80×24")
    func helpScrolled() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.character("?")] + Array(repeating: .character("j"), count: 30), &state)
        assertSnapshot(of: screen(state), as: .lines, named: "help-scrolled")
    }

    @Test("at 80 columns a long description goes on under itself, nothing is cut; scrolling stops at the last line",
          arguments: [Language.en, .de])
    func helpWrapped(language: Language) {
        var state = BoardFixtures.state(language: language, width: 80, height: 24)
        BoardFixtures.press([.character("?")], &state)
        let lines = HelpView.lines(language, keymap: state.keymap, width: 80).map(\.text)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for binding in KeyTable.bindings {
            #expect(words.contains(binding.description[language].split(separator: " ").joined(separator: " ")))
        }
        let long = KeyTable.bindings.first { DisplayWidth.of($0.description[language]) > 80 - 25 }!
        let keys = long.keys.map { $0.label(in: language) }.joined(separator: " ")
        let row = lines.firstIndex { $0.hasPrefix("  " + keys + " ") }!
        #expect(lines[row + 1].hasPrefix(String(repeating: " ", count: 25)), "“\(long.description[language])” goes on below")
        BoardFixtures.press(Array(repeating: .character("j"), count: 500), &state)
        let bottom = screen(state)
        #expect(bottom.contains(lines.last!))
        BoardFixtures.press([.character("k")], &state)
        #expect(screen(state) != bottom, "one k after scrolling past the end moves up at once")
    }

    @Test("dialogs ask in a box with their keys", arguments: ["quit", "export", "comments"])
    func dialogs(kind: String) {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "joinery.yaml", commentLines: [1, 3], language: .en,
                               width: 80, height: 24)
        switch kind {
        case "quit": BoardFixtures.press([.enter, .character("d"), .character("q")], &state)
        case "export": BoardFixtures.press([.character("x")], &state)
        default: BoardFixtures.press([.control("s")], &state)
        }
        assertSnapshot(of: screen(state), as: .lines, named: "dialog-\(kind)")
    }

    @Test("the line editor shows its label, text and cursor above the status line")
    func prompt() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.character("/")], &state)
        BoardFixtures.type("Grüße 漢字", &state)
        BoardFixtures.press([.left], &state)
        let grid = BoardRenderer.render(state)
        #expect(grid.line(22) == "/Grüße 漢字")
        #expect(grid.cursor == ScreenGrid.Point(x: 9, y: 22), "the cursor stands before 字, two columns wide each")
    }

    @Test("a card is typed where it stands: highlighted in its column, wrapped, the cursor in it; the row below names the mode")
    func cardInPlace() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.enter, .character("l"), .character("a")], &state)
        BoardFixtures.type("Grüße 漢字 und eine lange Zeile, die umbricht", &state)
        BoardFixtures.press([.home, .right, .right], &state)
        let grid = BoardRenderer.render(state)
        let rows = (0..<24).map { grid.line($0) }
        let first = rows.firstIndex { $0.contains("✎ Grüße 漢字 und eine") }
        #expect(first != nil, "\(rows.joined(separator: "\n"))")
        if let first { #expect(rows[first + 1].contains("umbricht")) }
        #expect(grid.line(22).hasPrefix("New Soll card: ✎ typing in the card above – Enter stores · Esc cancels · Ctrl-P"))
        #expect(grid.cursor?.y == first, "the cursor is in the card")
        let mark = first.flatMap { rows[$0].firstIndex(of: "✎") }.map { rows[first!].distance(from: rows[first!].startIndex, to: $0) }
        #expect(grid.cursor?.x == mark.map { $0 + 4 }, "after “Gr”: two columns past the mark and its space")
        BoardFixtures.press([.escape, .character("e")], &state)
        #expect(BoardRenderer.render(state).text.contains("✎ Offer any RAL colour"), "editing shows the card itself")
    }

    @Test("the metadata form")
    func metadata() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.character("i")], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "metadata")
    }

    @Test("the status line: file, saved or modified, completeness of the board and of the focused cluster, help key, last message")
    func statusLine() {
        var state = BoardFixtures.state(width: 120, height: 40)
        #expect(BoardRenderer.render(state).line(39) == " workshop.yaml  saved  Ist 13/20  Soll 9/20  empty: 7  Customer 3/4·2/4"
            + String(repeating: " ", count: 42) + "? help")
        BoardFixtures.press([.enter, .character("d")], &state)
        #expect(BoardRenderer.render(state).line(39).hasPrefix(" workshop.yaml  ● modified  Ist 13/20  Soll 9/20  empty: 7  Customer 3/4·2/4  │ Card deleted (u: undo)"))
        let fresh = BoardState(workshop: Workshop(), filePath: "new.yaml", fileExists: false, language: .de, width: 80, height: 24)
        #expect(BoardRenderer.render(fresh).line(23).hasPrefix(" new.yaml  ● neu  Ist 0/20  Soll 0/20  leer: 20"))
    }

    @Test("selection and flags do not rest on colour: the focused field is reversed and flags are marks")
    func noColourOnlyMeaning() {
        var state = BoardFixtures.state(width: 80, height: 24)
        BoardFixtures.press([.character("g"), .character("4"), .enter], &state)
        let grid = BoardRenderer.render(state)
        let area = state.layout.fieldAreas[3]
        #expect(grid[area.x + 3, area.y].style.reverse)
        #expect(grid.line(area.y).contains(" 4 Learning-rel… 0/0 !│"))
        #expect(grid.line(area.y + 1).contains("(empty)"))
        #expect(!grid[area.x + 3, state.layout.fieldAreas[0].y].style.reverse)
    }

    @Test("card text with escape sequences is shown with visible stand-ins")
    func escapes() {
        var workshop = Workshop()
        workshop[topic: 1] = Field(topic: 1, ist: [Card("\u{1B}]0;owned\u{07}\u{1B}[2J")])
        var state = BoardFixtures.state(workshop, width: 80, height: 24)
        #expect(BoardRenderer.render(state).text.contains("^[]0;owned^G^[[2J"))
        BoardFixtures.press([.enter], &state)
        let grid = BoardRenderer.render(state)
        #expect(grid.text.contains("• ^[]0;owned^G^[[2J"))
        #expect(!grid.text.unicodeScalars.contains { $0 != "\n" && VisibleText.isControl($0) })
    }
}
