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

/// Nothing on screen is cut without a mark; a target's owner and due date are never cut before its other details.
@Suite("Text cut on screen")
struct CutTextTests {
    @Test("at 80×24 a Soll card's owner and due date stand whole, before dots, priority, author and method")
    func ownerAndDueWhole() {
        var workshop = BoardFixtures.joinery
        workshop[topic: 1].soll[0].owner = "Jana Reed, head of the workshop"
        workshop[topic: 1].soll[0].due = "2027-03-31"
        workshop[topic: 1].soll[0].votes = 4
        workshop[topic: 1].soll[0].priority = .high
        workshop[topic: 1].soll[0].author = "Sam Okafor"
        workshop[topic: 1].soll[0].method = .brainstorming
        let screen = BoardRenderer.render(BoardFixtures.state(workshop, language: .de, width: 80, height: 24)
            .opening(field: 1)).text
        // Wrapped in the Soll column: owner and due date first, whole, then the rest.
        #expect(screen.contains("— verantwortlich: Jana Reed, head\n") || screen.contains("— verantwortlich: Jana Reed, head "), "\(screen)")
        #expect(screen.contains("of the workshop, bis 2027-03-31,"), "\(screen)")
        #expect(screen.contains("Sam Okafor") && screen.contains("Brainstorming"), "the other details wrap below, whole")
    }

    @Test("the field view shows each guiding question whole, or counts those it has no room for", arguments: [(80, 24), (60, 20), (100, 16)])
    func questionsWhole(width: Int, height: Int) {
        for topic in 1...20 {
            var state = BoardFixtures.state(BoardFixtures.joinery, language: .de, width: width, height: height)
            BoardFixtures.press([.character("g")], &state)
            BoardFixtures.type("\(topic)", &state)
            BoardFixtures.press([.enter, .enter], &state)
            let screen = BoardRenderer.render(state).text
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            for question in state.template.topic(topic).questions[.de] {
                let first = String(question.prefix(20))
                guard let start = lines.firstIndex(where: { $0.hasPrefix("? " + first) }) else { continue }
                let rest = lines[start...].prefix(6).joined(separator: " ")
                let words = question.split(separator: " ")
                #expect(rest.contains(String(words.last!)), "field \(topic): “\(question)” ends on screen: \(screen)")
            }
        }
    }
}

extension BoardState {
    /// The state with a field open (by number).
    func opening(field topic: Int) -> BoardState {
        var state = self
        BoardFixtures.press([.character("g")], &state)
        BoardFixtures.type("\(topic)", &state)
        BoardFixtures.press([.enter, .enter, .character("l")], &state)
        return state
    }
}
