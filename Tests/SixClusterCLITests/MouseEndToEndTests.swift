import Foundation
import Testing
import SixClusterTestSupport

/// The mouse in a real terminal: tmux hands the board the SGR reports a terminal sends.
@Suite("The mouse in a real terminal (tmux)")
struct MouseEndToEndTests {
    /// A press and release of the left button at a cell (0-based), as an SGR report.
    private func click(_ board: TmuxSession, x: Int, y: Int) throws {
        try board.type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    @Test("the board asks for presses and the wheel in SGR form (no motion); a click focuses a field, a second opens it")
    func clickAndOpen() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let board = try CLI.board(file, "--no-config")
        defer { board.close() }
        let output = try TestPaths.temporaryFolder().appendingPathComponent("output")
        try board.record(to: output)
        try board.waitFor("saved")
        try click(board, x: 59, y: 4)
        try board.waitUntil("field 6 focused") { $0.contains("Product") }
        try click(board, x: 59, y: 4)
        try board.waitFor("Product › 6 Configuration")
        try board.send("?")
        try board.waitFor("to select text: Shift + drag")
        try board.stopRecording()
        let sent = try String(contentsOf: output, encoding: .utf8)
        #expect(sent.contains("\u{1B}[?1000h") && sent.contains("\u{1B}[?1006h"))
        #expect(!sent.contains("\u{1B}[?1002h") && !sent.contains("\u{1B}[?1003h"), "no motion reports")
    }

    @Test("--no-mouse leaves the mouse to the terminal: nothing asked for, a stray report does nothing")
    func noMouse() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let board = try CLI.board(file, "--no-config --no-mouse")
        defer { board.close() }
        let output = try TestPaths.temporaryFolder().appendingPathComponent("output")
        try board.record(to: output)
        try board.waitFor("saved")
        try click(board, x: 59, y: 4)
        try click(board, x: 59, y: 4)
        try board.send("?")
        try board.waitFor("all keys")
        try board.stopRecording()
        #expect(!(try board.screen()).contains("Shift + drag"))
        #expect(!(try String(contentsOf: output, encoding: .utf8)).contains("\u{1B}[?1000h"))
        try board.send("Escape")
        #expect(!(try board.screen()).contains("Product › 6"), "the clicks opened nothing")
    }
}
