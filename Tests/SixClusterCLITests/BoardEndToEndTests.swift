import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// The real binary in tmux: keys in, screens and files out.
@Suite("The board in a real terminal (tmux)")
struct BoardEndToEndTests {
    private func copy(_ name: String) throws -> URL {
        try TestPaths.copyOfWorkshop(name)
    }

    private func board(_ file: URL, _ options: String = "", environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> TmuxSession {
        try CLI.board(file, options, environment: environment)
    }

    @Test("open, add a card with umlauts and CJK to a Soll column, undo, redo, save, quit")
    func editCycle() throws {
        let file = try copy("joinery-kitchen-fronts.yaml")
        let tmux = try board(file)
        defer { tmux.close() }
        try tmux.waitFor("Made-to-measure kitchen fronts")
        try tmux.send("Tab", "Enter")
        try tmux.waitFor("Customer › 2 Customer communication")
        try tmux.send("l", "a")
        try tmux.waitFor("New Soll card:")
        try tmux.type("Größere Auswahl – 漢字テスト")
        try tmux.waitFor("✎ Größere Auswahl – 漢字テスト")
        try tmux.send("Enter")
        try tmux.waitFor("• Größere Auswahl – 漢字テスト")
        try tmux.waitFor("● modified")
        try tmux.send("u")
        try tmux.waitUntil("the card to go") { !$0.contains("• Größere Auswahl") && $0.contains("Undone") }
        try tmux.send("C-r")
        try tmux.waitFor("• Größere Auswahl – 漢字テスト")
        try tmux.saveAndQuit()
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("- topic: 2\n  name: Customer communication\n  ist:\n  - Quotes go out by e-mail as PDF; follow-up only by phone\n  soll:\n  - A customer portal that shows the order, the drawing and the delivery date\n  - Größere Auswahl – 漢字テスト\n"))
    }

    @Test("with TERM=xterm-256color inside tmux, Home, End and Delete in the editor edit the text; no Escape, no command runs")
    func foreignKeySequences() throws {
        let file = try copy("joinery-kitchen-fronts.yaml")
        let tmux = try board(file, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        defer { tmux.close() }
        try tmux.waitFor("Made-to-measure kitchen fronts")
        try tmux.send("Tab", "Enter", "l", "e")
        try tmux.waitFor("✎ A customer portal")
        // tmux sends its own Home (ESC [1~), which xterm's description does not know.
        try tmux.send("Home")
        try tmux.type(">>")
        try tmux.send("End")
        try tmux.type("<<")
        try tmux.send("Home", "DC")
        try tmux.waitFor("✎ >A customer portal")
        try tmux.send("Enter")
        try tmux.waitFor("• >A customer portal that shows the order")
        try tmux.send("PPage", "NPage", "F4")
        try tmux.waitFor("Closing review")
        try tmux.send("Escape")
        try tmux.saveAndQuit()
        let workshop = try WorkshopFiles.read(file)
        #expect(workshop[topic: 2].soll.map(\.text) == [">A customer portal that shows the order, the drawing and the delivery date<<"])
        #expect(workshop[topic: 2].ist.map(\.text) == ["Quotes go out by e-mail as PDF; follow-up only by phone"], "no card was deleted")
    }

    @Test("resizing to 60×20 shows the field list, and back to 120×40 the board")
    func resize() throws {
        let tmux = try board(try copy("joinery-kitchen-fronts.yaml"))
        defer { tmux.close() }
        try tmux.waitFor("┌─ Customer")
        try tmux.resize(width: 60, height: 20)
        let small = try tmux.waitUntil("the compact list") { !$0.contains("┌─ Customer") && $0.contains("Customer 3/4·2/4\n") }
        #expect(small.contains("  1 Customer needs"))
        try tmux.resize(width: 10, height: 3)
        try tmux.waitFor("Terminal")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("┌─ Customer")
        try tmux.quit()
    }

    @Test("quitting with unsaved changes asks; discarding leaves the file as it was")
    func quitAsks() throws {
        let file = try copy("joinery-kitchen-fronts.yaml")
        let before = try Data(contentsOf: file)
        let tmux = try board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("Enter", "d")
        try tmux.waitFor("Card deleted")
        try tmux.send("C-c")
        try tmux.waitFor("has unsaved changes")
        try tmux.send("Escape")
        try tmux.waitUntil("the dialog to close") { !$0.contains("has unsaved changes") }
        try tmux.send("q")
        try tmux.waitFor("d  discard and quit")
        try tmux.send("d")
        try tmux.waitFor("SIXCLUSTER-EXIT=0")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a pasted list becomes one card per line")
    func paste() throws {
        let file = try copy("joinery-kitchen-fronts.yaml")
        let tmux = try board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.waitFor("New Ist card:")
        try tmux.paste("Stammkunden bestellen nach\nKüchen werden alle 15 Jahre erneuert\n")
        try tmux.waitFor("• Küchen werden alle 15 Jahre erneuert")
        try tmux.saveAndQuit()
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("  ist:\n  - Stammkunden bestellen nach\n  - Küchen werden alle 15 Jahre erneuert\n"))
    }

    @Test("a file that does not exist yet is written at the first save, in German with LANG=de")
    func newFile() throws {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("neu.yaml")
        let tmux = try board(file, environment: ["LANG": "de_DE.UTF-8"])
        defer { tmux.close() }
        try tmux.waitFor("● neu")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        try tmux.send("Enter", "a")
        try tmux.type("Erste Karte")
        try tmux.send("Enter", "C-s")
        try tmux.waitFor("Gespeichert:")
        try tmux.quit()
        #expect(try String(contentsOf: file, encoding: .utf8).contains("  - Erste Karte\n"))
    }

    @Test("the next board offers the format exported last (HTML here); a format in the config file comes first")
    func lastExportFormat() throws {
        let file = try copy("fahrradhandel-city-c200.yaml")
        let environment = ["LANG": "C.UTF-8", "XDG_STATE_HOME": try TestPaths.temporaryFolder().path]
        let first = try board(file, "--no-config --lang en", environment: environment)
        defer { first.close() }
        try first.waitFor("? help")
        try first.send("x")
        try first.waitFor("Export as Markdown report, German (Tab: change)")
        try first.send("Tab")
        try first.waitFor("Export as HTML")
        try first.send("Enter")
        try first.waitFor("Report exported:")
        try first.quit()
        #expect(FileManager.default.fileExists(atPath: file.deletingPathExtension().path + ".html"))

        let second = try board(file, "--no-config --lang en", environment: environment)
        defer { second.close() }
        try second.waitFor("? help")
        try second.send("x")
        try second.waitUntil("the HTML file offered") { $0.contains("Export as HTML (poster and report, to print)") && $0.contains("fahrradhandel-city-c200.html\n") }
        try second.send("Escape")
        try second.quit()

        let config = try TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("sixcluster"), withIntermediateDirectories: true)
        try Data("export-format: svg\n".utf8).write(to: config.appendingPathComponent("sixcluster/config.yaml"))
        let third = try board(file, "--lang en", environment: environment.merging(["XDG_CONFIG_HOME": config.path]) { $1 })
        defer { third.close() }
        try third.waitFor("? help")
        try third.send("x")
        try third.waitUntil("the SVG file offered") { $0.contains("Export as SVG poster") && $0.contains("fahrradhandel-city-c200.svg\n") }
    }

    @Test("an idle board writes nothing; a cursor move writes a small part of the screen")
    func outputOnlyForChanges() throws {
        let tmux = try board(try copy("joinery-kitchen-fronts.yaml"), "--no-color")
        defer { tmux.close() }
        let before = try tmux.waitUntil("the board", attributes: true) { $0.contains("? help") }
        // What the board does right after its first frame (asking for mouse reports) is done before the watch.
        _ = try tmux.waitUntil("mouse reports asked for") { _ in (try? tmux.paneFormat("#{mouse_sgr_flag}")) == "1" }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sixcluster-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try tmux.record(to: output)
        // The board wakes every second while idle; over two and a half seconds it must not send a byte.
        usleep(2_500_000)
        #expect(try Data(contentsOf: output).isEmpty, "an idle board sends nothing")
        try tmux.send("j")
        try tmux.waitUntil("the focus to move", attributes: true) { $0 != before }
        try tmux.stopRecording()
        let written = try Data(contentsOf: output).count
        #expect(written > 0 && written < 600, "one move sent \(written) bytes; the screen holds 4800 cells")
    }

    @Test("SIGTERM and SIGHUP end the board with the terminal restored", arguments: ["TERM", "HUP", "INT"])
    func signals(signal: String) throws {
        let tmux = try board(try copy("joinery-kitchen-fronts.yaml"), "--no-color")
        defer { tmux.close() }
        try tmux.waitFor("saved")
        let pid = try #require(try tmux.programPID(named: "sixcluster"))
        _ = try ProgramRun.run(URL(fileURLWithPath: "/bin/kill"), ["-\(signal)", "\(pid)"])
        let screen = try tmux.waitFor("SIXCLUSTER-EXIT=")
        #expect(!screen.contains("┌─ Customer"), "the board's screen is gone: the terminal is back to normal")
        // The terminal echoes typing again: it is out of the board's raw mode.
        try tmux.type("still-working")
        try tmux.waitFor("still-working")
    }
}

@Suite("Colour in a real terminal (tmux)")
struct ColourEndToEndTests {
    /// Whether a screen dump sets a foreground colour (SGR 30-37, 90-97 or 38;…).
    private func hasColour(_ dump: String) -> Bool {
        dump.range(of: #"\x1B\[[0-9;]*(?<![0-9])(3[0-8]|9[0-7])[;m]"#, options: .regularExpression) != nil
    }

    /// Whether a screen dump paints a black background (SGR 40), as the high-contrast theme does.
    private func hasBlackBackground(_ dump: String) -> Bool {
        dump.range(of: #"\x1B\[[0-9;]*(?<![0-9])40[;m]"#, options: .regularExpression) != nil
    }

    @Test("--theme high-contrast draws bright on black, C toggles it at once, NO_COLOR still wins",
          arguments: [([:] as [String: String], true), (["NO_COLOR": "1"], false)])
    func highContrast(environment: [String: String], coloured: Bool) throws {
        var env = environment
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "xterm-256color"
        let tmux = try CLI.board(try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml"), "--theme high-contrast --lang en",
                                 environment: env)
        defer { tmux.close() }
        try tmux.waitFor("? help")
        let dump = try tmux.screenWithAttributes()
        #expect(hasBlackBackground(dump) == coloured)
        #expect(hasColour(dump) == coloured)
        #expect(dump.contains("\u{1B}[1m") || dump.contains(";1m") || dump.contains("[1;"), "high contrast is bold either way")
        if coloured {
            try tmux.send("C")
            try tmux.waitFor("High contrast off")
            #expect(!hasBlackBackground(try tmux.screenWithAttributes()), "the standard theme keeps the terminal's background")
            #expect(hasColour(try tmux.screenWithAttributes()))
        }
        try tmux.quit()
    }

    /// Everything the board writes from its start to its first frame, in a 120×40 tmux pane.
    private func firstFrame(_ option: String) throws -> String {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml")
        let tmux = try TmuxSession("read -r go; '\(CLI.binary.path)' \(option) --lang en '\(file.path)'",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        defer { tmux.close() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sixcluster-frame-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try tmux.record(to: output)
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.stopRecording()
        try tmux.quit()
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    @Test("a first frame in colour sends the same text as one without: the blanks of a fresh screen stay unsent")
    func firstFrameInColourSkipsBlanks() throws {
        let plain = try firstFrame("--no-color")
        let coloured = try firstFrame("")
        let customerBlue = "\u{1B}[34m"
        #expect(coloured.contains(customerBlue) && !plain.contains(customerBlue))
        let text = { (frame: String) in
            frame.replacingOccurrences(of: #"\x1B(\[[0-9;?]*[A-Za-z]|[()][0-9A-B]|.)"#, with: "", options: .regularExpression)
        }
        #expect(text(coloured).count(where: { $0 == " " }) == text(plain).count(where: { $0 == " " }),
                "colour adds colour changes, never blanks")
    }

    @Test("clusters are coloured where the terminal has colour; NO_COLOR and --no-color turn it off",
          arguments: [("", [:] as [String: String], true), ("", ["NO_COLOR": "1"], false), ("--no-color", [:], false),
                      ("", ["NO_COLOR": ""], false)])
    func colour(option: String, environment: [String: String], coloured: Bool) throws {
        var env = environment
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "xterm-256color"
        let tmux = try CLI.board(try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml"), option + " --lang en", environment: env)
        defer { tmux.close() }
        try tmux.waitFor("? help")
        let dump = try tmux.screenWithAttributes()
        #expect(hasColour(dump) == coloured)
        #expect(dump.contains("\u{1B}[7m") || dump.contains(";7m") || dump.contains("[7;"), "the selection is reverse video either way")
        try tmux.quit()
    }
}
