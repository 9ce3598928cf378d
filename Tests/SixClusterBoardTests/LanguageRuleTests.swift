import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("One language on the board")
struct LanguageRuleTests {
    @Test("a board in the workshop's language shows the model's names in it and changes along with the workshop's language")
    func followsWorkshop() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, language: .de)
        state.languageFollowsWorkshop = true
        #expect(BoardRenderer.render(state).text.contains("Kundenbedürfnisse"))
        BoardFixtures.press([.character("i")], &state)
        let entries = MetadataEntry.allCases
        let down = Array(repeating: Key.down, count: entries.firstIndex(of: .language) ?? 0)
        BoardFixtures.press(down + [.enter], &state)
        #expect(state.workshop.metadata.language == .en)
        #expect(state.language == .en)
        BoardFixtures.press([.escape], &state)
        let text = BoardRenderer.render(state).text
        #expect(text.contains("Customer needs") && !text.contains("Kundenbedürfnisse"), "no German name next to the English words")
    }

    @Test("a language asked for stays, whatever the workshop's language")
    func askedFor() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, language: .en)
        BoardFixtures.press([.character("i")], &state)
        #expect(state.language == .en && state.workshop.metadata.language == .de)
    }
}
