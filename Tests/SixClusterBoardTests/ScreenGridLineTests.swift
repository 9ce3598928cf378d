import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("A card as one line of the board")
struct ScreenGridLineTests {
    private func line(_ text: String, width: Int, gridWidth: Int = 20) -> ScreenGrid {
        var grid = ScreenGrid(width: gridWidth, height: 1)
        grid.put(String(repeating: "#", count: gridWidth), x: 0, y: 0)
        grid.putLine(text, x: 1, y: 0, width: width, style: Style(.dim))
        return grid
    }

    @Test("short text is padded to the width with blanks of its style, the rest of the row untouched")
    func padded() {
        let grid = line("Kunde", width: 8)
        #expect(grid.line(0) == "#Kunde   ###########")
        #expect((1...8).allSatisfy { grid[$0, 0].style == Style(.dim) })
        #expect(grid[9, 0].style == .plain)
    }

    @Test("text wider than the line is cut with …, and wide characters are never cut in half")
    func cut() {
        #expect(line("Lieferzeiten verkürzen", width: 10).line(0) == "#Lieferzei…#########")
        #expect(line("漢字漢字漢字", width: 6).line(0) == "#漢字… #############")
        #expect(line("exactly10!", width: 10).line(0) == "#exactly10!#########", "a text that fits exactly is not cut")
    }

    @Test("lines are joined by single spaces, blank lines and line breaks at the ends left out")
    func joined() {
        #expect(line("\nerste\n\n\nzweite\r\ndritte\n", width: 19).line(0) == "#erste zweite dritte")
    }

    @Test("control characters and escape sequences appear as stand-ins and count for their width")
    func controls() {
        #expect(line("a\u{1B}[2Jb\u{7F}ü\u{9B}x", width: 19).line(0) == "#a^[[2Jb^?ü<U+009B>x")
    }

    @Test("the same as fitting the escaped, joined text, for many texts and widths")
    func sameAsFit() {
        let texts = ["", "a", "Straße", "e\u{301}té", "🚲 Fahrrad", "漢字 and Latin", "tab\there", "\u{1B}[31mred",
                     "eins\nzwei", "\n\n", "  leading", "x\u{200B}y", "🇩🇪 flag", "ab\u{7}", "Ä\r\nÖ"]
        for text in texts {
            for width in 1...14 {
                let joined = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                var expected = ScreenGrid(width: 16, height: 1)
                expected.put(DisplayWidth.fit(VisibleText.escaped(joined), width: width), x: 0, y: 0, limit: width)
                var drawn = ScreenGrid(width: 16, height: 1)
                drawn.putLine(text, x: 0, y: 0, width: width)
                #expect(drawn == expected, "\(text.debugDescription) at width \(width)")
            }
        }
    }

    @Test("a line that runs past the grid's edge is left out there, never written outside")
    func edge() {
        var grid = ScreenGrid(width: 6, height: 2)
        grid.putLine("abcdefghij", x: 3, y: 0, width: 8)
        grid.putLine("漢字", x: 5, y: 1, width: 4)
        grid.putLine("never", x: 0, y: 2, width: 5)
        #expect(grid.line(0) == "   abc")
        #expect(grid.line(1) == "")
    }
}

@Suite("The board says what it hides")
struct HiddenCardsTests {
    @Test("a field whose cards do not fit ends its last row with +N; one that fits has no mark")
    func plusN() {
        let state = BoardFixtures.state(width: 80, height: 24)
        let lines = BoardRenderer.render(state).text.split(separator: "\n").map(String.init)
        // Field 1 holds three cards in two rows: the second row says one more is hidden.
        #expect(lines[4].hasPrefix("│   - Colour reques… +1│"))
        #expect(lines[6].hasPrefix("│   - Quotes go out by…│"), "field 2's two cards fit: no mark")
    }
}
