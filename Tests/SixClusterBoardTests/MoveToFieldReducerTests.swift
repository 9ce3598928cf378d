import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: cards to other fields, and prompts that outlive their card")
struct MoveToFieldReducerTests {
    @Test("f moves the focused card to the end of the same column of another field, undoably; F copies it")
    func moveAndCopy() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter], &state)
        let card = state.workshop[topic: 1].ist[0]
        BoardFixtures.press([.character("f")], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2) == "Move the card to field no. (1-20):")
        BoardFixtures.type("7", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 7].ist.last == card)
        #expect(!state.workshop[topic: 1].ist.contains(card))
        #expect(state.message?.text == "Card moved to field 7 Complexity (u: undo)")
        #expect(state.focusTopic == 1, "the focus stays in the field being worked on")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.workshop == BoardFixtures.joinery)
        BoardFixtures.press([.character("F")], &state)
        BoardFixtures.type("20", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 20].ist == [card])
        #expect(state.workshop[topic: 1].ist[0] == card)
    }

    @Test("in presentation mode F6 and F7 do it for the selected card, and the hint names Ctrl-Z")
    func presentation() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("P"), .right, .up, .function(6)], &state)
        BoardFixtures.type("4", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 4].soll.count == 1)
        #expect(state.message?.text == "Card moved to field 4 Learning-relationship information (Ctrl-Z: undo)")
    }

    @Test("a field number out of range is refused; a move to the card's own field says so")
    func badNumbers() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("f")], &state)
        BoardFixtures.type("21", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.message?.text == "No field “21”: fields are 1 to 20")
        BoardFixtures.press([.character("f"), .character("1"), .enter], &state)
        #expect(state.message?.text == "The card is in field 1 already")
        #expect(state.workshop == BoardFixtures.joinery)
    }

    @Test("an edit whose card vanished in a reload keeps the typed text as a new card, and never crashes")
    func editedCardVanished() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .down, .character("e")], &state)
        var smaller = BoardFixtures.joinery
        smaller[topic: 1].ist.removeLast()
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(smaller)))
        #expect(state.workshop == smaller, "an unmodified board reloads under the prompt")
        BoardFixtures.type(" – ergänzt", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 1].ist.last?.text == "Colour requests go far beyond our six standard lacquers – ergänzt")
        #expect(state.message?.isError == true)
    }

    @Test("an edit whose card moved in a reload changes the card where it is now")
    func editedCardMoved() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .down, .character("b")], &state)
        var reordered = BoardFixtures.joinery
        reordered[topic: 1].ist.reverse()
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(reordered)))
        BoardFixtures.type("Jana", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 1].ist[0].author == "Jana")
        #expect(state.workshop[topic: 1].ist[1] == reordered[topic: 1].ist[1])
    }

    @Test("a change on disk with local edits waits for the open prompt instead of replacing its text")
    func diskChangeWaitsForPrompt() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d"), .character("a")], &state)
        BoardFixtures.type("halb getippt", &state)
        var outside = BoardFixtures.joinery
        outside[topic: 1].ist[0].text += " (outside)"
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(outside)))
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("the prompt stays open")
            return
        }
        #expect(prompt.editor.text == "halb getippt")
        BoardFixtures.press([.enter], &state)
        guard case .dialog(.changedOnDisk(let disk, _, let conflicts))? = state.overlay else {
            Issue.record("the question about the conflict comes now")
            return
        }
        #expect(disk == outside && conflicts == 1)
        #expect(state.workshop[topic: 1].ist.contains { $0.text == "halb getippt" })
    }
}

@Suite("Reducer: overlays in a stack")
struct OverlayStackReducerTests {
    @Test("a conflicting change on disk during quick capture waits under the capture line until capture ends")
    func waitsUnderCapture() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d"), .escape, .character("P")], &state)
        BoardFixtures.type("erste", &state)
        BoardFixtures.press([.enter], &state)
        var outside = BoardFixtures.joinery
        outside[topic: 1].ist[0].text += " (outside)"
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(outside)))
        BoardFixtures.type("zweite", &state)
        BoardFixtures.press([.enter], &state)
        guard case .prompt = state.overlay else {
            Issue.record("capture goes on, the question waits")
            return
        }
        #expect(state.overlays.count == 2)
        BoardFixtures.press([.enter], &state)
        guard case .dialog(.changedOnDisk)? = state.overlay else {
            Issue.record("a blank line ends capture: now the question")
            return
        }
        BoardFixtures.press([.character("r")], &state)
        #expect(state.workshop == outside)
        #expect(state.overlays.isEmpty)
    }

    @Test("Esc on the prompt brings the waiting question up at once, with the disk's version in it")
    func cancelShowsQuestion() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d"), .character("a")], &state)
        BoardFixtures.type("doch nicht", &state)
        var outside = BoardFixtures.joinery
        outside[topic: 1].ist[0].text += " (outside)"
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(outside)))
        #expect(state.overlays.count == 2)
        BoardFixtures.press([.escape], &state)
        guard case .dialog(.changedOnDisk(let disk, _, _))? = state.overlay else {
            Issue.record("Esc brings the question up")
            return
        }
        #expect(disk == outside)
        BoardFixtures.press([.character("k")], &state)
        #expect(state.overlays.isEmpty)
    }
}

@Suite("Reducer: who and how new cards are written")
struct CaptureDefaultsReducerTests {
    @Test("Tab in an author prompt completes the workshop's people and walks them")
    func completion() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("P"), .control("b"), .control("u")], &state)
        BoardFixtures.type("ja", &state)
        BoardFixtures.press([.tab], &state)
        guard case .prompt(let prompt) = state.overlay else {
            Issue.record("the author prompt is open")
            return
        }
        #expect(prompt.editor.text == "Jana Reed", "the role in brackets is left out")
        BoardFixtures.press([.tab], &state)
        guard case .prompt(let next) = state.overlay else { return }
        #expect(next.editor.text == "Sam Okafor")
    }

    @Test("the band names the method and author that new cards get")
    func band() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("P"), .control("g"), .control("b"), .control("u")], &state)
        BoardFixtures.type("Jana", &state)
        BoardFixtures.press([.enter], &state)
        #expect(BoardRenderer.render(state).line(0).contains("new cards: group work, by Jana"))
    }
}

@Suite("Reducer: the selection and the search survive a reload")
struct ReloadKeepsPlaceTests {
    @Test("the selected card stays selected when a reload puts another card before it")
    func selectionFollowsCard() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .down], &state)
        let selected = state.focusedCard
        var disk = BoardFixtures.joinery
        disk[topic: 1].ist.insert(Card("von außen ergänzt"), at: 0)
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        #expect(state.focusedCard == selected)
        #expect(state.cardIndex == 2)
    }

    @Test("after a reload n walks the hits as the cards are now")
    func searchFollowsReload() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("/")], &state)
        BoardFixtures.type("colour", &state)
        BoardFixtures.press([.enter], &state)
        var disk = BoardFixtures.joinery
        disk[topic: 20].ist = [Card("Colour samples for partners")]
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        #expect(state.search?.hits.contains(CardLocation(topic: 20, column: .ist, index: 0)) == true)
        BoardFixtures.press([.character("N")], &state)
        #expect(state.focusTopic == 20, "from the first hit, N wraps to the last, the new card")
    }
}

@Suite("Reducer: owner and due date of a target")
struct TargetDetailsReducerTests {
    @Test("O and T set a Soll card's owner and due date; on an Ist card they say what they are for")
    func ownerAndDue() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("O")], &state)
        #expect(state.message?.text == "Owner and due date are for Soll cards (targets)")
        BoardFixtures.press([.character("l"), .character("O")], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2).hasPrefix("Owner of the target (Tab: participants):"))
        BoardFixtures.press([.tab, .enter, .character("T")], &state)
        BoardFixtures.type("2027-03-31", &state)
        BoardFixtures.press([.enter], &state)
        let card = state.workshop[topic: 1].soll[0]
        #expect(card.owner == "Tom Hollis" && card.due == "2027-03-31")
        #expect(BoardRenderer.render(state).text.contains("owner: Tom Hollis, due 2027-03-31"))
        let report = MarkdownReport(language: .en).render(state.workshop)
        #expect(report.contains("| Offer any RAL colour for a surcharge, keep six colours as the fast lane | 0 | – | Tom Hollis | 2027-03-31 |"))
    }
}
