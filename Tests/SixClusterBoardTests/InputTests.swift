import Testing
import SixClusterModel
@testable import SixClusterBoard

@Suite("Input: key decoding and the line editor")
struct InputTests {
    private func decode(_ text: String) -> [Input] {
        var decoder = KeyDecoder()
        var inputs = text.unicodeScalars.flatMap { decoder.feed(.scalar($0)) }
        inputs += decoder.timeout()
        return inputs
    }

    private func keys(_ keys: Key...) -> [Input] {
        keys.map { .key($0) }
    }

    @Test("control characters become keys")
    func controls() {
        #expect(decode("\u{13}\u{12}\u{03}\r\t\u{7F}") == keys(.control("s"), .control("r"), .control("c"), .enter, .tab, .backspace))
        #expect(decode("aß漢") == keys(.character("a"), .character("ß"), .character("漢")))
    }

    @Test("a lone escape is the Escape key, also when a key follows")
    func escape() {
        #expect(decode("\u{1B}") == keys(.escape))
        #expect(decode("\u{1B}j") == keys(.escape, .character("j")))
        var decoder = KeyDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")) == [])
        #expect(decoder.isWaiting)
        #expect(decoder.feed(.key(.up)) == keys(.escape, .up))
    }

    @Test("Home, End, Delete, PgUp/PgDn and F-keys of xterm, rxvt, tmux and the Linux console are keys whatever TERM says",
          arguments: [
              ("\u{1B}[1~", Key.home), ("\u{1B}[H", .home), ("\u{1B}OH", .home), ("\u{1B}[7~", .home), ("\u{1B}[7^", .home),
              ("\u{1B}[4~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end), ("\u{1B}[8~", .end),
              ("\u{1B}[3~", .delete), ("\u{1B}[3;5~", .delete), ("\u{1B}[3$", .delete),
              ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[6^", .pageDown),
              ("\u{1B}[A", .up), ("\u{1B}[1;5B", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left), ("\u{1B}[Z", .backTab),
              ("\u{1B}OP", .function(1)), ("\u{1B}[1;2Q", .function(2)), ("\u{1B}[11~", .function(1)), ("\u{1B}[14~", .function(4)),
              ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[21~", .function(10)), ("\u{1B}[24~", .function(12)),
              ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)), ("\u{1B}OM", .enter),
          ])
    func keySequences(sequence: String, key: Key) {
        #expect(decode(sequence + "x") == keys(key, .character("x")), "\(sequence.debugDescription)")
    }

    @Test("a whole sequence of no known key is dropped as a whole: no Escape, no letters that would run as commands",
          arguments: ["\u{1B}[2~", "\u{1B}[99~", "\u{1B}[1;5X", "\u{1B}[I", "\u{1B}[O", "\u{1B}Oj", "\u{1B}[[Z", "\u{1B}[?1049h",
                      "\u{1B}[201~"])
    func unknownSequences(sequence: String) {
        #expect(decode(sequence + "d") == keys(.character("d")), "\(sequence.debugDescription)")
    }

    @Test("the start of a sequence that never ends is dropped; Escape then [ or O typed quickly stay keys")
    func unfinishedSequences() {
        #expect(decode("\u{1B}[12") == [])
        #expect(decode("\u{1B}[") == keys(.escape, .character("[")))
        #expect(decode("\u{1B}O") == keys(.escape, .character("O")))
        #expect(decode("\u{1B}[" + String(repeating: "1", count: 40) + "~d").last == .key(.character("d")), "garbage ends")
    }

    @Test("bracketed paste arrives in one piece, line breaks and escapes included")
    func paste() {
        #expect(decode("x\u{1B}[200~eins\nzwei 漢\u{1B}[201~y") == [.key(.character("x")), .paste("eins\nzwei 漢"), .key(.character("y"))])
        var decoder = KeyDecoder()
        for scalar in "\u{1B}[200~a".unicodeScalars { _ = decoder.feed(.scalar(scalar)) }
        #expect(decoder.timeout() == [], "a paste in progress waits for its end")
        #expect(decoder.feed(.key(.up)) == [], "keys inside a paste are ignored")
    }

    @Test("the cursor moves by whole characters: umlauts, CJK, emoji, combining marks")
    func unicodeCursor() {
        var editor = LineEditor("Grüße 漢字 👍🏽 e\u{301}")
        #expect(editor.cursor == 12)
        editor.apply(.backspace)
        #expect(editor.text == "Grüße 漢字 👍🏽 ")
        editor.apply(.left)
        editor.apply(.backspace)
        #expect(editor.text == "Grüße 漢字  ")
        editor.apply(.home)
        editor.apply(.right)
        editor.apply(.right)
        editor.apply(.delete)
        #expect(editor.text == "Grße 漢字  ")
        editor.insert("ü")
        #expect(editor.text == "Grüße 漢字  ")
    }

    @Test("Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K and Ctrl-W edit as in a shell (keys from the keymap, commands to the editor)")
    func shellKeys() {
        var editor = LineEditor("eins zwei drei")
        func press(_ key: Key) {
            guard case .editor(let command)? = Keymap.defaults.action(for: key, in: .editor) else {
                Issue.record("\(key) is an editor key")
                return
            }
            editor.apply(command)
        }
        press(.control("w"))
        #expect(editor.text == "eins zwei ")
        press(.control("a"))
        press(.control("k"))
        #expect(editor.text == "")
        editor = LineEditor("eins zwei")
        press(.left)
        press(.control("u"))
        #expect(editor.text == "i")
        press(.control("e"))
        #expect(editor.cursor == 1)
    }

    @Test("inserted text loses control characters; line breaks become spaces")
    func cleanInsert() {
        var editor = LineEditor()
        editor.insert("a\u{1B}[31mb\nc\td\u{07}")
        #expect(editor.text == "a[31mb c d")
    }

    @Test("the visible window keeps the cursor in view and counts wide characters twice")
    func window() {
        let editor = LineEditor("漢字漢字漢字")
        let window = editor.window(width: 7)
        #expect(window.text == "字漢字")
        #expect(window.cursorColumn == 6)
        var start = editor
        start.apply(.home)
        #expect(start.window(width: 7) == ("漢字漢", 0))
    }
}

@Suite("The screen grid")
struct ScreenGridTests {
    @Test("wide characters take two cells and are never cut in half")
    func wide() {
        var grid = ScreenGrid(width: 5, height: 1)
        #expect(grid.put("漢字漢", x: 0, y: 0) == 5, "the half column left shows the cut")
        #expect(grid.line(0) == "漢字…")
        grid.put("a", x: 1, y: 0)
        #expect(grid.line(0) == " a字…", "writing over the right half blanks the left half")
        grid.put("b", x: 2, y: 0)
        #expect(grid.line(0) == " ab …", "writing over the left half blanks the right half")
    }

    @Test("text cut by its limit or the row's end ends in …, over a wide character too; blanks that do not fit are no cut")
    func cutText() {
        var grid = ScreenGrid(width: 8, height: 2)
        #expect(grid.put("owner: Anna", x: 0, y: 0, limit: 6) == 6)
        #expect(grid.line(0) == "owner…")
        grid.put("ab漢字", x: 3, y: 1)
        #expect(grid.line(1) == "   ab漢…", "the wide character that does not fit whole gives its place to …")
        var blanks = ScreenGrid(width: 4, height: 1)
        #expect(blanks.put("abc     ", x: 0, y: 0) == 4)
        #expect(blanks.line(0) == "abc", "padding is not text")
        var wide = ScreenGrid(width: 4, height: 1)
        wide.put("a漢字", x: 0, y: 0)
        #expect(wide.line(0) == "a漢…")
        #expect(wide[3, 0].text == "…")
    }

    @Test("a wide character written across the halves of two others blanks what is left of them")
    func wideOverWide() {
        var grid = ScreenGrid(width: 6, height: 1)
        grid.put("漢字漢", x: 0, y: 0)
        grid.put("字", x: 1, y: 0)
        #expect(grid.line(0) == " 字 漢")
        #expect(grid[3, 0].text == " ", "the right half of the second character is a blank, not half a character")
    }

    @Test("a letter followed by a combining mark, an umlaut or an emoji stays one cell with its mark")
    func lettersWithMarks() {
        var grid = ScreenGrid(width: 12, height: 1)
        #expect(grid.put("ae\u{301}üx🚲.", x: 0, y: 0) == 7)
        #expect(grid[1, 0].text == "e\u{301}", "the accent stays with its letter")
        #expect(grid[2, 0].text == "ü")
        #expect(grid[3, 0].text == "x")
        #expect(grid[4, 0].text == "🚲")
        #expect(grid[6, 0].text == ".")
        #expect(grid.line(0) == "ae\u{301}üx🚲.")
        #expect(grid.put("abcdef", x: 9, y: 0) == 3, "cut at the row's end")
        #expect(grid[11, 0].text == "…")
    }

    @Test("a rectangle fills with a frame line, a wide character or a control stand-in, clipped at the edges")
    func fill() {
        var grid = ScreenGrid(width: 6, height: 3)
        grid.fill(Rect(x: -2, y: 0, width: 5, height: 1), with: "─", style: Style(.accent))
        grid.fill(Rect(x: 5, y: 0, width: 4, height: 9), with: "│")
        grid.fill(Rect(x: 0, y: 1, width: 5, height: 1), with: "漢")
        grid.fill(Rect(x: 0, y: 2, width: 4, height: 1), with: "\u{1B}")
        grid.fill(Rect(x: 7, y: 5, width: 3, height: 3), with: "x")
        #expect(grid.line(0) == "───  │")
        #expect(grid[0, 0].style == Style(.accent))
        #expect(grid.line(1) == "漢漢 │")
        #expect(grid.line(2) == "^[^[ │")
    }

    @Test("control characters are drawn as visible stand-ins")
    func controls() {
        var grid = ScreenGrid(width: 20, height: 1)
        grid.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0)
        #expect(grid.line(0) == "a^[[2Jb^G")
    }

    @Test("only changed cells are sent again, in runs of one style")
    func changes() {
        var old = ScreenGrid(width: 10, height: 2)
        old.put("hello", x: 0, y: 0)
        var new = old
        new.put("J", x: 0, y: 1, style: Style(.accent))
        new.put("y", x: 4, y: 0)
        #expect(new.changes(since: old) == [CellRun(x: 4, y: 0, text: "y", style: .plain),
                                            CellRun(x: 0, y: 1, text: "J", style: Style(.accent))])
        #expect(new.changes(since: new).isEmpty)
        #expect(new.changes(since: nil).count == 3, "a first frame sends everything")
    }

    @Test("onto a blank screen only what is not a plain blank is sent: text, styled blanks, wide characters")
    func changesFromBlank() {
        var grid = ScreenGrid(width: 8, height: 3)
        grid.put("ab  c", x: 1, y: 0)
        grid.fill(Rect(x: 2, y: 1, width: 3, height: 1), style: Style(.accent, reverse: true))
        grid.put("漢", x: 6, y: 2)
        #expect(grid.changesFromBlank() == [
            CellRun(x: 1, y: 0, text: "ab", style: .plain), CellRun(x: 5, y: 0, text: "c", style: .plain),
            CellRun(x: 2, y: 1, text: "   ", style: Style(.accent, reverse: true)),
            CellRun(x: 6, y: 2, text: "漢", style: .plain),
        ])
        #expect(ScreenGrid(width: 5, height: 2).changesFromBlank().isEmpty)
    }

    @Test("a cell written in other bytes counts as changed, even when the texts are canonically equal")
    func changesCompareBytes() {
        var old = ScreenGrid(width: 3, height: 1)
        old.put("\u{E9}", x: 0, y: 0)
        var new = ScreenGrid(width: 3, height: 1)
        new.put("e\u{301}", x: 0, y: 0)
        #expect(old[0, 0] == new[0, 0], "Swift's == treats both spellings of é as one")
        #expect(new.changes(since: old) == [CellRun(x: 0, y: 0, scalars: [0x65, 0x301], style: .plain)])
        #expect(new.changes(since: new).isEmpty)
    }

    @Test("graphemes of several scalars are kept whole and compared by their bytes, whichever grid holds them")
    func graphemesOfSeveralScalars() {
        var first = ScreenGrid(width: 8, height: 1)
        first.put("🇩🇪e\u{301}", x: 0, y: 0)
        var second = ScreenGrid(width: 8, height: 1)
        second.put("e\u{301}", x: 2, y: 0)
        second.put("🇩🇪", x: 0, y: 0)
        #expect(first == second, "the same screen, though its graphemes were written in another order")
        #expect(second.changes(since: first).isEmpty)
        #expect(second[0, 0].text == "🇩🇪" && second[1, 0].text == "" && second[2, 0].text == "e\u{301}")
        second.put("🇫🇷", x: 0, y: 0)
        #expect(second.changes(since: first) == [CellRun(x: 0, y: 0, text: "🇫🇷", style: .plain)])
        #expect(second.line(0) == "🇫🇷e\u{301}")
    }

    @Test("every style survives the grid's packing: each colour role with each set of attributes")
    func stylesPacked() {
        let roles: [ColorRole] = [.normal, .empty, .warning, .status, .accent, .dim] + (0...255).map { .cluster(UInt8($0)) }
        var looks: [UInt16] = []
        for role in roles {
            for bits in 0..<8 {
                let style = Style(role, bold: bits & 1 != 0, reverse: bits & 2 != 0, underline: bits & 4 != 0)
                let look = GridCell.look(of: style)
                #expect(GridCell.style(of: look) == style)
                looks.append(look)
            }
        }
        #expect(Set(looks).count == looks.count, "no two styles share a number")
        #expect(GridCell.look(of: .plain) == GridCell.blank.look)
    }

    @Test("text wraps at spaces by display width, breaking long words")
    func wrap() {
        #expect(TextWrap.lines("eins zwei drei", width: 9) == ["eins zwei", "drei"])
        #expect(TextWrap.lines("Donaudampfschiff", width: 6) == ["Donaud", "ampfsc", "hiff"])
        #expect(TextWrap.lines("漢字漢字漢", width: 4) == ["漢字", "漢字", "漢"])
        #expect(TextWrap.lines("a\nb", width: 5) == ["a", "b"])
    }
}

@Suite("Input: one type for keys, paste, mouse and size")
struct InputKindsTests {
    @Test("a resize sets the size; a mouse event, not used yet, changes nothing")
    func resizeAndMouse() {
        var state = BoardFixtures.state()
        _ = BoardReducer.reduce(&state, .input(.resize(width: 100, height: 30)))
        #expect(state.width == 100 && state.height == 30)
        let before = state
        #expect(BoardReducer.reduce(&state, .input(.mouse(MouseEvent(.click(count: 2), x: 3, y: 4)))).isEmpty)
        #expect(state == before)
    }

    @Test("a paste takes the message away like a key")
    func pasteClearsMessage() {
        var state = BoardFixtures.state()
        BoardFixtures.press([.enter, .character("d")], &state)
        #expect(state.message != nil)
        BoardFixtures.paste("neu", &state)
        #expect(state.message?.text == "1 card added", "the paste's own message replaces the delete's")
    }
}
