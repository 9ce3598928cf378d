import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Presentation mode and quick capture")
struct PresentationReducerTests {
    private func presenting(_ workshop: Workshop = BoardFixtures.joinery) -> BoardState {
        var state = BoardFixtures.state(workshop, width: 80, height: 24)
        BoardFixtures.press([.character("P")], &state)
        return state
    }

    @Test("P opens the focused field full-screen on the Ist capture line; Esc leaves to the field view, F5 works too")
    func toggle() {
        var state = presenting()
        #expect(state.screen == .presentation)
        #expect(state.column == .ist && state.cardIndex == state.focusedField.ist.count)
        #expect(state.isOnCaptureLine)
        BoardFixtures.press([.escape], &state)
        #expect(state.screen == .field)
        #expect(state.cardIndex == state.focusedField.ist.count - 1, "the card index is back inside the column")
        BoardFixtures.press([.function(5)], &state)
        #expect(state.screen == .presentation)
    }

    @Test("typing starts a card in the focused column; Enter stores it at the end and starts the next; a blank line stops")
    func quickCapture() {
        var state = presenting()
        let before = state.focusedField.ist.count
        BoardFixtures.type("Größere Rahmen", &state)
        guard case .prompt(let prompt) = state.overlay, case .capture(1, .ist) = prompt.purpose else {
            Issue.record("typing opens quick capture")
            return
        }
        #expect(prompt.editor.text == "Größere Rahmen")
        BoardFixtures.press([.enter], &state)
        BoardFixtures.type("漢字 und ß", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.focusedField.ist.suffix(2).map(\.text) == ["Größere Rahmen", "漢字 und ß"])
        #expect(state.focusedField.ist.count == before + 2)
        guard case .prompt(let next) = state.overlay, case .capture = next.purpose else {
            Issue.record("after Enter the next card is being captured")
            return
        }
        #expect(next.editor.text.isEmpty)
        BoardFixtures.press([.enter], &state)
        #expect(state.overlay == nil, "Enter on a blank line ends capture")
        #expect(state.focusedField.ist.count == before + 2)
        BoardFixtures.press([.control("z")], &state)
        #expect(state.focusedField.ist.count == before + 1, "each captured card is one undo step")
        #expect(state.cardIndex <= state.focusedField.ist.count, "the focus stays inside the column after undo")
        BoardFixtures.press([.pageDown, .control("z")], &state)
        #expect(state.focusTopic == 1, "undo shows the field where the change happened")
    }

    @Test("letters that are commands elsewhere are the room's words in presentation mode")
    func lettersAreText() {
        var state = presenting()
        let effects = BoardFixtures.press([.character("q"), .character("u"), .character("?")], &state)
        #expect(effects.isEmpty)
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("q starts a card instead of quitting")
            return
        }
        #expect(prompt.editor.text == "qu?")
        #expect(state.screen == .presentation)
    }

    @Test("the column follows the arrows; captured Soll cards land in Soll")
    func columns() {
        var state = presenting()
        BoardFixtures.press([.right], &state)
        #expect(state.column == .soll && state.isOnCaptureLine)
        BoardFixtures.type("Ziel", &state)
        BoardFixtures.press([.enter, .escape], &state)
        #expect(state.focusedField.soll.last?.text == "Ziel")
    }

    @Test("Ctrl-G and Ctrl-B give captured cards a method and an author, kept for the following cards")
    func captureDefaults() {
        var state = presenting()
        BoardFixtures.press([.control("g"), .control("g")], &state)
        #expect(state.capture.method == .brainstorming)
        BoardFixtures.type("Erste", &state)
        BoardFixtures.press([.control("b")], &state)
        guard case .prompt(let author) = state.overlay, case .captureAuthor(let resume) = author.purpose else {
            Issue.record("Ctrl-B asks for the author")
            return
        }
        #expect(resume == "Erste")
        BoardFixtures.type("Team A", &state)
        BoardFixtures.press([.enter], &state)
        guard case .prompt(let back) = state.overlay, case .capture = back.purpose else {
            Issue.record("after the author, capture goes on with the text typed before")
            return
        }
        #expect(back.editor.text == "Erste")
        BoardFixtures.press([.enter], &state)
        BoardFixtures.type("Zweite", &state)
        BoardFixtures.press([.enter], &state)
        let cards = state.focusedField.ist.suffix(2)
        #expect(cards.map(\.method) == [.brainstorming, .brainstorming])
        #expect(cards.map(\.author) == ["Team A", "Team A"])
    }

    @Test("PgDn, PgUp and Tab walk the fields 1 → 20 from any start; Ctrl-N goes to the next empty field")
    func fields() {
        var state = presenting()
        BoardFixtures.press([.pageDown, .pageDown], &state)
        #expect(state.focusTopic == 3 && state.screen == .presentation)
        #expect(state.isOnCaptureLine, "a new field opens on its capture line")
        BoardFixtures.press([.pageUp, .tab], &state)
        #expect(state.focusTopic == 3)
        BoardFixtures.press([.control("n")], &state)
        #expect(state.focusTopic == BoardFixtures.joinery.completeness.emptyTopics.first { $0 > 3 })
        BoardFixtures.press(Array(repeating: .pageDown, count: 20), &state)
        #expect(state.screen == .presentation)
    }

    @Test("a selected card takes + and - and Enter edits it; other typing starts a new card")
    func selectedCard() {
        var state = presenting(BoardFixtures.bicycle)
        BoardFixtures.press([.right, .up], &state)
        #expect(!state.isOnCaptureLine)
        let index = state.cardIndex
        BoardFixtures.press([.character("+"), .character("+"), .character("+"), .character("-")], &state)
        #expect(state.focusedField.soll[index].votes == 2)
        BoardFixtures.press([.character("x")], &state)
        guard case .prompt(let prompt) = state.overlay, case .capture(_, .soll) = prompt.purpose else {
            Issue.record("other typing starts a new card")
            return
        }
        #expect(prompt.editor.text == "x")
    }

    @Test("a multi-line paste during capture becomes one card per line and capture goes on")
    func paste() {
        var state = presenting()
        let before = state.focusedField.ist.count
        BoardFixtures.type("a", &state)
        BoardFixtures.paste("b\nc", &state)
        #expect(state.focusedField.ist.suffix(3).map(\.text) == ["a", "b", "c"], "the typed start is a card of its own")
        #expect(state.focusedField.ist.count == before + 3)
        guard case .prompt(let prompt) = state.overlay, case .capture = prompt.purpose else {
            Issue.record("capture goes on after a paste")
            return
        }
        #expect(prompt.editor.text.isEmpty)
    }

    @Test("a read-only board presents but refuses to capture")
    func readOnly() {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", language: .en, follows: true)
        BoardFixtures.press([.character("P"), .character("a")], &state)
        #expect(state.screen == .presentation)
        #expect(state.overlay == nil)
        #expect(state.message?.isError == true)
    }
}
