import SnapshotTesting
import Testing
import SixClusterModel
@testable import SixClusterBoard

/// The facilitation screens as text at 80×24 and 240×70, compared with `__Snapshots__/PresentationScreenTests/`.
@Suite("Facilitation screens as text")
struct PresentationScreenTests {
    private func screen(_ state: BoardState) -> String {
        BoardRenderer.render(state).text
    }

    /// The bicycle example presenting field 5, whose Soll cards got dots and a priority.
    private func presenting(width: Int, height: Int) -> BoardState {
        var state = BoardFixtures.state(BoardFixtures.bicycle, language: .de, width: width, height: height)
        BoardFixtures.press([.character("g"), .character("5"), .enter, .enter, .right, .character("+"), .character("+"),
                             .character("+"), .character("p"), .down, .character("+")], &state)
        _ = BoardReducer.reduce(&state, .tick(0))
        BoardFixtures.press([.character("t"), .character("f"), .control("u"), .character("1"), .character("0"), .enter,
                             .character("P")], &state)
        _ = BoardReducer.reduce(&state, .tick(75))
        return state
    }

    @Test("presentation mode: band with cluster, place and timebox, large title, questions, two columns",
          arguments: [(80, 24), (240, 70), (120, 40)])
    func presentation(width: Int, height: Int) {
        let state = presenting(width: width, height: height)
        let text = screen(state)
        assertSnapshot(of: text, as: .lines, named: "presentation-\(width)x\(height)")
        #expect(text.contains("DIFFERENZIERUNG  ·  Feld 5 von 20"))
        #expect(text.contains("⏱ 08:45 Feld 5"))
        #expect(text.contains("— ● 1"), "dots show under the card")
        #expect(text.contains("› tippen: neue Karte"))
        #expect(text.hasSuffix("F1 Hilfe"), "? types into a card here, so help is named by F1")
    }

    @Test("an action's owner, due date and status stand under its card in presentation mode")
    func actionStatus() {
        var workshop = BoardFixtures.bicycle
        workshop[topic: 5].soll[0].owner = "Jana"
        workshop[topic: 5].soll[0].due = "2027-03-31"
        workshop[topic: 5].soll[0].status = .doing
        var state = BoardFixtures.state(workshop, language: .de, width: 120, height: 40)
        BoardFixtures.press([.character("g"), .character("5"), .enter, .character("P")], &state)
        #expect(screen(state).contains("verantwortlich: Jana, bis 2027-03-31, in Arbeit"))
    }

    @Test("quick capture shows the words where the card will go and the method and author in the editor's label")
    func capture() {
        var state = presenting(width: 80, height: 24)
        BoardFixtures.press([.control("g"), .control("g")], &state)
        BoardFixtures.type("Farbwahl im Laden", &state)
        let text = screen(state)
        assertSnapshot(of: text, as: .lines, named: "capture-80x24")
        #expect(text.contains("› Farbwahl im Laden"))
        #expect(BoardRenderer.render(state).line(22) == "Neue Soll-Karte (Brainstorming): Farbwahl im Laden")
    }

    @Test("the timebox panel lists its keys and what runs", arguments: [(80, 24), (240, 70)])
    func timerPanel(width: Int, height: Int) {
        var state = presenting(width: width, height: height)
        BoardFixtures.press([.escape, .character("t")], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "timer-\(width)x\(height)")
    }

    @Test("the closing review: the banner on each flagged field, then the dialog that offers the export",
          arguments: [(80, 24), (240, 70)])
    func review(width: Int, height: Int) {
        var state = BoardFixtures.state(width: width, height: height)
        BoardFixtures.press([.character("R"), .tab], &state)
        assertSnapshot(of: screen(state), as: .lines, named: "review-\(width)x\(height)")
        BoardFixtures.press(Array(repeating: .tab, count: 10), &state)
        assertSnapshot(of: screen(state), as: .lines, named: "review-done-\(width)x\(height)")
    }

    @Test("a timebox that ran out is loud in the status line, in reverse video")
    func timeUp() {
        var state = presenting(width: 80, height: 24)
        _ = BoardReducer.reduce(&state, .tick(601))
        let grid = BoardRenderer.render(state)
        #expect(grid.line(0).hasSuffix("⏰ ZEIT UM +00:01 Feld 5"))
        let x = grid.line(0).count - 5
        #expect(grid[x, 0].style == Style(.empty, bold: true, reverse: true))
    }

    @Test("every facilitation screen draws at any size without a crash, the tiny ones as the short notice",
          arguments: [(24, 6), (30, 8), (40, 12), (60, 20), (79, 23), (100, 30), (300, 100)])
    func anySize(width: Int, height: Int) {
        var state = presenting(width: 80, height: 24)
        _ = BoardReducer.reduce(&state, .input(.resize(width: width, height: height)))
        for keys: [Key] in [[], [.character("x")], [.escape, .escape, .character("t")], [.escape, .escape, .character("R")]] {
            BoardFixtures.press(keys, &state)
            let grid = BoardRenderer.render(state)
            #expect(grid.width == width && grid.height == height)
        }
        _ = BoardReducer.reduce(&state, .input(.resize(width: 10, height: 3)))
        #expect(BoardRenderer.render(state).line(0).hasPrefix("Fenster zu"))
    }
}
