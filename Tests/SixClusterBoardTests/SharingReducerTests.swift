import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: several boards on one file")
struct SharingReducerTests {
    private func other(_ name: String, pid: Int32 = 2, topic: Int = 1, place: BoardPresence.Place = .board,
                       leads: Bool = false, since: Int64 = 0, watches: Bool = false) -> BoardPresence {
        BoardPresence(pid: pid, name: name, topic: topic, place: place, leads: leads, leadingSince: since, kind: watches ? .watcher : .board)
    }

    /// The effects that write the workshop file (the recovery file's writes left out).
    private func writes(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .writeRecovery = $0 { false } else { true } }
    }

    /// A board with Ben on the same file.
    private func shared() -> BoardState {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Ben", topic: 7)])))
        return state
    }

    /// Stores a card typed into field 1's Ist column.
    private func addCard(_ text: String, _ state: inout BoardState) {
        BoardFixtures.press([.character("g")], &state)
        BoardFixtures.type("1", &state)
        BoardFixtures.press([.enter, .enter, .character("a")], &state)
        BoardFixtures.type(text, &state)
        BoardFixtures.press([.enter], &state)
    }

    @Test("who else is here shows in the status line, as initials at their field on the board, and in the field's title")
    func presenceShows() {
        var state = shared()
        #expect(state.message?.text == "In the workshop with you: Ben – changes now go to the file at once")
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Ben", topic: 7), other("anna", pid: 3, topic: 7, watches: true)])))
        _ = BoardReducer.reduce(&state, .tick(100))
        let board = BoardRenderer.render(state).text
        #expect(board.contains("with Ben, anna (watching)"))
        let field7 = try! #require(board.split(separator: "\n").first { $0.contains(" 7 Complexity") })
        #expect(field7.contains("BA 1/1"), "the initials stand before the counts")
        BoardFixtures.press([.character("g")], &state)
        BoardFixtures.type("7", &state)
        BoardFixtures.press([.enter, .enter], &state)
        #expect(BoardRenderer.render(state).text.contains("also here: Ben, anna"))
        _ = BoardReducer.reduce(&state, .sharing(.presence([])))
        #expect(state.message?.text == "Alone in the workshop again – Ctrl-S saves")
        #expect(!BoardRenderer.render(state).text.contains("Ben"))
    }

    @Test("shared, a stored card goes to the file at the next tick without a key; alone it waits for Ctrl-S")
    func storedCardSyncs() {
        var alone = BoardFixtures.state()
        addCard("Nur hier", &alone)
        #expect(writes(BoardReducer.reduce(&alone, .tick(1))).isEmpty)
        var state = shared()
        addCard("Für alle", &state)
        let effects = writes(BoardReducer.reduce(&state, .tick(1)))
        #expect(effects == [.sync(state.workshop, base: state.savedWorkshop)])
    }

    @Test("a card still being typed is not written to the file (only to this board's recovery file)")
    func noSyncWhileTyping() {
        var state = shared()
        BoardFixtures.press([.enter, .character("a")], &state)
        BoardFixtures.type("halb getippt", &state)
        #expect(writes(BoardReducer.reduce(&state, .tick(1))).isEmpty)
    }

    @Test("a write's result: the merged file is what the board shows and what counts as saved; conflicts are told")
    func syncedTakesWritten() {
        var state = shared()
        addCard("Meine Karte", &state)
        let mine = state.workshop
        var written = mine
        written[topic: 9].ist.append(Card("Bens Karte"))
        let effects = BoardReducer.reduce(&state, .sharing(.synced(written, mine: mine, conflicts: 1)))
        #expect(effects == [.removeRecovery])
        #expect(state.workshop == written)
        #expect(!state.isModified)
        #expect(state.message?.text.hasPrefix("1 conflict(s): two boards changed the same card differently") == true)
    }

    @Test("a failed write is told, kept, and tried again only after a pause")
    func syncFailurePauses() {
        var state = shared()
        addCard("Meine Karte", &state)
        _ = BoardReducer.reduce(&state, .tick(10))
        _ = BoardReducer.reduce(&state, .sharing(.syncFailed(WriteFailure(path: "/w.yaml", problem: .system(code: 28, message: "No space left on device")))))
        #expect(state.message?.text == "/w.yaml: No space left on device – changes stay on the board and are tried again shortly")
        #expect(writes(BoardReducer.reduce(&state, .tick(11))).isEmpty)
        #expect(writes(BoardReducer.reduce(&state, .tick(12.5))) == [.sync(state.workshop, base: state.savedWorkshop)])
    }

    @Test("another board's change comes in without a question, keeps the selected card and the typed text, and is no undo step")
    func remoteChangeKeepsPlace() {
        var state = shared()
        BoardFixtures.press([.enter, .character("j")], &state)
        let selected = state.focusedCard
        BoardFixtures.press([.character("a")], &state)
        BoardFixtures.type("mein Entwurf", &state)
        var disk = state.savedWorkshop
        disk[topic: 1].ist.insert(Card("Ganz oben, von Ben"), at: 0)
        let depth = state.undoDepth
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        #expect(state.workshop == disk)
        #expect(state.undoDepth == depth)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("the prompt stays open"); return }
        #expect(prompt.editor.text == "mein Entwurf")
        BoardFixtures.press([.escape], &state)
        #expect(state.focusedCard == selected, "the same card stays selected, one place further down")
    }

    @Test("undo takes back my own last change only, not another board's that came in after it")
    func undoIsMine() {
        var state = shared()
        addCard("Meine Karte", &state)
        let written = state.workshop
        _ = BoardReducer.reduce(&state, .sharing(.synced(written, mine: written, conflicts: 0)))
        var disk = written
        disk[topic: 9].ist.append(Card("Bens Karte"))
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        BoardFixtures.press([.character("u")], &state)
        #expect(!state.workshop[topic: 1].ist.contains { $0.text == "Meine Karte" }, "my card is taken back")
        #expect(state.workshop[topic: 9].ist.last?.text == "Bens Karte", "Ben's card stays")
        BoardFixtures.press([.control("r")], &state)
        #expect(state.workshop[topic: 1].ist.contains { $0.text == "Meine Karte" })
        #expect(state.workshop[topic: 9].ist.last?.text == "Bens Karte")
    }

    @Test("quitting while shared writes the last change without asking, then quits")
    func quitWrites() {
        var state = shared()
        addCard("Letzte Karte", &state)
        let effects = BoardFixtures.press([.escape, .character("q")], &state)
        #expect(effects == [.sync(state.workshop, base: state.savedWorkshop)])
        #expect(state.overlay == nil)
        let mine = state.workshop
        #expect(BoardReducer.reduce(&state, .sharing(.synced(mine, mine: mine, conflicts: 0))) == [.removeRecovery, .quit])
    }

    @Test("follow me: a following board goes to the field the leader presents, once, and not out of an open input")
    func followsLeader() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Mia", topic: 7, place: .field, leads: true, since: 5)])))
        #expect(state.focusTopic == 1, "leading, but not presenting yet")
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Mia", topic: 7, place: .presentation, leads: true, since: 5)])))
        #expect(state.focusTopic == 7)
        #expect(state.screen == .field)
        #expect(state.message?.text == "Mia presents field 7 – F9: stop following")
        // The participant looks elsewhere; the leader stays: no jump back.
        BoardFixtures.press([.tab], &state)
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Mia", topic: 7, place: .presentation, leads: true, since: 5)])))
        #expect(state.focusTopic == 8)
        // The leader goes on while the participant types: the jump waits for the card.
        BoardFixtures.press([.character("a")], &state)
        BoardFixtures.type("Idee", &state)
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Mia", topic: 9, place: .presentation, leads: true, since: 5)])))
        #expect(state.focusTopic == 8)
        BoardFixtures.press([.enter], &state)
        _ = BoardReducer.reduce(&state, .tick(1))
        #expect(state.focusTopic == 9, "once the card is stored, the board follows")
        // Leaving it.
        BoardFixtures.press([.function(9)], &state)
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Mia", topic: 12, place: .presentation, leads: true, since: 5)])))
        #expect(state.focusTopic == 9)
    }

    @Test("the newest leader wins; a leading board does not follow; the switch says what it does")
    func leading() {
        var state = BoardFixtures.state()
        let two = [other("Mia", topic: 3, place: .presentation, leads: true, since: 5),
                   other("Tom", pid: 3, topic: 4, place: .presentation, leads: true, since: 9)]
        #expect(SharingState(others: two).leader?.name == "Tom")
        BoardFixtures.press([.function(8)], &state)
        #expect(state.sharing.leads)
        #expect(state.message?.text == "Follow me on: boards that follow come along once I present (P)")
        _ = BoardReducer.reduce(&state, .sharing(.presence(two)))
        #expect(state.focusTopic == 1)
        _ = BoardReducer.reduce(&state, .tick(100))
        #expect(BoardRenderer.render(state).text.contains("with Mia, Tom (leads) · I lead"))
    }

    @Test("time in presentation mode is counted by the presenting leader only, never twice")
    func timeCountedOnce() {
        let before = BoardFixtures.joinery[topic: 1].seconds
        // Alone, the presenting board counts.
        var alone = BoardFixtures.state()
        BoardFixtures.press([.character("P")], &alone)
        _ = BoardReducer.reduce(&alone, .tick(0))
        _ = BoardReducer.reduce(&alone, .tick(1))
        _ = BoardReducer.reduce(&alone, .tick(2))
        #expect(alone.workshop[topic: 1].seconds > before, "counted when nobody else presents")
        // While Mia leads, this board's presenting is hers to count.
        var following = BoardFixtures.state()
        BoardFixtures.press([.character("P")], &following)
        _ = BoardReducer.reduce(&following, .tick(0))
        _ = BoardReducer.reduce(&following, .sharing(.presence([other("Mia", topic: 1, place: .presentation, leads: true, since: 5)])))
        _ = BoardReducer.reduce(&following, .tick(1))
        _ = BoardReducer.reduce(&following, .tick(2))
        #expect(following.workshop[topic: 1].seconds == before, "not counted twice")
        // The leader counts, with others in the room.
        var leader = BoardFixtures.state()
        _ = BoardReducer.reduce(&leader, .sharing(.presence([other("Tom", topic: 1, place: .field)])))
        BoardFixtures.press([.function(8), .character("P")], &leader)
        _ = BoardReducer.reduce(&leader, .tick(0))
        _ = BoardReducer.reduce(&leader, .tick(1))
        _ = BoardReducer.reduce(&leader, .tick(2))
        #expect(leader.workshop[topic: 1].seconds > before, "the leader counts")
    }

    @Test("a file with comments is not written behind anyone's back: the board says so once, and Ctrl-S asks first")
    func commentsHoldBack() {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", commentLines: [2], language: .en,
                               width: 120, height: 40)
        _ = BoardReducer.reduce(&state, .sharing(.presence([other("Ben")])))
        addCard("Karte", &state)
        #expect(writes(BoardReducer.reduce(&state, .tick(1))).isEmpty)
        #expect(state.message?.text == "Not written for the others yet: the file has comments or is write-protected – Ctrl-S asks, then saves")
        BoardFixtures.press([.escape], &state)
        #expect(writes(BoardReducer.reduce(&state, .tick(2))).isEmpty)
        #expect(state.message == nil || state.message?.text.hasPrefix("Not written") == false, "said once")
        BoardFixtures.press([.control("s")], &state)
        #expect(state.overlay == .dialog(.commentsWillBeLost(lines: [2])))
        #expect(BoardFixtures.press([.character("s")], &state) == [.sync(state.workshop, base: state.savedWorkshop)])
    }

    /// Field 1's Soll card open in the editor, the text typed at its end; then Ben's change of the same card arrives.
    private func editWhileBenEdits(typed: String, ben: String) -> BoardState {
        var state = shared()
        BoardFixtures.press([.character("g")], &state)
        BoardFixtures.type("1", &state)
        BoardFixtures.press([.enter, .enter, .character("l"), .character("e"), .end], &state)
        BoardFixtures.type(typed, &state)
        var disk = state.savedWorkshop
        disk[topic: 1].soll[0].text += ben
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        return state
    }

    @Test("two people edit one card at once: one card with the conflict marked, said at once and again on Enter")
    func concurrentEditIsAConflict() {
        let original = BoardFixtures.joinery[topic: 1].soll[0].text
        var state = editWhileBenEdits(typed: " (Sa+So)", ben: ", auch sonntags")
        #expect(state.message?.text.hasPrefix("This card was just changed elsewhere") == true, "said as soon as it comes in")
        BoardFixtures.type("!", &state)
        BoardFixtures.press([.backspace], &state)
        #expect(BoardRenderer.render(state).text.contains("Changed elsewhere – Enter keeps both versions as a conflict"),
                "and it stays said in the editor's row while typing goes on")
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("my edit stays open"); return }
        #expect(prompt.editor.text == original + " (Sa+So)")
        BoardFixtures.press([.enter], &state)
        let soll = state.workshop[topic: 1].soll
        #expect(soll.count == 1, "one card, not a near-duplicate: \(soll.map(\.text))")
        #expect(soll[0].text == original + " (Sa+So)")
        #expect(soll[0].conflict == original + ", auch sonntags")
        #expect(state.message?.text.hasPrefix("The card was changed elsewhere meanwhile – both versions are kept as a conflict") == true)
        #expect(state.message?.isError == true, "loud, so that the one whose edit lost the race sees it")
        #expect(writes(BoardFixtures.press([], &state) + BoardReducer.reduce(&state, .tick(100))).count == 1, "and it goes to the file")
    }

    @Test("an edit stored unchanged, or to the same text, after Ben's change keeps Ben's version without a conflict")
    func concurrentEditWithoutDifference() {
        let original = BoardFixtures.joinery[topic: 1].soll[0].text
        var unchanged = editWhileBenEdits(typed: "", ben: ", auch sonntags")
        BoardFixtures.press([.enter], &unchanged)
        #expect(unchanged.workshop[topic: 1].soll.map(\.text) == [original + ", auch sonntags"])
        #expect(unchanged.workshop[topic: 1].soll[0].conflict == nil)
        var same = editWhileBenEdits(typed: "!", ben: "!")
        BoardFixtures.press([.enter], &same)
        #expect(same.workshop[topic: 1].soll.map(\.text) == [original + "!"])
        #expect(same.workshop[topic: 1].soll[0].conflict == nil)
    }

    @Test("an owner typed while Ben changes the card's text lands on Ben's version of the card")
    func detailFollowsTheCard() {
        var state = shared()
        BoardFixtures.press([.character("g")], &state)
        BoardFixtures.type("1", &state)
        BoardFixtures.press([.enter, .enter, .character("l"), .character("O")], &state)
        BoardFixtures.type("Jana", &state)
        var disk = state.savedWorkshop
        disk[topic: 1].soll[0].text = "Any RAL colour"
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(disk)))
        BoardFixtures.press([.enter], &state)
        #expect(state.workshop[topic: 1].soll.map(\.text) == ["Any RAL colour"])
        #expect(state.workshop[topic: 1].soll[0].owner == "Jana")
    }
}
