import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Votes, timebox, time spent, closing review, theme, following a file")
struct FacilitationReducerTests {
    private func state(_ workshop: Workshop = BoardFixtures.bicycle) -> BoardState {
        BoardFixtures.state(workshop, width: 80, height: 24)
    }

    @Test("+ and - give and take dots on a Soll card, never below zero; p cycles the priority; both undo")
    func votes() {
        var state = state()
        BoardFixtures.press([.enter, .right, .character("+"), .character("+"), .character("p")], &state)
        #expect(state.focusedField.soll[0].votes == 2)
        #expect(state.focusedField.soll[0].priority == .high)
        BoardFixtures.press([.character("p"), .character("p"), .character("p")], &state)
        #expect(state.focusedField.soll[0].priority == nil, "high → medium → low → none")
        BoardFixtures.press([.character("-"), .character("-"), .character("-")], &state)
        #expect(state.focusedField.soll[0].votes == 0)
        #expect(state.message?.text == "The card has no dot")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.focusedField.soll[0].votes == 1, "each dot is one undo step")
    }

    @Test("s cycles an action's status (open, doing, done, dropped) and the field view shows it; a target without owner or date is no action")
    func status() {
        var state = state()
        BoardFixtures.press([.enter, .right, .character("s")], &state)
        #expect(state.focusedField.soll[0].status == .open)
        #expect(state.message?.text.hasPrefix("Set an owner (O) or a due date (T) first") == true)
        BoardFixtures.press([.character("T")], &state)
        BoardFixtures.type("2027-03-31", &state)
        BoardFixtures.press([.enter, .character("s")], &state)
        #expect(state.focusedField.soll[0].status == .doing)
        #expect(state.message?.text == "Status: doing")
        #expect(BoardRenderer.render(state).text.contains("due 2027-03-31, doing"))
        BoardFixtures.press([.character("s"), .character("s")], &state)
        #expect(state.focusedField.soll[0].status == .dropped)
        BoardFixtures.press([.character("s")], &state)
        #expect(state.focusedField.soll[0].status == .open, "dropped → open")
        BoardFixtures.press([.character("u")], &state)
        #expect(state.focusedField.soll[0].status == .dropped, "each step is one undo step")
    }

    @Test("Ist cards take no dots: the board says why and changes nothing")
    func noVotesOnIst() {
        var state = state()
        BoardFixtures.press([.enter, .character("+"), .character("p")], &state)
        #expect(state.focusedField.ist.allSatisfy { $0.votes == 0 && $0.priority == nil })
        #expect(state.message?.text == "Dots and priorities are for Soll cards")
        #expect(!state.isModified)
    }

    @Test("t opens the timebox panel; f sets minutes for the field and starts; the countdown follows the clock")
    func timeboxForField() {
        var state = state()
        _ = BoardReducer.reduce(&state, .tick(100))
        BoardFixtures.press([.character("t"), .character("f"), .control("u")], &state)
        BoardFixtures.type("5", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.timebox?.scope == .field(1))
        #expect(state.timebox?.isRunning == true)
        _ = BoardReducer.reduce(&state, .tick(100 + 61))
        #expect(state.timebox?.remaining(at: state.clock) == 239)
        #expect(StatusLineView.timerText(state) == "⏱ 03:59 field 1")
        BoardFixtures.press([.character("t"), .character(" ")], &state)
        #expect(state.timebox?.isRunning == false)
        _ = BoardReducer.reduce(&state, .tick(500))
        #expect(state.timebox?.remaining(at: state.clock) == 239, "a paused timebox keeps its time")
        #expect(StatusLineView.timerText(state) == "⏸ 03:59 field 1")
        BoardFixtures.press([.character("t"), .character("r")], &state)
        #expect(state.timebox?.remaining(at: state.clock) == 300)
    }

    @Test("a timebox for the cluster; running out is shown, rings only when asked, and overtime counts on")
    func timeUp() {
        var state = state()
        state.bellOnTimeout = true
        _ = BoardReducer.reduce(&state, .tick(0))
        BoardFixtures.press([.character("t"), .character("c"), .control("u"), .character("1"), .enter], &state)
        #expect(state.timebox?.scope == .cluster("kunde"))
        var effects: [Effect] = []
        for second in stride(from: 1.0, through: 61, by: 1) { effects += BoardReducer.reduce(&state, .tick(second)) }
        #expect(state.message?.text == "Time is up for cluster Customer")
        for second in stride(from: 62.0, through: 72, by: 1) { effects += BoardReducer.reduce(&state, .tick(second)) }
        #expect(effects == [.bell], "the bell rings once, when the time runs out")
        #expect(state.message == nil, "the message fades; the timebox itself stays loud")
        #expect(StatusLineView.timerText(state) == "⏰ TIME UP +00:12 cluster Customer")
        let status = BoardRenderer.render(state)
        #expect(status.line(23).contains("TIME UP"))
        var quiet = self.state()
        _ = BoardReducer.reduce(&quiet, .tick(0))
        BoardFixtures.press([.character("t"), .character("f"), .control("u"), .character("1"), .enter], &quiet)
        #expect(BoardReducer.reduce(&quiet, .tick(1.5)).isEmpty)
        #expect(BoardReducer.reduce(&quiet, .tick(3)).isEmpty)
    }

    @Test("minutes that are no number are refused with a message")
    func badMinutes() {
        var state = state()
        BoardFixtures.press([.character("t"), .character("f"), .control("u")], &state)
        BoardFixtures.type("zehn", &state)
        BoardFixtures.press([.enter], &state)
        #expect(state.timebox == nil)
        #expect(state.message?.isError == true)
    }

    @Test("time counts for the field shown in presentation mode, survives undo, a long sleep counts 2 s at most, and it is saved without asking")
    func timeSpent() {
        var state = state()
        _ = BoardReducer.reduce(&state, .tick(10))
        _ = BoardReducer.reduce(&state, .tick(20))
        #expect(state.workshop[topic: 1].seconds == 0, "not counted outside presentation mode")
        BoardFixtures.press([.character("P")], &state)
        for step in 1...10 { _ = BoardReducer.reduce(&state, .tick(20 + Double(step) * 0.5)) }
        #expect(state.workshop[topic: 1].seconds == 5)
        BoardFixtures.type("neu", &state)
        BoardFixtures.press([.enter, .escape, .pageDown], &state)
        _ = BoardReducer.reduce(&state, .tick(3600))
        #expect(state.workshop[topic: 2].seconds == 2, "a laptop that slept adds at most 2 s")
        BoardFixtures.press([.control("z")], &state)
        #expect(state.workshop[topic: 1].ist.last?.text != "neu")
        #expect(state.workshop[topic: 1].seconds == 5, "undo takes back the card, not the time")
        #expect(!state.isModified, "time alone is no unsaved change: quitting does not ask for it")
        let effects = BoardFixtures.press([.control("s")], &state)
        #expect(effects == [.save(state.workshop, path: "workshop.yaml")], "the next save takes the time along")
        #expect(state.workshop[topic: 1].seconds == 5 && state.workshop[topic: 2].seconds == 2)
    }

    @Test("the closing review visits only flagged fields in order, then offers the export")
    func review() {
        var state = state(BoardFixtures.joinery)
        let flagged = BoardFixtures.joinery.completeness.flagged.map(\.topic)
        BoardFixtures.press([.character("R")], &state)
        #expect(state.screen == .field)
        var visited = [state.focusTopic]
        for _ in 1..<flagged.count {
            BoardFixtures.press([.tab], &state)
            visited.append(state.focusTopic)
        }
        #expect(visited == flagged)
        #expect(BoardRenderer.render(state).line(0).hasPrefix(" Closing review \(flagged.count)/\(flagged.count) · field \(flagged.last!)"))
        BoardFixtures.press([.tab], &state)
        #expect(state.overlay == .dialog(.reviewDone(flagged: flagged)))
        #expect(state.review == nil)
        let effects = BoardFixtures.press([.character("e"), .enter], &state)
        #expect(effects == [.export(state.workshop, path: "workshop.md", language: .en, replacing: false)])
    }

    @Test("with nothing flagged the review offers the export at once; Esc ends a review early")
    func reviewEdges() {
        var complete = state()
        BoardFixtures.press([.character("R")], &complete)
        #expect(complete.overlay == .dialog(.reviewDone(flagged: [])))
        var state = state(BoardFixtures.joinery)
        BoardFixtures.press([.character("R"), .escape], &state)
        #expect(state.review == nil && state.screen == .board)
    }

    @Test("the review runs inside presentation mode too, with PgDn")
    func reviewPresenting() {
        var state = state(BoardFixtures.joinery)
        let flagged = BoardFixtures.joinery.completeness.flagged.map(\.topic)
        BoardFixtures.press([.character("P"), .function(4), .pageDown], &state)
        #expect(state.screen == .presentation)
        #expect(state.focusTopic == flagged[1])
    }

    @Test("C and F2 toggle the high-contrast theme")
    func theme() {
        var state = state()
        BoardFixtures.press([.character("C")], &state)
        #expect(state.theme == .highContrast)
        BoardFixtures.press([.function(2)], &state)
        #expect(state.theme == .standard)
        let themed = BoardState(workshop: Workshop(), filePath: "x.yaml", language: .en, theme: .highContrast)
        #expect(themed.theme == .highContrast)
    }

    @Test("a following board reloads every save, keeps its place, refuses changes and tells why a file cannot be read")
    func follows() {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", language: .en, width: 80, height: 24,
                               follows: true)
        BoardFixtures.press([.tab, .tab, .enter], &state)
        var changed = BoardFixtures.joinery
        changed[topic: 3].ist.append(Card("from the other screen"))
        _ = BoardReducer.reduce(&state, .file(.changedOnDisk(changed)))
        #expect(state.workshop == changed && !state.isModified)
        #expect(state.focusTopic == 3 && state.screen == .field)
        #expect(state.message?.text == "Reloaded: the file was saved")
        BoardFixtures.press([.character("a")], &state)
        #expect(state.overlay == nil)
        #expect(BoardFixtures.press([.control("s")], &state).isEmpty)
        _ = BoardReducer.reduce(&state, .file(.diskUnreadable(Diagnostic(file: "w.yaml", line: 3, column: 1, message: "YAML syntax error"))))
        #expect(state.message?.text == "Showing the last readable version – w.yaml:3:1: YAML syntax error")
        #expect(state.message?.isError == true)
        #expect(BoardRenderer.render(state).line(23).contains("following the file"))
    }
}
