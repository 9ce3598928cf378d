import Testing
import SixClusterModel
@testable import SixClusterBoard

/// A prompt that opens with a suggestion (the timebox's minutes, a file name, the last search) takes the first
/// character typed as the start of a new value, as a selected text would; a card's own text is edited instead.
@Suite("Reducer: suggested values are replaced by typing")
struct SuggestionPromptTests {
    private func promptText(_ state: BoardState) -> String? {
        if case .prompt(let prompt)? = state.overlay { return prompt.editor.text }
        return nil
    }

    @Test("F3, f, then 1 and Enter starts a one-minute timebox, not 101 minutes")
    func timeboxMinutes() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.function(3), .character("f")], &state)
        #expect(promptText(state) == "10")
        BoardFixtures.press([.character("1")], &state)
        #expect(promptText(state) == "1")
        BoardFixtures.press([.enter], &state)
        #expect(state.timebox?.remaining(at: state.clock) == 60)
    }

    @Test("a cursor move keeps the suggestion to edit it; Backspace clears it whole")
    func moveKeepsDeleteClears() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.function(3), .character("f"), .end, .character("5")], &state)
        #expect(promptText(state) == "105")
        BoardFixtures.press([.escape, .function(3), .character("f"), .backspace], &state)
        #expect(promptText(state) == "")
    }

    @Test("the export's file name and the last search are replaced by what is typed; a card's text is not", arguments: ["x", "/"])
    func otherSuggestions(key: Character) {
        var state = BoardFixtures.state(BoardFixtures.bicycle)
        if key == "/" {
            BoardFixtures.press([.character("/")], &state)
            BoardFixtures.type("RAL", &state)
            BoardFixtures.press([.enter, .character("/")], &state)
            #expect(promptText(state) == "RAL")
        } else {
            BoardFixtures.press([.character("x")], &state)
            #expect(promptText(state)?.hasSuffix(".md") == true)
        }
        BoardFixtures.type("neu", &state)
        #expect(promptText(state) == "neu")
    }

    @Test("editing a card appends to its text; the screen shows a suggestion as selected")
    func cardTextIsEdited() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("e"), .character("!")], &state)
        #expect(promptText(state)?.hasSuffix("width and height, rarely on depth!") == true)
        BoardFixtures.press([.escape, .escape, .function(3), .character("f")], &state)
        let grid = BoardRenderer.render(state)
        let row = (0..<grid.height).first { grid.line($0).contains("10") && grid.line($0).contains(":") }
        #expect(row.map { y in (0..<grid.width).contains { grid[$0, y].text == "1" && grid[$0, y].style.reverse } } == true)
    }
}

/// The export prompt says in which language the report is written; Tab walks the formats, then the other language.
@Suite("Reducer: the report's language in the export prompt")
struct ExportLanguageTests {
    @Test("a German board on an English workshop names English; Tab through the formats reaches German, and the export says so")
    func languageNamedAndSwitched() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, language: .de)
        var workshop = state.workshop
        workshop.metadata.language = .en
        state = BoardFixtures.state(workshop, language: .de)
        BoardFixtures.press([.character("x")], &state)
        let label = { (state: BoardState) -> String in
            guard case .prompt(let prompt)? = state.overlay else { return "" }
            return PromptView.label(prompt.purpose, state: state)
        }
        #expect(label(state).contains("Englisch (Tab: ändern)"), "\(label(state))")
        #expect(BoardRenderer.render(state).text.contains("Englisch (Tab"))
        var seen: [String] = []
        for _ in 0..<ExportFormat.allCases.count {
            BoardFixtures.press([.tab], &state)
            seen.append(label(state))
        }
        #expect(seen.last?.contains("Deutsch (Tab") == true, "\(seen)")
        #expect(seen.dropLast().allSatisfy { $0.contains("Englisch (Tab") }, "the other formats first, in the same language")
        let effects = BoardFixtures.press([.enter], &state)
        guard case .export(_, _, let language, _)? = effects.first else {
            Issue.record("Enter exports: \(effects)")
            return
        }
        #expect(language == .de)
    }
}
