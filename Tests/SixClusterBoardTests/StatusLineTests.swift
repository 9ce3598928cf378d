import Testing
import SixClusterModel
@testable import SixClusterBoard

/// The status line stays readable: a message never squeezes the facts into their coded form.
@Suite("The status line with a message")
struct StatusLineTests {
    @Test("at 80 columns a message keeps `Ist 13/20  Soll 9/20  empty: 7`, or takes a row of its own", arguments: [
        "Saved: /home/anna/workshops/joinery.yaml", "Undone", "In the workshop with you: Ben, Chen, Dana – changes now go to the file at once",
    ])
    func readableWithMessage(message: String) {
        var state = BoardFixtures.state(width: 80, height: 24)
        state.message = BoardState.Message(text: message, isError: false, since: 0)
        let grid = BoardRenderer.render(state)
        #expect(grid.line(23).contains("Ist 13/20  Soll 9/20  empty: 7"), "\(grid.line(23))")
        #expect(!grid.line(23).contains("!7"), "no coded form")
        let shown = (21...23).map { grid.line($0) }.joined(separator: " ")
        #expect(shown.contains(message) || message.split(separator: " ").allSatisfy { shown.contains($0) }, "the whole message: \(shown)")
    }
}
