import Foundation
import Testing
import SixClusterTestSupport

/// What a facilitator ran into in a first real workshop, each step as seen in a real terminal.
@Suite("A facilitator's first workshop (tmux)")
struct FirstWorkshopEndToEndTests {
    private func copy(_ name: String = "w.yaml") throws -> URL {
        try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: name)
    }

    @Test("1: save as moves the board to the new file: a board there finds it, a board on the old file is alone")
    func saveAsMovesLock() throws {
        let a = try copy("A.yaml")
        let b = a.deletingLastPathComponent().appendingPathComponent("B.yaml")
        let first = try CLI.board(a)
        defer { first.close() }
        try first.waitFor("saved")
        try first.send("w", "C-u")
        try first.type(b.path)
        try first.send("Enter")
        try first.waitFor("the board goes on with this file")
        let second = try CLI.board(b, "--author Ben")
        defer { second.close() }
        try second.waitFor("In the workshop with you: ")
        let third = try CLI.board(a)
        defer { third.close() }
        try third.waitFor("saved")
        #expect(!(try third.screen()).contains("with "), "nobody else is on the old file")
        try third.quit()
        let folder = a.deletingLastPathComponent().path
        #expect(FileManager.default.fileExists(atPath: folder + "/.B.yaml.sixcluster-boards"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.A.yaml.sixcluster-boards"))
    }

    @Test("1: save as onto a file another board edits is refused, and the edits stay")
    func saveAsOntoLockedFile() throws {
        let a = try copy("A.yaml")
        let b = a.deletingLastPathComponent().appendingPathComponent("B.yaml")
        try FileManager.default.copyItem(at: a, to: b)
        let other = try CLI.board(b)
        defer { other.close() }
        try other.waitFor("saved")
        let board = try CLI.board(a)
        defer { board.close() }
        try board.waitFor("saved")
        try board.send("w", "C-u")
        try board.type(b.path)
        try board.send("Enter")
        try board.waitForWrapped("is editing this file – please choose another name")
        #expect(try board.screen().contains("A.yaml"), "the board stays on its own file")
    }

    @Test("2: a search without hits says so with the query as typed, and n repeats it")
    func searchWithoutHits() throws {
        let tmux = try CLI.board(try copy())
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("/")
        try tmux.type("qqq")
        try tmux.send("Enter")
        try tmux.waitFor("No hits for “qqq”")
        #expect(!(try tmux.screen()).contains("Hit 1"))
        try tmux.send("n")
        try tmux.waitFor("No hits for “qqq”")
    }

    @Test("3: a write-protected file opens with the reason; saving asks, and 'save anyway' keeps the mode")
    func writeProtected() throws {
        let file = try copy()
        chmod(file.path, 0o444)
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitForWrapped("write-protected (mode 0444)")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Trotzdem notiert")
        try tmux.send("Enter", "C-s")
        try tmux.waitFor("File write-protected")
        try tmux.send("s")
        try tmux.waitFor("Saved:")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("  - Trotzdem notiert\n"))
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o444)
    }

    @Test("4: x asks for the file, and before replacing a report sixcluster did not write")
    func exportAsks() throws {
        let file = try copy()
        let report = file.deletingLastPathComponent().appendingPathComponent("w.md")
        try Data("# Meine Notizen\n".utf8).write(to: report)
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("x", "e")
        try tmux.waitFor("Export as Markdown report, English (Tab: change) to: " + report.path)
        try tmux.send("Enter")
        try tmux.waitFor("Replace the file?")
        try tmux.send("Escape")
        #expect(try String(contentsOf: report, encoding: .utf8) == "# Meine Notizen\n")
        try tmux.send("x", "e", "Enter")
        try tmux.waitFor("Replace the file?")
        try tmux.send("e")
        try tmux.waitFor("Report exported: " + report.path)
        // Its own untouched report is replaced without a question.
        try tmux.send("x", "e", "Enter")
        try tmux.waitFor("Report exported: " + report.path)
        #expect(!(try tmux.screen()).contains("Replace the file?"))
    }

    @Test("4: a report path ending in .svg gets the board as a poster")
    func exportPoster() throws {
        let file = try copy()
        let poster = file.deletingLastPathComponent().appendingPathComponent("w.svg")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("x", "e", "C-u")
        try tmux.type(poster.path)
        try tmux.send("Enter")
        try tmux.waitFor("Report exported: " + poster.path)
        let svg = try String(contentsOf: poster, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("</svg>"))
    }

    @Test("5: the presentation hint goes with the mode, and messages fade")
    func messagesFade() throws {
        let tmux = try CLI.board(try copy())
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("P")
        try tmux.waitFor("Presentation – typing adds a card")
        try tmux.send("Escape", "Escape")
        try tmux.waitUntil("the hint gone") { !$0.contains("Presentation – typing") && $0.contains("saved") }
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Notiz")
        try tmux.send("Enter", "u", "C-r")
        try tmux.waitFor("Redone")
        try tmux.waitUntil("“Redone” fading", timeout: 10) { !$0.contains("Redone") }
    }

    @Test("6: hints in presentation mode name its own keys (Ctrl-Z to undo there)")
    func presentationHints() throws {
        let tmux = try CLI.board(try copy())
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("P", "Up", "DC")
        try tmux.waitFor("Card deleted (Ctrl-Z: undo)")
    }

    @Test("7: a mistyped command gets 'did you mean', exit 64, with or without a file after it")
    func mistypedCommand() throws {
        for arguments in [["exprot"], ["exprot", "f.yaml"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64)
            #expect(run.stderr.contains("did you mean 'export'?"))
        }
        let german = try CLI.run(["exprot"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stderr.contains("meinten Sie „export“?"))
    }

    @Test("7: a new file that nobody typed into quits at once, and is not created")
    func newFileQuits() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("Notes.yml")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("new")
        try tmux.quit()
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("8: save as expands ~ and names the whole path")
    func saveAsHome() throws {
        let home = try TestPaths.temporaryFolder()
        let tmux = try CLI.board(try copy(), environment: ["LANG": "C.UTF-8", "HOME": home.path])
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("w", "C-u")
        try tmux.type("~/kopie.yaml")
        try tmux.send("Enter")
        try tmux.waitForWrapped("Saved: \(home.path)/kopie.yaml")
        #expect(FileManager.default.fileExists(atPath: home.path + "/kopie.yaml"))
    }

    @Test("9: long text typed in presentation mode wraps in its column as it will look")
    func captureWraps() throws {
        let tmux = try CLI.board(try copy(), width: 80, height: 24)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("P")
        try tmux.type("Kunden wollen jede Front im eigenen Farbton und mit eigenem Griff bestellen")
        let screen = try tmux.waitFor("bestellen")
        let column = screen.split(separator: "\n").filter { $0.contains("┃") }.map { String($0.split(separator: "┃")[0]) }
        #expect(column.contains { $0.contains("› Kunden wollen") }, "the start in the column:\n\(screen)")
        #expect(column.contains { $0.contains("bestellen") }, "the end of the text is in the column too:\n\(screen)")
    }

    @Test("10: at 80×24 a scroll mark never covers a character of card text")
    func scrollMark() throws {
        let file = try copy()
        let long = String(repeating: "Aufmaß vor Ort ", count: 3)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "- topic: 4\n  name: Learning-relationship information\n  ist: []",
                                          with: "- topic: 4\n  name: Learning-relationship information\n  ist:\n"
                                            + (1...12).map { "  - \(long)\($0)\n" }.joined())
        try Data(text.utf8).write(to: file)
        let tmux = try CLI.board(file, width: 80, height: 24)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter")
        let screen = try tmux.waitFor("↓")
        #expect(!screen.contains("ß↓") && !screen.contains("O↓") && !screen.contains("r↓"), "\(screen)")
        #expect(screen.split(separator: "\n").contains { $0.hasSuffix(" ↓") || $0.contains(" ↓│") || $0.contains("  ↓") })
    }

    @Test("11: time spent in presentation mode is saved on quit")
    func timeSavedOnQuit() throws {
        let file = try copy()
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "5", "Enter", "P")
        try tmux.waitFor("Presentation – typing adds a card")
        usleep(2_500_000) // the room spends time on the field: the clock itself is what is tested
        try tmux.send("Escape", "q")
        try tmux.waitFor("SIXCLUSTER-EXIT=0")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains("- topic: 5\n") && saved.contains("  seconds: "), "\(saved)")
    }

    @Test("12: emoji go into the file as themselves")
    func emojiInFile() throws {
        let file = try copy()
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Kräuterfront 🌿")
        try tmux.send("Enter")
        try tmux.saveAndQuit()
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains("  - Kräuterfront 🌿\n"))
        #expect(!saved.contains("\\U"))
    }

    @Test("13: TERM=dumb gets a clear message and exit 2")
    func dumbTerminal() throws {
        let file = try copy()
        let tmux = try TmuxSession("TERM=dumb '\(CLI.binary.path)' '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        defer { tmux.close() }
        try tmux.waitForWrapped("cannot place the cursor, so the board cannot be drawn on it;")
        try tmux.waitFor("SIXCLUSTER-EXIT=2")
    }
}

/// The facilitator's wishes, in a real terminal.
@Suite("What slowed the room down (tmux)")
struct RoomEndToEndTests {
    @Test("Ctrl-P parks the typed text; L shows the lot; S moves the point into a field's Soll column")
    func parkingLot() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("P")
        try tmux.type("Messe 2027 besuchen")
        try tmux.send("C-p")
        try tmux.waitFor("Parked: “Messe 2027 besuchen”")
        try tmux.send("Escape", "Escape", "L")
        try tmux.waitFor("Parking lot (1)")
        try tmux.waitFor("• Messe 2027 besuchen")
        try tmux.send("S")
        try tmux.type("8")
        try tmux.send("Enter")
        try tmux.waitFor("Moved to field 8 New technologies (Soll)")
        try tmux.saveAndQuit()
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains("- topic: 8\n  name: New technologies\n  ist: []\n  soll:\n  - Messe 2027 besuchen\n"))
        #expect(!saved.contains("parked:"))
    }

    @Test("f moves a card to another field; Ctrl-C in the prompt cancels without quitting")
    func moveAndCancel() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("Enter", "f")
        try tmux.waitFor("Move the card to field no. (1-20):")
        try tmux.send("C-c")
        try tmux.waitUntil("the prompt gone, the board still there") { !$0.contains("Move the card") && $0.contains("Customer needs") }
        try tmux.send("f")
        try tmux.type("13")
        try tmux.send("Enter")
        try tmux.waitFor("Card moved to field 13 Data capture (u: undo)")
        try tmux.saveAndQuit()
        #expect(try String(contentsOf: file, encoding: .utf8).contains("- topic: 13\n  name: Data capture\n  ist:\n  - text: Customers mostly differ on width and height, rarely on depth\n"))
    }
}
