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
        try board.waitFor("saved")
        _ = try board.waitUntil("mouse reports asked for") { _ in (try? board.paneFormat(Self.mouseModes)) ?? "0 0 0 0" != "0 0 0 0" }
        #expect(try board.paneFormat(Self.mouseModes) == "1 1 0 0", "presses and the wheel in SGR form, no motion")
        try click(board, x: 59, y: 4)
        try board.waitUntil("field 6 focused") { $0.contains("Product") }
        try click(board, x: 59, y: 4)
        try board.waitFor("Product › 6 Configuration")
        try board.send("?")
        try board.waitFor("to select text: Shift + drag")
    }

    /// What the program asked the terminal for: presses (1000), SGR form (1006), motion while pressed (1002),
    /// any motion (1003).
    private static let mouseModes = "#{mouse_standard_flag} #{mouse_sgr_flag} #{mouse_button_flag} #{mouse_all_flag}"

    @Test("--no-mouse leaves the mouse to the terminal: nothing asked for, a stray report does nothing")
    func noMouse() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let board = try CLI.board(file, "--no-config --no-mouse")
        defer { board.close() }
        try board.waitFor("saved")
        try click(board, x: 59, y: 4)
        try click(board, x: 59, y: 4)
        try board.send("?")
        try board.waitFor("all keys")
        #expect(!(try board.screen()).contains("Shift + drag"))
        #expect(try board.paneFormat(Self.mouseModes) == "0 0 0 0", "nothing asked for, even after the first keys")
        try board.send("Escape")
        // The board drew the screen after Escape (help gone) – only then does an absence say something.
        let after = try board.waitUntil("help closed") { !$0.contains("all keys") }
        #expect(after.contains("Customer 3/4·2/4"), "the board as it was")
        #expect(!after.contains("Product › 6"), "the clicks opened nothing")
    }
}
