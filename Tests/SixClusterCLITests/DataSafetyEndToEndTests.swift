import Foundation
import Testing
import SixClusterTestSupport

/// Killing the board never loses more than the last moments of typing, and the workshop file stays valid.
@Suite("Data safety in a real terminal (tmux)")
struct DataSafetyEndToEndTests {
    private func copy() throws -> URL {
        try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
    }

    private func recoveryPath(_ file: URL) -> String {
        WorkshopFiles.recoveryPath(of: file)
    }

    private func open(_ file: URL) throws -> TmuxSession {
        try CLI.board(file)
    }

    /// Adds a card to field 4's Ist column and waits until it shows.
    private func addCard(_ text: String, _ tmux: TmuxSession) throws {
        try tmux.send("a")
        try tmux.waitFor("New Ist card:")
        try tmux.type(text)
        try tmux.send("Enter")
        try tmux.waitFor("• " + text)
    }

    /// Waits (up to five seconds: it follows within about two) until the recovery file holds `text`, then kills the
    /// board with SIGKILL and waits for its end.
    private func killOnceRecovered(_ tmux: TmuxSession, file: URL, holding text: String) throws {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !((try? String(contentsOfFile: recoveryPath(file), encoding: .utf8))?.contains(text) ?? false) {
            usleep(50_000)
        }
        let pid = try #require(try tmux.programPID(named: "sixcluster"))
        kill(pid, SIGKILL)
        // Nothing can restore the terminal after SIGKILL, so the shell's line may wrap anywhere.
        try tmux.waitUntil("the exit status 137") { $0.replacingOccurrences(of: "\n", with: "").contains("SIXCLUSTER-EXIT=137") }
    }

    @Test("after SIGKILL the file is the last saved state and the recovery file holds the typing; reopening restores it")
    func killAndRestore() throws {
        let file = try copy()
        let saved = try Data(contentsOf: file)
        let tmux = try open(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter")
        try addCard("Erste Notiz aus dem Raum", tmux)
        try addCard("Zweite Notiz 漢字", tmux)
        try killOnceRecovered(tmux, file: file, holding: "Zweite Notiz")
        #expect(try Data(contentsOf: file) == saved, "the workshop file is untouched: the last saved state")
        let recovered = try String(contentsOfFile: recoveryPath(file), encoding: .utf8)
        #expect(recovered.contains("  - Erste Notiz aus dem Raum\n  - Zweite Notiz 漢字\n"))
        let check = try CLI.run("check", file.path)
        #expect(check.stdout.contains("unsaved changes wait in \(recoveryPath(file))"))

        let again = try open(file)
        defer { again.close() }
        try again.waitFor("Unsaved changes found")
        try again.waitFor("  4 Learning-relationship information")
        try again.send("r", "C-s")
        try again.waitFor("Saved:")
        try again.quit()
        #expect(try String(contentsOf: file, encoding: .utf8).contains("  - Zweite Notiz 漢字\n"))
        #expect(!FileManager.default.fileExists(atPath: recoveryPath(file)), "a save and a clean quit remove it")
    }

    @Test("a card half typed when the board is killed is offered back by the next board")
    func halfTypedCardSurvivesKill() throws {
        let file = try copy()
        let tmux = try open(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Noch nicht gespeichert, halb getippt")
        try tmux.waitFor("✎ Noch nicht gespeichert, halb getippt")
        try killOnceRecovered(tmux, file: file, holding: "halb getippt")
        let again = try open(file)
        defer { again.close() }
        try again.waitFor("Unsaved changes found")
        try again.send("r")
        try again.send("g", "4", "Enter", "Enter")
        try again.waitFor("• Noch nicht gespeichert, halb getippt")
    }

    @Test("SIGTERM and SIGHUP write the recovery file at once", arguments: [SIGTERM, SIGHUP])
    func signalWritesRecovery(signal: Int32) throws {
        let file = try copy()
        let tmux = try open(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try tmux.send("g", "4", "Enter", "Enter")
        try addCard("Gerade eben getippt", tmux)
        let pid = try #require(try tmux.programPID(named: "sixcluster"))
        kill(pid, signal)
        try tmux.waitFor("SIXCLUSTER-EXIT=\(128 + signal)")
        #expect(try String(contentsOfFile: recoveryPath(file), encoding: .utf8).contains("  - Gerade eben getippt\n"))
    }

    @Test("read-only keeps the recovery file; discard deletes it")
    func readOnlyAndDiscard() throws {
        let file = try copy()
        let recovery = recoveryPath(file)
        try Data(try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "  ist: []\n", with: "  ist: [gerettet]\n").utf8)
            .write(to: URL(fileURLWithPath: recovery))
        let first = try open(file)
        defer { first.close() }
        try first.waitFor("Unsaved changes found")
        try first.send("o")
        try first.waitFor("read-only")
        try first.quit()
        #expect(FileManager.default.fileExists(atPath: recovery))
        let second = try open(file)
        defer { second.close() }
        try second.waitFor("Unsaved changes found")
        try second.send("d")
        try second.waitFor("Recovery file discarded")
        #expect(!FileManager.default.fileExists(atPath: recovery))
    }
}

@Suite("Changes from outside (tmux)")
struct OutsideChangeEndToEndTests {
    @Test("an edit in another program reloads an unchanged board; with local changes the two are merged, never overwritten")
    func outsideEdit() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "Tom Hollis (owner)", with: "Tom Hollis").replacingOccurrences(
            of: "- topic: 8\n  name: New technologies\n  ist: []", with: "- topic: 8\n  name: New technologies\n  ist: [Edge banding robot]").utf8)
            .write(to: file)
        try tmux.waitFor("The file changed on disk and was reloaded", timeout: 10)
        try tmux.send("g", "8", "Enter", "Enter")
        try tmux.waitFor("• Edge banding robot")
        try tmux.send("d")
        try tmux.waitFor("● modified")
        try Data(original.utf8).write(to: file)
        try tmux.send("C-s")
        try tmux.waitForWrapped("The file changed on disk; its changes were merged with mine", timeout: 10)
        try tmux.send("C-s")
        try tmux.waitFor("Saved:")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(!saved.contains("Edge banding robot"), "deleted here, and gone there too")
        #expect(saved.contains("- Tom Hollis (owner)\n"), "the second outside edit merged in, not overwritten")
        try tmux.quit()
    }
}

@Suite("A save that cannot happen (tmux)")
struct FailedSaveEndToEndTests {
    @Test("the folder removed: the save fails with a clear message, edits stay, w saves them elsewhere")
    func folderRemoved() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let folder = file.deletingLastPathComponent()
        let elsewhere = try TestPaths.temporaryFolder().appendingPathComponent("rescued.yaml")
        let tmux = try CLI.board(file)
        defer { tmux.close() }
        try tmux.waitFor("saved")
        try FileManager.default.removeItem(at: folder)
        try tmux.send("g", "4", "Enter", "Enter", "a")
        try tmux.type("Nicht verlieren")
        try tmux.send("Enter", "C-s")
        try tmux.waitForWrapped(file.path + ": cannot be saved: the folder does not exist – your changes are kept (w: save elsewhere)")
        try tmux.waitFor("• Nicht verlieren")
        try tmux.saveElsewhereAndQuit(elsewhere)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8).contains("  - Nicht verlieren\n"))
    }
}
