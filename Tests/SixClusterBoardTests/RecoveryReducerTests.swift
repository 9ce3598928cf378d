import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: recovery and read-only mode")
struct RecoveryReducerTests {
    private func recoveredJoinery() -> Workshop {
        var workshop = BoardFixtures.joinery
        workshop[topic: 4] = Field(topic: 4, ist: [Card("aus der Wiederherstellung")])
        workshop.metadata.facilitator = "Someone else"
        return workshop
    }

    @Test("a recovery file is offered with the fields it changes")
    func offered() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.recoveryFound(recoveredJoinery())))
        #expect(state.overlay == .dialog(.recoveryWaiting(recoveredJoinery(), differing: [4], metadataDiffers: true)))
        #expect(BoardFixtures.press([.escape], &state).isEmpty)
        #expect(state.overlay != nil, "the question must be answered")
        let text = BoardRenderer.render(state).text
        #expect(text.contains("  4 Learning-relationship information: 1 new"), "the fields with what would change, as diff tells it")
        #expect(text.contains("r  restore them (then save with Ctrl-S)"))
    }

    @Test("a recovery file equal to the workshop is simply removed")
    func identical() {
        var state = BoardFixtures.state()
        #expect(BoardReducer.reduce(&state, .file(.recoveryFound(BoardFixtures.joinery))) == [.removeRecovery])
        #expect(state.overlay == nil)
    }

    @Test("restore brings the changes back unsaved; u undoes the restore")
    func restore() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.recoveryFound(recoveredJoinery())))
        #expect(BoardFixtures.press([.character("r")], &state).isEmpty)
        #expect(state.workshop == recoveredJoinery())
        #expect(state.isModified)
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop == BoardFixtures.joinery)
    }

    @Test("discard deletes the recovery file")
    func discard() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.recoveryFound(recoveredJoinery())))
        #expect(BoardFixtures.press([.character("d")], &state) == [.removeRecovery])
        #expect(state.workshop == BoardFixtures.joinery)
    }

    @Test("read-only refuses every change and every save, but moving around works")
    func readOnly() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.recoveryFound(recoveredJoinery())))
        BoardFixtures.press([.character("o")], &state)
        #expect(state.isReadOnly)
        let before = state.workshop
        var effects = BoardFixtures.press([.enter, .character("d")], &state)
        #expect(state.message?.text == "Read-only: changes are not possible")
        #expect(state.message?.isError == true)
        effects += BoardFixtures.paste("a\nb", &state)
        effects += BoardFixtures.press([.character("a"), .character("x"), .character("J"), .character("M"),
                                        .control("s"), .character("u")], &state)
        #expect(effects.isEmpty)
        #expect(state.workshop == before)
        BoardFixtures.press([.escape, .tab], &state)
        #expect(state.focusTopic == 2)
        #expect(BoardRenderer.render(state).line(39).hasPrefix(" workshop.yaml  read-only  "))
    }
}
