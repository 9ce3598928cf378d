import Testing
import SixClusterModel
@testable import SixClusterBoard

/// A board started with `--author NAME` is that person's: the cards typed there carry the name, unless the
/// facilitator's capture author speaks for the room; the names of the people present are offered for owners.
@Suite("Reducer: the person at the board")
struct WriterReducerTests {
    private func board(writer: String?) -> BoardState {
        var state = BoardFixtures.state()
        state.writer = writer
        return state
    }

    @Test("a card added, pasted, captured or parked at Ben's board is by Ben; without a name, by nobody")
    func cardsCarryTheName() {
        var state = board(writer: "Ben")
        BoardFixtures.press([.enter, .character("a")], &state)
        BoardFixtures.type("Neu", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.focusedCard?.author == "Ben")
        BoardFixtures.paste("Eins\nZwei", &state)
        #expect(state.workshop[topic: 1].ist.filter { $0.author == "Ben" }.map(\.text) == ["Neu", "Eins", "Zwei"])
        BoardFixtures.press([.escape, .function(5)], &state)
        BoardFixtures.type("Erfasst", &state)
        BoardFixtures.press([.enter, .escape], &state)
        #expect(state.workshop[topic: 1].ist.last?.text == "Erfasst")
        #expect(state.workshop[topic: 1].ist.last?.author == "Ben")
        var nobody = board(writer: nil)
        BoardFixtures.press([.enter, .character("a")], &nobody)
        BoardFixtures.type("Neu", &nobody)
        BoardFixtures.press([.enter], &nobody)
        #expect(nobody.focusedCard?.author == nil)
    }

    @Test("the facilitator's capture author overrides the board's name")
    func captureAuthorWins() {
        var state = board(writer: "Mia")
        BoardFixtures.press([.function(5), .control("b")], &state)
        BoardFixtures.type("Gruppe A", &state)
        BoardFixtures.press([.enter], &state)
        BoardFixtures.type("Karte der Gruppe", &state)
        BoardFixtures.press([.enter, .escape], &state)
        #expect(state.workshop[topic: 1].ist.last?.author == "Gruppe A")
    }

    @Test("Tab in the owner prompt offers the people at the other boards too")
    func ownersFromPresence() {
        var state = board(writer: "Mia")
        _ = BoardReducer.reduce(&state, .sharing(.presence([BoardPresence(pid: 2, name: "Zoltan", topic: 1, place: .field)])))
        BoardFixtures.press([.enter, .character("l"), .character("O"), .control("u")], &state)
        BoardFixtures.type("Zo", &state)
        BoardFixtures.press([.tab], &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("the owner prompt is open"); return }
        #expect(prompt.editor.text == "Zoltan")
        #expect(state.people.contains("Mia"))
    }
}
