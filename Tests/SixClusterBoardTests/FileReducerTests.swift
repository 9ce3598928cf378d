import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Reducer: save, quit, export, search")
struct FileReducerTests {
    @Test("Ctrl-S asks the loop to save; success marks the board saved")
    func save() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let effects = BoardFixtures.press([.control("s")], &state)
        #expect(effects == [.save(state.workshop, path: "workshop.yaml")])
        _ = BoardReducer.reduce(&state, .file(.saveSucceeded(state.workshop)))
        #expect(!state.isModified)
        #expect(state.message?.text == "Saved: workshop.yaml")
    }

    @Test("a failed save keeps every edit and says why")
    func failedSave() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        let edited = state.workshop
        _ = BoardReducer.reduce(&state, .file(.saveFailed(WriteFailure(path: "workshop.yaml", problem: .system(code: 13, message: "cannot be saved: permission denied")))))
        #expect(state.workshop == edited)
        #expect(state.isModified)
        #expect(state.message?.text == "workshop.yaml: cannot be saved: permission denied – your changes are kept (w: save elsewhere)")
        #expect(state.message?.isError == true)
    }

    @Test("q quits at once when everything is saved")
    func quitClean() {
        var state = BoardFixtures.state()
        #expect(BoardFixtures.press([.character("q")], &state) == [.removeRecovery, .quit])
    }

    @Test("q and Ctrl-C with unsaved changes ask: save, discard or cancel", arguments: [Key.character("q"), Key.control("c")])
    func quitAsks(key: Key) {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        #expect(BoardFixtures.press([key], &state).isEmpty)
        #expect(state.overlay == .dialog(.unsavedChanges))
        #expect(BoardFixtures.press([.escape], &state).isEmpty)
        #expect(state.overlay == nil)
        BoardFixtures.press([key], &state)
        #expect(BoardFixtures.press([.character("d")], &state) == [.removeRecovery, .quit])
        BoardFixtures.press([.escape, key], &state)
        #expect(BoardFixtures.press([.character("s")], &state) == [.save(state.workshop, path: "workshop.yaml")])
        #expect(BoardReducer.reduce(&state, .file(.saveSucceeded(state.workshop))) == [.removeRecovery, .quit])
    }

    @Test("a failed save on the way out does not quit")
    func quitSaveFails() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d"), .character("q"), .character("s")], &state)
        _ = BoardReducer.reduce(&state, .file(.saveFailed(WriteFailure(path: "workshop.yaml", problem: .system(code: 28, message: "no space left on the disk")))))
        #expect(BoardReducer.reduce(&state, .file(.saveSucceeded(state.workshop))) == [.removeRecovery])
    }

    @Test("a file with comments asks once before the first save")
    func commentsWarning() {
        var state = BoardState(workshop: BoardFixtures.joinery, filePath: "w.yaml", commentLines: [1, 7], language: .en)
        #expect(BoardFixtures.press([.control("s")], &state).isEmpty)
        #expect(state.overlay == .dialog(.commentsWillBeLost(lines: [1, 7])))
        #expect(BoardFixtures.press([.escape, .control("s")], &state).isEmpty)
        #expect(BoardFixtures.press([.character("s")], &state) == [.save(state.workshop, path: "w.yaml")])
        _ = BoardReducer.reduce(&state, .file(.saveSucceeded(state.workshop)))
        #expect(BoardFixtures.press([.control("s")], &state) == [.save(state.workshop, path: "w.yaml")])
    }

    @Test("export with empty fields asks: jump to the first, export anyway, or cancel")
    func exportDialog() {
        var state = BoardFixtures.state(file: "work/joinery.yaml")
        #expect(BoardFixtures.press([.character("x")], &state).isEmpty)
        #expect(state.overlay == .dialog(.exportWithEmptyFields([4, 8, 10, 13, 15, 18, 20])))
        BoardFixtures.press([.character("j")], &state)
        #expect(state.screen == .field)
        #expect(state.focusTopic == 4)
        BoardFixtures.press([.character("x")], &state)
        #expect(BoardFixtures.press([.character("e")], &state).isEmpty, "then the file is asked for")
        #expect(BoardRenderer.render(state).line(state.height - 2) == "Export as Markdown report, English (Tab: change) to: work/joinery.md")
        #expect(BoardFixtures.press([.enter], &state)
            == [.export(state.workshop, path: "work/joinery.md", language: .en, replacing: false)])
        _ = BoardReducer.reduce(&state, .file(.exportSucceeded("work/joinery.md")))
        #expect(state.message?.text == "Report exported: work/joinery.md")
    }

    @Test("the export prompt's Tab walks the formats (Markdown, HTML, SVG) by the path's ending, and the next export offers the last one")
    func exportFormats() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, file: "work/rad.yaml")
        BoardFixtures.press([.character("x")], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2) == "Export as Markdown report, German (Tab: change) to: work/rad.md")
        BoardFixtures.press([.tab], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2)
            == "Export as HTML (poster and report, to print), German (Tab: change) to: work/rad.html")
        BoardFixtures.press([.tab], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2) == "Export as SVG poster, German (Tab: change) to: work/rad.svg")
        // After the last format, Tab starts again with the first in the other language.
        BoardFixtures.press([.tab, .tab], &state)
        #expect(BoardFixtures.press([.enter], &state) == [.export(state.workshop, path: "work/rad.html", language: .en, replacing: false)])
        BoardFixtures.press([.character("x")], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2).hasSuffix("to: work/rad.html"), "the last format is offered again")
    }

    @Test("a report file that sixcluster did not write is replaced only when asked; the next export offers the same path")
    func exportReplaces() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, file: "rad.yml")
        BoardFixtures.press([.character("x"), .control("u")], &state)
        BoardFixtures.type("~/berichte/rad.md", &state)
        #expect(BoardFixtures.press([.enter], &state) == [.export(state.workshop, path: "~/berichte/rad.md", language: .de, replacing: false)])
        _ = BoardReducer.reduce(&state, .file(.exportWouldReplace("/home/ana/berichte/rad.md")))
        #expect(state.overlay == .dialog(.replaceReport(path: "/home/ana/berichte/rad.md")))
        #expect(BoardRenderer.render(state).text.contains("e  replace it"))
        #expect(BoardFixtures.press([.character("e")], &state)
            == [.export(state.workshop, path: "/home/ana/berichte/rad.md", language: .de, replacing: true)])
        BoardFixtures.press([.character("x")], &state)
        #expect(BoardRenderer.render(state).line(state.height - 2) == "Export as Markdown report, German (Tab: change) to: /home/ana/berichte/rad.md")
        BoardFixtures.press([.escape, .character("x"), .control("u"), .enter], &state)
        #expect(state.message?.text == "Nothing exported")
    }

    @Test("a complete workshop exports at once, in its own language")
    func exportComplete() {
        var state = BoardFixtures.state(BoardFixtures.bicycle, file: "rad.yml")
        #expect(BoardFixtures.press([.character("x"), .enter], &state)
            == [.export(state.workshop, path: "rad.md", language: .de, replacing: false)])
    }

    @Test("/ searches all cards as you type, ignoring case; n and N step across fields; Esc returns")
    func search() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.character("/")], &state)
        BoardFixtures.type("CUSTOMER", &state)
        let hits = state.search?.hits ?? []
        #expect(hits.map(\.topic) == [1, 2, 3, 11])
        #expect(hits[0] == CardLocation(topic: 1, column: .ist, index: 0))
        #expect(state.screen == .field)
        #expect(state.location == hits[0])
        BoardFixtures.press([.enter, .character("n")], &state)
        #expect(state.location == hits[1])
        BoardFixtures.press([.character("N"), .character("N")], &state)
        #expect(state.location == hits[hits.count - 1], "N wraps around to the last hit")
        #expect(state.message?.text == "Hit \(hits.count) of \(hits.count) for “CUSTOMER”")
        BoardFixtures.press([.character("/"), .character("x"), .escape], &state)
        #expect(state.location == hits[hits.count - 1])
        #expect(state.search == nil)
    }
}

@Suite("Reducer: save as")
struct SaveAsReducerTests {
    @Test("a failed save points to w; w saves elsewhere and the board goes on with the new file")
    func saveAs() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d"), .control("s")], &state)
        _ = BoardReducer.reduce(&state, .file(.saveFailed(WriteFailure(path: "workshop.yaml", problem: .system(code: 28, message: "cannot be saved: no space left on the disk")))))
        #expect(state.message?.text == "workshop.yaml: cannot be saved: no space left on the disk – your changes are kept (w: save elsewhere)")
        BoardFixtures.press([.character("w"), .control("u")], &state)
        BoardFixtures.type("/mnt/stick/workshop.yaml", &state)
        #expect(BoardFixtures.press([.enter], &state) == [.saveAs(state.workshop, path: "/mnt/stick/workshop.yaml")])
        #expect(state.filePath == "workshop.yaml", "the board switches only once the save worked")
        _ = BoardReducer.reduce(&state, .file(.savedAs(state.workshop, path: "/mnt/stick/workshop.yaml")))
        #expect(state.filePath == "/mnt/stick/workshop.yaml")
        #expect(!state.isModified)
    }
}
