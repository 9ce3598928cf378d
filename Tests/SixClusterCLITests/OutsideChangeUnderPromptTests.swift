import Foundation
import Testing
import SixClusterTestSupport

/// A prompt stays open while another program saves the file: the board reloads under it and never crashes.
@Suite("A change from outside under an open prompt (tmux)")
struct OutsideChangeUnderPromptTests {
    @Test("the last Ist card of field 1 edited while the file loses it: the typed text is kept as a new card", arguments: ["e", "b"])
    func cardVanishes(key: String) throws {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        let tmux = try CLI.board(file, "--lang en")
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("Enter", "Down", "Down", key)
        try tmux.waitFor(key == "e" ? "Card: " : "Author (")
        let original = try String(contentsOf: file, encoding: .utf8)
        let lastIst = "  - 'Häufigster Pfad: City – Seitenständer – Rahmen Palermo – Anthrazit – Gepäckträger – 7-Gang-Freilauf'\n"
        #expect(original.contains(lastIst))
        try Data(original.replacingOccurrences(of: lastIst, with: "").utf8).write(to: file)
        try tmux.waitFor("The file changed on disk and was reloaded", timeout: 10)
        try tmux.type("X")
        try tmux.send("Enter")
        try tmux.waitForWrapped(key == "e" ? "the text is now a new card at the end of the column" : "The card is gone")
        try tmux.send("C-s")
        try tmux.waitFor("Saved:")
        try tmux.quit()
        let saved = try String(contentsOf: file, encoding: .utf8)
        if key == "e" {
            #expect(saved.contains("Gepäckträger – 7-Gang-FreilaufX"), "the typed text is in the file")
        } else {
            // An author for a card that is gone lands nowhere: the file is the one from outside, nothing added.
            #expect(saved == original.replacingOccurrences(of: lastIst, with: ""), "the outside version, untouched")
            #expect(saved.components(separatedBy: "by: ").count == original.components(separatedBy: "by: ").count,
                    "no author went to another card")
        }
    }
}
