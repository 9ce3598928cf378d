import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("The mouse")
struct MouseTests {
    private func state(width: Int = 120, height: Int = 40) -> BoardState {
        var state = BoardFixtures.state(width: width, height: height)
        state.mouse = true
        return state
    }

    /// Where a click means `action` on the current screen.
    private func cell(for action: Action, in state: BoardState) -> (x: Int, y: Int)? {
        let grid = BoardRenderer.render(state)
        for y in 0..<grid.height {
            for x in 0..<grid.width where grid.target(atX: x, y: y) == action { return (x, y) }
        }
        return nil
    }

    @discardableResult
    private func click(_ action: Action, count: Int = 1, _ state: inout BoardState) -> [Effect] {
        guard let at = cell(for: action, in: state) else {
            Issue.record("nothing on the screen means \(action)")
            return []
        }
        return BoardReducer.reduce(&state, .input(.mouse(MouseEvent(.click(count: count), x: at.x, y: at.y))))
    }

    @Test("SGR reports decode: a press is a click, the wheel scrolls, releases, motion and other buttons are ignored")
    func decoding() {
        var decoder = KeyDecoder()
        let feed = { (text: String) in text.unicodeScalars.flatMap { decoder.feed(.scalar($0)) } }
        #expect(feed("\u{1B}[<0;10;5M") == [.mouse(MouseEvent(.click(count: 1), x: 9, y: 4))])
        #expect(feed("\u{1B}[<0;10;5m").isEmpty)
        #expect(feed("\u{1B}[<64;3;3M") == [.mouse(MouseEvent(.wheelUp, x: 2, y: 2))])
        #expect(feed("\u{1B}[<65;300;3M") == [.mouse(MouseEvent(.wheelDown, x: 299, y: 2))], "columns beyond 223")
        #expect(feed("\u{1B}[<32;3;3M").isEmpty && feed("\u{1B}[<2;3;3M").isEmpty)
        #expect(feed("\u{1B}[<x").isEmpty, "a broken report is one whole sequence of no key: dropped, its letters run nothing")
        #expect(decoder.feed(.mouse(MouseEvent(.wheelUp, x: 1, y: 1))) == [.mouse(MouseEvent(.wheelUp, x: 1, y: 1))])
    }

    @Test("two presses on one cell within half a second are a double click")
    func doubleClick() {
        var counter = ClickCounter()
        let press = MouseEvent(.click(count: 1), x: 4, y: 4)
        #expect(counter.count(press, now: 10).kind == .click(count: 1))
        #expect(counter.count(press, now: 10.3).kind == .click(count: 2))
        #expect(counter.count(press, now: 11).kind == .click(count: 1), "too late")
        #expect(counter.count(MouseEvent(.click(count: 1), x: 5, y: 4), now: 11.1).kind == .click(count: 1), "another cell")
    }

    @Test("a click on a field focuses it, a click on the focused field (or a double click) opens it")
    func fields() {
        var board = state()
        click(.pointField(7), &board)
        #expect(board.focusTopic == 7 && board.screen == .board)
        click(.pointField(7), &board)
        #expect(board.screen == .field)
        var other = state()
        click(.pointField(12), &other)
        click(.pointField(12), count: 2, &other)
        #expect(other.focusTopic == 12 && other.screen == .field)
        var small = state(width: 60, height: 20)
        click(.pointField(3), &small)
        #expect(small.focusTopic == 3, "the compact list takes clicks too")
    }

    @Test("a click on a card selects it, a double click edits it; the wheel moves through the cards and scrolls help")
    func cards() {
        var field = state()
        BoardFixtures.press([.enter], &field)
        click(.pointCard(CardLocation(topic: 1, column: .soll, index: 0)), &field)
        #expect(field.column == .soll && field.cardIndex == 0)
        click(.pointCard(CardLocation(topic: 1, column: .ist, index: 1)), count: 2, &field)
        guard case .prompt(let prompt)? = field.overlay, case .editCard = prompt.purpose else {
            Issue.record("a double click edits the card")
            return
        }
        let grid = BoardRenderer.render(field)
        let soll = (0..<grid.height).lazy.flatMap { y in (0..<grid.width).lazy.map { (x: $0, y: y) } }
            .first { grid.target(atX: $0.x, y: $0.y) == .pointCard(CardLocation(topic: 1, column: .soll, index: 0)) }!
        _ = BoardReducer.reduce(&field, .input(.mouse(MouseEvent(.click(count: 1), x: soll.x, y: soll.y))))
        #expect(field.column == .ist, "clicks do not reach under an open input")
        BoardFixtures.press([.escape, .character("h"), .character("k")], &field)
        _ = BoardReducer.reduce(&field, .input(.mouse(MouseEvent(.wheelDown, x: 10, y: 20))))
        #expect(field.cardIndex == 1, "as far down as there are cards")
        BoardFixtures.press([.character("?")], &field)
        _ = BoardReducer.reduce(&field, .input(.mouse(MouseEvent(.wheelDown, x: 10, y: 20))))
        #expect(field.overlay == .help(scroll: 3))
    }

    @Test("a click on a dialog's line answers it; with the mouse off nothing happens")
    func dialogs() {
        var quitting = state()
        BoardFixtures.press([.enter, .character("d"), .character("q")], &quitting)
        #expect(quitting.overlay == .dialog(.unsavedChanges))
        #expect(click(.dialog(.discard), &quitting) == [.removeRecovery, .quit])
        var off = BoardFixtures.state()
        let at = cell(for: .pointField(9), in: off)!
        _ = BoardReducer.reduce(&off, .input(.mouse(MouseEvent(.click(count: 1), x: at.x, y: at.y))))
        #expect(off.focusTopic == 1)
        var helped = state()
        BoardFixtures.press([.character("?")], &helped)
        #expect(BoardRenderer.render(helped).text.contains("to select text: Shift + drag"))
    }
}
