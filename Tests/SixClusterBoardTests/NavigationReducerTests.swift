import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: moving around the board")
struct NavigationReducerTests {
    @Test("arrows and h j k l move between fields by their place on the screen", arguments: [(80, 24), (120, 40), (240, 70)])
    func spatial(width: Int, height: Int) {
        var state = BoardFixtures.state(width: width, height: height)
        // Each move lands on one of the fields that stand in that direction.
        let moves: [(Key, Set<Int>)] = [
            (.right, [6]), (.right, [12]), (.down, [13]), (.down, [14]), (.down, [15]), (.left, [9, 10, 11]),
            (.character("h"), [3, 4, 5]), (.character("j"), [4, 5, 17]), (.character("j"), [5, 17]),
            (.character("j"), [17]), (.character("l"), [18]), (.right, [19]), (.right, [20]),
            (.character("k"), [14, 15, 16]), (.up, [12, 13, 14, 15]),
        ]
        for (key, expected) in moves {
            let before = state.focusTopic
            BoardFixtures.press([key], &state)
            #expect(expected.contains(state.focusTopic), "\(key.label) from \(before) went to \(state.focusTopic)")
        }
    }

    @Test("at the edge an arrow leaves the focus where it is")
    func edges() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.up, .left], &state)
        #expect(state.focusTopic == 1)
        BoardFixtures.press([.character("g"), .character("2"), .character("0"), .enter, .right, .down], &state)
        #expect(state.focusTopic == 20)
    }

    @Test("Tab and Shift-Tab go through the fields 1 → 20 and around")
    func tabOrder() {
        var state = BoardFixtures.state()
        BoardFixtures.press(Array(repeating: .tab, count: 19), &state)
        #expect(state.focusTopic == 20)
        BoardFixtures.press([.tab], &state)
        #expect(state.focusTopic == 1)
        BoardFixtures.press([.backTab], &state)
        #expect(state.focusTopic == 20)
    }

    @Test("g, a number and Enter jump to a field; a wrong number says so")
    func jump() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("g"), .character("1"), .character("2"), .enter], &state)
        #expect(state.focusTopic == 12)
        BoardFixtures.press([.character("g"), .character("4"), .character("2"), .enter], &state)
        #expect(state.focusTopic == 12)
        #expect(state.message?.text == "No field “42”: fields are 1 to 20")
        #expect(state.message?.isError == true)
    }

    @Test("Enter opens the field view, Esc goes back; Tab in the field view changes the field")
    func openAndBack() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.tab, .enter], &state)
        #expect(state.screen == .field)
        #expect(state.focusTopic == 2)
        BoardFixtures.press([.tab], &state)
        #expect(state.screen == .field)
        #expect(state.focusTopic == 3)
        BoardFixtures.press([.escape], &state)
        #expect(state.screen == .board)
    }

    @Test("in the field view h/l switch columns and j/k move between cards, staying inside the column")
    func fieldMoves() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("j"), .character("j"), .character("j")], &state)
        #expect(state.location == CardLocation(topic: 1, column: .ist, index: 1))
        BoardFixtures.press([.character("l")], &state)
        #expect(state.location == CardLocation(topic: 1, column: .soll, index: 0))
        BoardFixtures.press([.character("k"), .left], &state)
        #expect(state.location == CardLocation(topic: 1, column: .ist, index: 0))
    }

    @Test("in a small terminal up and down walk the list of fields")
    func compact() {
        var state = BoardFixtures.state(width: 60, height: 20)
        BoardFixtures.press([.down, .down, .character("j")], &state)
        #expect(state.focusTopic == 4)
        BoardFixtures.press([.up], &state)
        #expect(state.focusTopic == 3)
    }

    @Test("? opens help, Esc and q close it; j/k scroll it")
    func help() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("?"), .character("j"), .character("j")], &state)
        #expect(state.overlay == .help(scroll: 2))
        BoardFixtures.press([.character("q")], &state)
        #expect(state.overlay == nil)
        #expect(BoardFixtures.press([.character("?"), .escape], &state).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test("i opens the workshop details; Enter edits an entry and u undoes it")
    func metadata() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("i"), .character("j"), .enter, .control("u")], &state)
        BoardFixtures.type("Hollis & Reed Ltd", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop.metadata.organisation == "Hollis & Reed Ltd")
        BoardFixtures.press(Array(repeating: .down, count: 6) + [.enter], &state)
        #expect(state.workshop.metadata.language == .de)
        BoardFixtures.press([.character("u"), .character("u")], &state)
        #expect(state.workshop.metadata == BoardFixtures.joinery.metadata)
        BoardFixtures.press([.escape], &state)
        #expect(state.screen == .board)
    }

    @Test("a resize changes the layout and keeps the focus")
    func resize() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.tab, .tab], &state)
        _ = BoardReducer.reduce(&state, .input(.resize(width: 60, height: 20)))
        #expect(state.layout.mode == .compact)
        _ = BoardReducer.reduce(&state, .input(.resize(width: 1, height: 1)))
        #expect(state.layout.mode == .tooSmall)
        _ = BoardReducer.reduce(&state, .input(.resize(width: 120, height: 40)))
        #expect(state.layout.mode == .full)
        #expect(state.focusTopic == 3)
    }
}

@Suite("Reducer: walking the flagged fields")
struct FlaggedFieldsReducerTests {
    @Test("! goes to the next empty field and ~ to the next field without a target, in order and around")
    func walk() {
        var state = BoardFixtures.state()
        var empty: [Int] = []
        for _ in 0..<8 {
            BoardFixtures.press([.character("!")], &state)
            empty.append(state.focusTopic)
        }
        #expect(empty == [4, 8, 10, 13, 15, 18, 20, 4])
        BoardFixtures.press([.character("~")], &state)
        #expect(state.focusTopic == 9)
        BoardFixtures.press([.enter, .character("~")], &state)
        #expect(state.screen == .field)
        #expect(state.focusTopic == 12)
    }

    @Test("a complete board says so")
    func complete() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, language: .de)
        BoardFixtures.press([.character("!")], &state)
        #expect(state.focusTopic == 1)
        #expect(state.message?.text == "Kein leeres Feld mehr")
    }
}
