import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: the file changed on disk")
struct DiskChangeReducerTests {
    private var disk: Workshop {
        var workshop = BoardFixtures.joinery
        workshop[topic: 8] = Field(topic: 8, ist: [Card("from git pull")])
        return workshop
    }

    @Test("with no unsaved changes the board reloads and says so")
    func reloads() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        #expect(state.workshop == disk)
        #expect(!state.isModified)
        #expect(state.message?.text == "The file changed on disk and was reloaded")
    }

    /// The file as another program saved it: the first Ist card of field 1 changed.
    private var diskWithEditedCard: Workshop {
        var workshop = BoardFixtures.joinery
        workshop[topic: 1].ist[0].text += " – from the other program"
        return workshop
    }

    @Test("with unsaved changes both are merged card by card, without a question; u takes the merge back")
    func cleanMerge() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("l"), .character("d")], &state)
        let mine = state.workshop
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        #expect(state.overlay == nil)
        #expect(state.workshop[topic: 8].ist == [Card("from git pull")], "the file's change is in")
        #expect(state.workshop[topic: 1].soll.isEmpty, "my delete stays")
        #expect(state.isModified, "the merge is not saved yet")
        #expect(state.message?.text == "The file changed on disk; its changes were merged with mine (Ctrl-S saves, u takes it back)")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop == mine)
    }

    @Test("a card I deleted and the file changed is a conflict: the merge keeps it marked, and asks")
    func conflictAsks() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let mine = state.workshop
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(diskWithEditedCard)))
        #expect(state.overlay == .dialog(.changedOnDisk(diskWithEditedCard, mine: mine, conflicts: 1)))
        #expect(state.workshop[topic: 1].ist[0].conflict == BoardFixtures.joinery[topic: 1].ist[0].text)
        #expect(BoardRenderer.render(state).text.contains("1 cards have two versions"))
        BoardFixtures.press([.character("r")], &state)
        #expect(state.workshop == diskWithEditedCard)
        #expect(!state.isModified)
    }

    @Test("k keeps the merge and saves it over the file")
    func keepMerge() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(diskWithEditedCard)))
        #expect(BoardFixtures.press([.character("k")], &state) == [.save(state.workshop, path: "workshop.yaml")])
        #expect(state.workshop[topic: 1].ist.contains { $0.conflict != nil })
    }

    @Test("a saves mine (before the merge) elsewhere and then shows the file from disk")
    func saveElsewhere() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let mine = state.workshop
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(diskWithEditedCard)))
        BoardFixtures.press([.character("a")], &state)
        #expect(BoardRenderer.render(state).line(38) == "Save my version as: workshop.mine.yaml")
        #expect(BoardFixtures.press([.enter], &state) == [.saveCopy(mine, path: "workshop.mine.yaml")])
        #expect(state.workshop == diskWithEditedCard)
        _ = BoardReducer.reduce(&state, .file(.copySaved("workshop.mine.yaml")))
        #expect(state.message?.text == "My version is in workshop.mine.yaml; the board shows the file from disk")
    }
}
