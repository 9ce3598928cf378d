import Foundation
import Testing
import SixClusterTestSupport

/// A short workshop run from the keyboard in a real terminal, and the second screen that follows it.
@Suite("Facilitation in a real terminal (tmux)")
struct FacilitationEndToEndTests {
    @Test("presentation mode, quick capture into three fields, a vote, the timebox, the closing review, the export")
    func shortWorkshop() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml")
        let tmux = try CLI.board(file, "--lang en", width: 80, height: 24)
        defer { tmux.close() }
        try tmux.waitFor("Made-to-measure kitchen fronts")
        // Field 4 is empty: present it and capture two Ist cards, the second with a method.
        try tmux.send("g", "4", "Enter", "P")
        try tmux.waitFor("LEARNING-RELATIONSHIP INFORMATION")
        try tmux.type("Regulars reorder the same front colour")
        try tmux.send("Enter")
        try tmux.waitFor("Card 1 stored in Ist")
        try tmux.send("C-g")
        try tmux.type("Größe 漢字 survey note")
        try tmux.waitFor("New Ist card (group work): Größe 漢字 survey note")
        try tmux.send("Enter", "Enter")
        try tmux.waitFor("Capture ended")
        // A Soll card, with a dot.
        try tmux.send("Right")
        try tmux.type("Offer the last colour again")
        try tmux.send("Enter", "Enter", "Up", "+")
        try tmux.waitFor("1 dot")
        // The timebox for the field: 1 minute, running in the band.
        try tmux.send("C-t")
        try tmux.waitFor("f  set minutes for field 4 and start")
        try tmux.send("f", "C-u")
        try tmux.type("1")
        try tmux.send("Enter")
        try tmux.waitUntil("the countdown") { $0.contains("⏱ 00:5") && $0.contains("field 4") }
        // Next empty field (8), one Ist card; then field 10 by PgDn, one card.
        try tmux.send("C-n")
        try tmux.waitFor("NEW TECHNOLOGIES")
        try tmux.type("No 3D printing yet")
        try tmux.send("Enter", "Escape", "PageDown", "PageDown")
        try tmux.waitFor("COOPERATION IN THE VALUE CHAIN")
        try tmux.type("Edging is bought in")
        try tmux.send("Enter", "Escape", "Escape", "Escape")
        try tmux.waitFor("┌─ Customer")
        try tmux.send("C-s")
        try tmux.waitFor("Saved:")
        // The closing review walks the fields still flagged, then offers the export.
        try tmux.send("R")
        try tmux.waitFor("Closing review 1/")
        let flagged = try #require(try tmux.screen().firstMatch(of: /Closing review 1\/(\d+)/).map { Int($0.1)! })
        for _ in 0..<flagged { try tmux.send("Tab") }
        try tmux.waitFor("e  export the report now")
        try tmux.send("e")
        try tmux.waitFor("Export as Markdown report, English (Tab: change) to: ")
        try tmux.send("Enter")
        try tmux.waitFor("Report exported:")
        try tmux.saveAndQuit()

        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("format: 2\n"))
        #expect(text.contains("""
          ist:
          - Regulars reorder the same front colour
          - text: Größe 漢字 survey note
            method: group-work
          soll:
          - text: Offer the last colour again
            method: group-work
            votes: 1
        """), "the method chosen with Ctrl-G stays for the following cards")
        #expect(text.contains("  - text: No 3D printing yet\n    method: group-work\n"))
        #expect(text.contains("  - text: Edging is bought in\n    method: group-work\n"))
        let seconds = try #require(text.firstMatch(of: /name: Learning-relationship information\n(?:.*\n)*?  seconds: (\d+)/))
        #expect(Int(seconds.1)! >= 1, "time spent in presentation mode is kept")

        let reportURL = file.deletingPathExtension().appendingPathExtension("md")
        let report = try String(contentsOf: reportURL, encoding: .utf8)
        #expect(report.contains("| 1 | 4 Learning-relationship information | Regulars reorder the same front colour · Größe 漢字 survey note | Offer the last colour again | 1 | – | – | – | – |"))
        #expect(!report.contains("*Time in the workshop: "), "seconds on a field are no time worth reporting")
        let html = try MarkdownRenderer.html(report)
        let rows = report.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Rank") }.count
        #expect(MarkdownRenderer.count("<table", in: html) == 1, "the action plan is one table")
        #expect(MarkdownRenderer.count("<tr", in: html) == rows + 1)
        #expect(MarkdownRenderer.count("<td", in: html) == rows * 9)
        #expect(MarkdownRenderer.count("<ol", in: html) == 2 && MarkdownRenderer.count("<li>", in: html) >= 7,
                "the leading targets and the seven steps")
        #expect(report.contains("The leading targets:\n\n1. Offer the last colour again (field 4 Learning-relationship information)\n"))
    }

    @Test("sixcluster view follows the file: a save elsewhere shows within a second, and it never writes")
    func viewFollows() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml")
        let viewer = try TmuxSession("'\(CLI.binary.path)' view --lang en '\(file.path)'", width: 120, height: 40,
                                     environment: ["LANG": "C.UTF-8"])
        defer { viewer.close() }
        try viewer.waitFor("following the file")
        try viewer.send("Enter", "a")
        try viewer.waitFor("Read-only")
        try viewer.send("Escape")
        let editor = try CLI.board(file, "--lang en")
        defer { editor.close() }
        try editor.waitFor("saved")
        try editor.send("Enter", "a")
        try editor.type("Seen on the second screen")
        try editor.send("Enter", "C-s")
        try editor.waitFor("Saved:")
        let saved = Date()
        try viewer.waitFor("Reloaded: the file was saved", timeout: 5)
        #expect(Date().timeIntervalSince(saved) < 1.5, "the viewer reloads within about a second")
        try viewer.waitFor("Seen on the second screen")
        // A broken save is reported, and the last readable version stays on screen.
        try Data("format: 1\ntitle: [broken\n".utf8).write(to: file)
        try viewer.waitFor("Showing the last readable version", timeout: 5)
        try viewer.waitFor("Seen on the second screen")
        try editor.send("q")
        try viewer.send("q")
        try viewer.waitFor("SIXCLUSTER-EXIT=0")
        #expect(try String(contentsOf: file, encoding: .utf8) == "format: 1\ntitle: [broken\n", "the viewer never writes")
    }
}
