import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: the parking lot")
struct ParkingLotReducerTests {
    @Test("Ctrl-P parks a card's typed text; in quick capture the next card starts")
    func park() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("a")], &state)
        BoardFixtures.type("Messe 2027?", &state)
        BoardFixtures.press([.control("p")], &state)
        #expect(state.workshop.parked == [Card("Messe 2027?")])
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Parked: “Messe 2027?” (L shows the parking lot)")
        #expect(state.workshop[topic: 1] == BoardFixtures.joinery[topic: 1], "the field is untouched")
        BoardFixtures.press([.escape, .character("P"), .control("g")], &state)
        BoardFixtures.type("Rabatte", &state)
        BoardFixtures.press([.control("p")], &state)
        #expect(state.workshop.parked.last == Card("Rabatte", method: .groupWork), "captured points keep the method")
        guard case .prompt(let prompt) = state.overlay, case .capture = prompt.purpose else {
            Issue.record("capture goes on")
            return
        }
        #expect(prompt.editor.text.isEmpty)
    }

    @Test("the lot lists its points; I and S move the focused one into a field, undoably; d deletes, a adds, e edits")
    func view() {
        var workshop = BoardFixtures.joinery
        workshop.parked = [Card("Messe 2027?"), Card("Rabatte")]
        var state = BoardFixtures.state(workshop)
        BoardFixtures.press([.character("L")], &state)
        #expect(state.screen == .parkingLot)
        let text = BoardRenderer.render(state).text
        #expect(text.contains("Parking lot (2)  ·  a add · I into Ist · S into Soll · d delete · Esc back"))
        #expect(text.contains("• Messe 2027?"))
        BoardFixtures.press([.down, .character("S")], &state)
        BoardFixtures.type("8", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop.parked == [Card("Messe 2027?")])
        #expect(state.workshop[topic: 8].soll == [Card("Rabatte")])
        #expect(state.message?.text == "Moved to field 8 New technologies (Soll)")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop == workshop)
        BoardFixtures.press([.character("a")], &state)
        BoardFixtures.type("Neu", &state)
        BoardFixtures.press([.enter, .character("e"), .control("u")], &state)
        BoardFixtures.type("Neuer Text", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop.parked.last == Card("Neuer Text"))
        BoardFixtures.press([.character("d")], &state)
        #expect(state.workshop.parked == workshop.parked)
        BoardFixtures.press([.escape], &state)
        #expect(state.screen == .board)
    }

    @Test("an empty lot says how to fill it")
    func empty() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("L")], &state)
        #expect(BoardRenderer.render(state).text.contains("Nothing set aside yet. In any card input, Ctrl-P puts the text here."))
        BoardFixtures.press([.character("I")], &state)
        #expect(state.message?.text == "The parking lot is empty")
    }
}
