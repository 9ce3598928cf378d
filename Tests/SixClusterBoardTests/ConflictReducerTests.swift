import Testing
import SixClusterModel
@testable import SixClusterBoard

/// A card with two versions is seen on the board (mark, count, both texts in full) and resolved by a choice that
/// says so and can be undone.
@Suite("Reducer: conflicts seen and resolved on the board")
struct ConflictReducerTests {
    private let mine = "Offer any RAL colour for a surcharge, keep six colours as the fast lane, and ask the paint supplier for a weekly delivery slot"
    private let other = "Offer any RAL colour for a surcharge of twenty per cent, with sample boards in the showroom so that customers can see and touch every finish"

    /// The joinery workshop whose field 1 Soll card holds two versions; field 1 open on that card.
    private func conflicted(width: Int = 120, height: Int = 40) -> BoardState {
        var workshop = BoardFixtures.joinery
        workshop[topic: 1].soll[0].text = mine
        workshop[topic: 1].soll[0].conflict = other
        var state = BoardFixtures.state(workshop, width: width, height: height)
        BoardFixtures.press([.enter, .character("l")], &state)
        return state
    }

    private func soll(_ state: BoardState) -> [Card] { state.workshop[topic: 1].soll }

    @Test("the overview marks the field with ≠, the status line counts conflicts, the title explains the mark")
    func seen() {
        var state = conflicted(width: 80, height: 24)
        BoardFixtures.press([.escape], &state)
        let screen = BoardRenderer.render(state).text
        #expect(screen.contains("1 Customer nee… 2/1 ≠"), "\(screen)")
        #expect(screen.contains("≠ conflict"))
        #expect(screen.contains("conflicts: 1") || screen.contains("≠1"), "\(screen)")
    }

    @Test("the field view shows the other version in full, wrapped, at 80×24")
    func otherInFull() {
        let screen = BoardRenderer.render(conflicted(width: 80, height: 24)).text
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).map(String.init)
        for word in other.split(separator: " ").map(String.init) {
            #expect(words.contains(word), "“\(word)” of the other version is on screen: \(screen)")
        }
        #expect(screen.contains("≠ other version:"))
    }

    @Test("e on a conflict card asks first: both versions in full and every choice on screen, even at 80×24")
    func editAsks() {
        var state = conflicted(width: 80, height: 24)
        BoardFixtures.press([.character("e")], &state)
        guard case .dialog(.conflict) = state.overlay else {
            Issue.record("e opens the conflict question, not the editor: \(String(describing: state.overlay))")
            return
        }
        let screen = BoardRenderer.render(state).text
        for line in ["k  keep this version", "r  take the other version", "b  keep both, as two cards",
                     "m  edit one text made from both", "Esc  cancel, decide later", "This version:", "Other version:"] {
            #expect(screen.contains(line), "\(line): \(screen)")
        }
        #expect(screen.contains("touch every finish"), "the other version's end is shown")
        #expect(screen.contains("weekly delivery slot"), "this version's end is shown")
    }

    @Test("k keeps this version, r the other, b both as two cards – each said and undoable")
    func choices() {
        var state = conflicted()
        BoardFixtures.press([.character("v"), .character("k")], &state)
        #expect(soll(state)[0].text == mine && soll(state)[0].conflict == nil)
        #expect(state.message?.text.hasPrefix("Conflict resolved: this version holds") == true)
        BoardFixtures.press([.character("u")], &state)
        #expect(soll(state)[0].conflict == other, "undo brings the conflict back")

        BoardFixtures.press([.character("v"), .character("r")], &state)
        #expect(soll(state)[0].text == other && soll(state)[0].conflict == nil)
        #expect(state.message?.text.hasPrefix("Conflict resolved: the other version holds") == true)
        BoardFixtures.press([.character("u"), .character("v"), .character("b")], &state)
        #expect(soll(state).map(\.text) == [mine, other])
        #expect(soll(state).allSatisfy { $0.conflict == nil })
        #expect(state.message?.text.hasPrefix("Conflict resolved: both versions stand as two cards") == true)
        BoardFixtures.press([.character("u"), .character("v"), .escape], &state)
        #expect(soll(state).count == 1 && soll(state)[0].conflict == other, "Esc decides nothing")
    }

    @Test("m edits one text that starts from both versions; Enter resolves and says so")
    func combine() {
        var state = conflicted()
        BoardFixtures.press([.character("v"), .character("m")], &state)
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("m opens the editor")
            return
        }
        #expect(prompt.editor.text == mine + " / " + other)
        BoardFixtures.press([.control("u")], &state)
        BoardFixtures.type("RAL colours for a surcharge, sample boards in the showroom", &state)
        BoardFixtures.press([.enter], &state)
        #expect(soll(state).map(\.text) == ["RAL colours for a surcharge, sample boards in the showroom"])
        #expect(soll(state)[0].conflict == nil)
        #expect(state.message?.text.hasPrefix("Conflict resolved: the new text holds") == true)
    }

    @Test("= goes to the next field with a conflict and focuses the card; none left is said")
    func nextConflict() {
        var workshop = BoardFixtures.joinery
        workshop[topic: 7].ist[0].conflict = "Another version"
        var state = BoardFixtures.state(workshop)
        BoardFixtures.press([.character("=")], &state)
        #expect(state.location == CardLocation(topic: 7, column: .ist, index: 0))
        #expect(state.screen == .field)
        BoardFixtures.press([.character("v"), .character("k"), .character("=")], &state)
        #expect(state.message?.text == "No conflict open")
    }

    @Test("x with a conflict asks first; e goes on to the empty fields' question; j jumps to the conflict")
    func exportAsks() {
        var state = conflicted()
        BoardFixtures.press([.character("x")], &state)
        #expect(state.overlay == .dialog(.exportWithConflicts([1])))
        #expect(BoardRenderer.render(state).text.contains("e  export anyway (marked as unresolved)"))
        BoardFixtures.press([.character("e")], &state)
        guard case .dialog(.exportWithEmptyFields) = state.overlay else {
            Issue.record("the joinery workshop has empty fields: they are asked about next")
            return
        }
        BoardFixtures.press([.escape, .escape, .character("x"), .character("j")], &state)
        #expect(state.focusTopic == 1 && state.screen == .field)
    }

    @Test("the closing review visits a field with a conflict, even on a workshop with nothing else flagged")
    func reviewVisits() {
        var workshop = BoardFixtures.bicycle
        workshop[topic: 9].soll[0].conflict = "Andere Fassung"
        var state = BoardFixtures.state(workshop)
        BoardFixtures.press([.character("R")], &state)
        #expect(state.review?.topics == [9])
        #expect(state.focusTopic == 9)
        #expect(BoardRenderer.render(state).text.contains("field 9: conflict"))
    }
}
