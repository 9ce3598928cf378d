import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: Ctrl-C cancels like Esc")
struct CancelReducerTests {
    @Test("Ctrl-C in a prompt closes it without a change, and without quitting", arguments: [
        [Key.enter, .enter, .character("a")],
        [Key.character("/")],
        [Key.character("g")],
        [Key.character("w")],
        [Key.character("P"), .character("x")],
    ])
    func promptCancelled(opening keys: [Key]) {
        var state = BoardFixtures.state()
        BoardFixtures.press(keys, &state)
        guard case .prompt = state.overlay else {
            Issue.record("the keys open a prompt")
            return
        }
        let before = state.workshop
        #expect(BoardFixtures.press([.control("c")], &state).isEmpty, "no quit")
        #expect(state.overlay == nil)
        #expect(state.workshop == before)
    }

    @Test("Ctrl-C in a question, the timebox panel and the key list closes them", arguments: [
        [Key.character("d"), .character("q")],
        [Key.character("t")],
        [Key.character("?")],
    ])
    func overlayCancelled(opening keys: [Key]) {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .enter] + keys, &state)
        #expect(state.overlay != nil)
        #expect(BoardFixtures.press([.control("c")], &state).isEmpty, "no quit")
        #expect(state.overlay == nil)
    }

    @Test("recovery files another user could have planted are named in the status line")
    func ignoredRecovery() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.recoveryIgnored(["/srv/w/.w.yaml.sixcluster-recovery"])))
        #expect(state.message?.isError == true)
        #expect(BoardRenderer.render(state).text.contains("/srv/w/.w.yaml.sixcluster-recovery"))
    }
}
