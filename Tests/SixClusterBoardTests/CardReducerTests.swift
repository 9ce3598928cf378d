import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: cards, undo and redo")
struct CardReducerTests {
    /// The joinery workshop with field 1 open.
    private func fieldOne() -> BoardState {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter], &state)
        return state
    }

    private func texts(_ state: BoardState, _ column: Situation, topic: Int = 1) -> [String] {
        state.workshop[topic: topic][column].map(\.text)
    }

    @Test("a adds a card after the focused one with umlauts and CJK; Enter confirms")
    func add() {
        var state = fieldOne()
        BoardFixtures.press([.character("l"), .character("a")], &state)
        BoardFixtures.type("Größere Türen 漢字 🚪", &state)
        BoardFixtures.press([.enter], &state)
        #expect(texts(state, .soll) == ["Offer any RAL colour for a surcharge, keep six colours as the fast lane", "Größere Türen 漢字 🚪"])
        #expect(state.location == CardLocation(topic: 1, column: .soll, index: 1))
        #expect(state.isModified)
    }

    @Test("Esc cancels the editor and a blank text adds no card")
    func cancelAndBlank() {
        var state = fieldOne()
        BoardFixtures.press([.character("a"), .character("x"), .escape, .character("o"), .character(" "), .enter], &state)
        #expect(texts(state, .ist).count == 2)
        #expect(state.message?.text == "Blank text: no card added")
        #expect(!state.isModified)
    }

    @Test("Enter or e edits the focused card; Ctrl-U clears the line")
    func edit() {
        var state = fieldOne()
        BoardFixtures.press([.character("j"), .character("e"), .control("u")], &state)
        BoardFixtures.type("Any colour", &state)
        BoardFixtures.press([.enter], &state)
        #expect(texts(state, .ist)[1] == "Any colour")
        BoardFixtures.press([.enter, .end, .character("!"), .enter], &state)
        #expect(texts(state, .ist)[1] == "Any colour!")
    }

    @Test("d deletes, J/K reorder, m moves to the other column, c copies Ist to Soll")
    func reorderMoveCopy() {
        var state = fieldOne()
        let first = texts(state, .ist)[0]
        let second = texts(state, .ist)[1]
        BoardFixtures.press([.character("J")], &state)
        #expect(texts(state, .ist) == [second, first])
        #expect(state.cardIndex == 1)
        BoardFixtures.press([.character("K")], &state)
        #expect(texts(state, .ist) == [first, second])
        BoardFixtures.press([.character("c")], &state)
        #expect(texts(state, .soll).last == first)
        #expect(state.column == .ist, "copying keeps the focus")
        BoardFixtures.press([.character("m")], &state)
        #expect(texts(state, .ist) == [second])
        #expect(texts(state, .soll).suffix(2) == [first, first])
        #expect(state.location == CardLocation(topic: 1, column: .soll, index: 2))
        BoardFixtures.press([.character("d")], &state)
        #expect(texts(state, .soll).count == 2)
        #expect(state.message?.text == "Card deleted (u: undo)")
    }

    @Test("b sets the author, M cycles the method")
    func authorAndMethod() {
        var state = fieldOne()
        BoardFixtures.press([.character("j"), .character("b")], &state)
        BoardFixtures.type("Jana", &state)
        BoardFixtures.press([.enter, .character("M"), .character("M")], &state)
        let card = state.workshop[topic: 1].ist[1]
        #expect(card.author == "Jana")
        #expect(card.method == .brainstorming)
        BoardFixtures.press(Array(repeating: .character("M"), count: 5), &state)
        #expect(state.workshop[topic: 1].ist[1].method == nil)
    }

    @Test("undo and redo cover every change, without limit, and show where it happened")
    func undoRedo() {
        var state = fieldOne()
        let original = state.workshop
        for n in 0..<150 {
            BoardFixtures.press([.character("a")], &state)
            BoardFixtures.type("card \(n)", &state)
            BoardFixtures.press([.enter], &state)
        }
        BoardFixtures.press([.character("m"), .character("d"), .tab, .tab], &state)
        let changed = state.workshop
        #expect(state.undoDepth == 152)
        BoardFixtures.press(Array(repeating: .character("u"), count: 152), &state)
        #expect(state.workshop == original)
        #expect(state.focusTopic == 1)
        #expect(!state.isModified)
        BoardFixtures.press([.character("u")], &state)
        #expect(state.message?.text == "Nothing to undo")
        BoardFixtures.press(Array(repeating: .control("r"), count: 152), &state)
        #expect(state.workshop == changed)
        BoardFixtures.press([.control("r")], &state)
        #expect(state.message?.text == "Nothing to redo")
    }

    @Test("a new change after undo drops the redo steps")
    func redoDropped() {
        var state = fieldOne()
        BoardFixtures.press([.character("d"), .character("u"), .character("j"), .character("d"), .control("r")], &state)
        #expect(state.message?.text == "Nothing to redo")
    }

    @Test("pasting several lines makes one card per line; a single line goes into the editor")
    func paste() {
        var state = fieldOne()
        BoardFixtures.press([.character("l"), .character("a")], &state)
        BoardFixtures.paste("eins\n\nzwei\r\n  drei 漢  \n", &state)
        #expect(texts(state, .soll).suffix(3) == ["eins", "zwei", "drei 漢"])
        #expect(state.overlay == nil)
        BoardFixtures.press([.character("u")], &state)
        #expect(texts(state, .soll).count == 1, "the paste is one undo step")
        BoardFixtures.press([.character("a")], &state)
        BoardFixtures.paste("one line", &state)
        BoardFixtures.press([.character("!"), .enter], &state)
        #expect(texts(state, .soll).last == "one line!")
        BoardFixtures.paste("direkt\neingefügt", &state)
        #expect(texts(state, .soll).suffix(2) == ["direkt", "eingefügt"])
    }
}
