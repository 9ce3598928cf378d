import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: when the recovery file is written")
struct RecoveryWriteReducerTests {
    @Test("an unsaved change goes to the recovery file at the next tick, then at most once a second; a save removes it and nothing follows")
    func writesAndStops() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        #expect(BoardReducer.reduce(&state, .tick(10)) == [.writeRecovery(state.workshop)])
        #expect(BoardReducer.reduce(&state, .tick(10.2)).isEmpty, "nothing new")
        BoardFixtures.press([.character("d")], &state)
        #expect(BoardReducer.reduce(&state, .tick(10.5)).isEmpty, "not twice within a second")
        #expect(BoardReducer.reduce(&state, .tick(11.1)) == [.writeRecovery(state.workshop)])
        #expect(BoardReducer.reduce(&state, .file(.saveSucceeded(state.workshop))) == [.removeRecovery])
        #expect(BoardReducer.reduce(&state, .tick(13)).isEmpty, "a saved workshop needs no recovery file")
    }

    @Test("a card still being typed goes to the recovery file within a second, as it would be stored; cancelled, the file goes")
    func typingIsRecovered() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("a")], &state)
        BoardFixtures.type("Halb getippt", &state)
        let effects = BoardReducer.reduce(&state, .tick(10))
        guard case .writeRecovery(let recovered)? = effects.first else {
            Issue.record("the typing is written: \(effects)")
            return
        }
        #expect(recovered[topic: 1].ist.map(\.text).contains("Halb getippt"))
        #expect(state.workshop == BoardFixtures.joinery, "the board's own workshop is not changed by it")
        BoardFixtures.press([.escape], &state)
        #expect(BoardReducer.reduce(&state, .tick(11.5)) == [.removeRecovery])
        BoardFixtures.press([.character("e"), .end], &state)
        BoardFixtures.type(" – ergänzt", &state)
        guard case .writeRecovery(let edited)? = BoardReducer.reduce(&state, .tick(13)).first else {
            Issue.record("an edit being typed is written too")
            return
        }
        #expect(edited[topic: 1].ist[0].text.hasSuffix(" – ergänzt"))
    }

    @Test("time counted in presentation mode is no edit to recover; a board that only watches keeps no recovery file")
    func nothingToRecover() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("P")], &state)
        _ = BoardReducer.reduce(&state, .tick(0))
        #expect(BoardReducer.reduce(&state, .tick(5)).isEmpty)
        var watching = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", language: .en, follows: true)
        var disk = BoardFixtures.joinery
        disk[topic: 3].ist.append(Card("neu"))
        _ = BoardReducer.reduce(&watching, .file(.changedOnDisk(disk)))
        #expect(BoardReducer.reduce(&watching, .tick(5)).isEmpty)
    }
}
