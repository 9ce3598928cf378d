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
        _ = BoardReducer.reduce(&state, .changedOnDisk(disk))
        #expect(state.workshop == disk)
        #expect(!state.isModified)
        #expect(state.message?.text == "The file changed on disk and was reloaded")
    }

    @Test("with unsaved changes it asks; r reloads, dropping mine, and u brings them back")
    func reloadDropsMine() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let mine = state.workshop
        _ = BoardReducer.reduce(&state, .changedOnDisk(disk))
        #expect(state.overlay == .dialog(.changedOnDisk(disk)))
        #expect(state.workshop == mine, "nothing is overwritten silently")
        BoardFixtures.press([.character("r")], &state)
        #expect(state.workshop == disk)
        #expect(!state.isModified)
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop == mine)
    }

    @Test("k keeps mine and saves it over the file")
    func keepMine() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        _ = BoardReducer.reduce(&state, .changedOnDisk(disk))
        #expect(BoardFixtures.press([.character("k")], &state) == [.save(state.workshop, path: "workshop.yaml")])
    }

    @Test("a saves mine elsewhere and then shows the file from disk")
    func saveElsewhere() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let mine = state.workshop
        _ = BoardReducer.reduce(&state, .changedOnDisk(disk))
        BoardFixtures.press([.character("a")], &state)
        #expect(BoardRenderer.render(state).line(38) == "Save my version as: workshop.mine.yaml")
        #expect(BoardFixtures.press([.enter], &state) == [.saveCopy(mine, path: "workshop.mine.yaml")])
        #expect(state.workshop == disk)
        _ = BoardReducer.reduce(&state, .copySaved("workshop.mine.yaml"))
        #expect(state.message?.text == "My version is in workshop.mine.yaml; the board shows the file from disk")
    }
}
