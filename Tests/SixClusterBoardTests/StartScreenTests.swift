import SnapshotTesting
import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("The start screen")
struct StartScreenTests {
    private static let entries = [
        StartEntry(path: "/home/ana/rad/fahrrad.yaml", origin: .recent, modified: "2026-12-01 17:40",
                   details: .workshop(title: "Fahrradhandel – Strategie", organisation: "Rad & Co", date: "2026-03-12", ist: 20, soll: 19)),
        StartEntry(path: "joinery.yaml", origin: .folder, modified: "2026-11-30 09:12",
                   details: .workshop(title: "Made-to-measure kitchen fronts", organisation: "Holz GmbH", date: "2026-11-30", ist: 13, soll: 9)),
        StartEntry(path: "kaputt.yaml", origin: .folder, modified: "2026-11-29 08:00", details: .broken("line 3: unknown key 'feilds'")),
        StartEntry(path: "Workshops/neu.yaml", origin: .folder, modified: "2026-11-28 10:00"),
    ]

    private func state(width: Int = 80, height: Int = 24, language: Language = .en) -> StartState {
        StartState(entries: Self.entries, language: language, width: width, height: height)
    }

    @discardableResult
    private func press(_ keys: [Key], _ state: inout StartState) -> [StartEffect] {
        keys.flatMap { StartReducer.reduce(&state, .input(.key($0))) }
    }

    @Test("the screen at 80×24 and 120×40, in English and German", arguments: [(80, 24), (120, 40)])
    func screens(size: (Int, Int)) {
        for language in Language.allCases {
            assertSnapshot(of: StartView.render(state(width: size.0, height: size.1, language: language)).text, as: .lines,
                           named: "start-\(size.0)x\(size.1)-\(language.rawValue)")
        }
    }

    @Test("arrows and j/k walk the list, Enter opens the selected workshop, q quits")
    func walkAndOpen() {
        var start = state()
        press([.down, .character("j"), .character("k")], &start)
        #expect(start.selectedEntry?.path == "joinery.yaml")
        #expect(press([.enter], &start) == [.open("joinery.yaml")])
        press([.end, .down], &start)
        #expect(start.selectedEntry?.path == "Workshops/neu.yaml", "the end stays the end")
        #expect(press([.character("q")], &start) == [.quit])
    }

    @Test("the user's keys walk, filter and quit the list as on the board; the bottom row names them")
    func userKeys() throws {
        let yaml = "keys:\n  parking-lot:\n    down: [down, s]\n    up: [up, w]\n  global:\n    search: [f]\n    quit: [Q]\n"
        let keymap = try ConfigReader(file: "config.yaml", language: .en).read(Array(yaml.utf8)).keymap
        var start = StartState(entries: Self.entries, language: .en, keymap: keymap)
        press([.character("s"), .character("s"), .character("w")], &start)
        #expect(start.selectedEntry?.path == "joinery.yaml")
        press([.character("j")], &start)
        #expect(start.selectedEntry?.path == "joinery.yaml", "j is not bound any more")
        #expect(press([.character("q")], &start) == [], "nor is q")
        #expect(StartView.render(start).text.contains("f filter  Q quits"))
        press([.character("f")], &start)
        guard case .filter = start.input else { Issue.record("f filters"); return }
        press([.escape], &start)
        #expect(press([.character("Q")], &start) == [.quit])
    }

    @Test("/ filters by name, title and firm; Esc shows all again")
    func filter() {
        var start = state()
        press([.character("/")], &start)
        for c in "holz" { press([.character(c)], &start) }
        #expect(start.visible.map(\.path) == ["joinery.yaml"])
        press([.enter], &start)
        #expect(StartView.render(start).text.contains("Filter “holz”: 1 – Esc shows all"))
        #expect(press([.enter], &start) == [.open("joinery.yaml")])
        press([.escape], &start)
        #expect(start.visible.count == 4)
    }

    @Test("n asks for a file name (one no entry has) and a title, then makes the workshop; an existing name is refused")
    func newWorkshop() {
        var start = state()
        press([.character("n")], &start)
        #expect(StartView.render(start).text.contains("New workshop, file: workshop.yaml"))
        press([.control("u")], &start)
        for c in "joinery" { press([.character(c)], &start) }
        press([.enter], &start)
        #expect(start.message == "joinery.yaml exists already – Enter opens it")
        press([.character("n"), .control("u")], &start)
        for c in "markt" { press([.character(c)], &start) }
        press([.enter], &start)
        #expect(StartView.render(start).text.contains("The workshop's title:"))
        for c in "Wochenmarkt" { press([.character(c)], &start) }
        #expect(press([.enter], &start) == [.create(path: "markt.yaml", title: "Wochenmarkt")])
        _ = StartReducer.reduce(&start, .createFailed("markt.yaml: Permission denied"))
        #expect(StartView.render(start).text.contains("markt.yaml: Permission denied"))
    }

    @Test("details arrive after the first frame; a broken workshop shows its first problem")
    func details() {
        var start = state()
        #expect(StartView.render(start).text.contains("     …"), "not read yet")
        _ = StartReducer.reduce(&start, .details(path: "Workshops/neu.yaml",
                                                 .workshop(title: "Neu", organisation: "", date: "", ist: 0, soll: 0)))
        let text = StartView.render(start).text
        #expect(text.contains("Neu") && text.contains("Ist 0/20  Soll 0/20"))
        #expect(text.contains("⚠ line 3: unknown key 'feilds'"))
    }

    @Test("the mouse: a click selects, a click on the selected entry or a double click opens, the wheel scrolls")
    func mouse() {
        var start = state()
        let row = (0..<24).first { StartView.entryIndex(atRow: $0, in: start) == 1 }!
        #expect(StartReducer.reduce(&start, .input(.mouse(MouseEvent(.click(count: 1), x: 5, y: row)))).isEmpty)
        #expect(start.selected == 1)
        #expect(StartReducer.reduce(&start, .input(.mouse(MouseEvent(.click(count: 1), x: 5, y: row)))) == [.open("joinery.yaml")])
        _ = StartReducer.reduce(&start, .input(.mouse(MouseEvent(.wheelDown, x: 5, y: row))))
        #expect(start.selected == 3)
    }

    @Test("a narrow screen keeps the date, the file and the last change: the path keeps its end, the firm gives way")
    func narrowDetails() {
        let facts = ["Fahrradhandel (Anwendungsbeispiel)", "2026-03-12"]
        let changed = "changed 2026-12-07 09:32"
        let path = "/home/ana/workshops/2026/fahrradhandel-city-c200.yaml"
        let wide = StartView.detailLine(facts, path: path, changed: changed, width: 200)
        #expect(wide == "     Fahrradhandel (Anwendungsbeispiel) · 2026-03-12 · \(path) · \(changed)")
        let middle = StartView.detailLine(facts, path: path, changed: changed, width: 120)
        #expect(middle == "     Fahrradhandel (Anwendungsbeispiel) · 2026-03-12 · …/2026/fahrradhandel-city-c200.yaml · \(changed)")
        let shortened = StartView.detailLine(facts, path: path, changed: changed, width: 90)
        #expect(shortened.hasPrefix("     Fahrradhandel… · ") && shortened.hasSuffix(" · 2026-03-12 · fahrradhandel-city-c200.yaml · \(changed)"))
        #expect(DisplayWidth.of(shortened) <= 90)
        let narrow = StartView.detailLine(facts, path: "Workshops/fahrradhandel-city-c200.yaml", changed: changed, width: 80)
        #expect(narrow == "     2026-03-12 · fahrradhandel-city-c200.yaml · \(changed)")
        let tiny = StartView.detailLine(facts, path: "fahrradhandel-city-c200.yaml", changed: changed, width: 40)
        #expect(DisplayWidth.of(tiny) == 40 && tiny.hasSuffix("…"))
    }
}
