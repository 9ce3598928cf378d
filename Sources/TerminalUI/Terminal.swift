import CNcursesw
import SixClusterBoard

/// The only code that talks to the terminal: starts and ends curses, reads input, draws what changed.
/// All calls come from one thread, the board's loop.
public final class Terminal {
    private var previous: ScreenGrid?
    private var palette = Palette(colors: 0, theme: .standard)

    /// Creates a terminal; nothing happens until `start`.
    public init() {}

    /// Why the terminal could not be taken over.
    public enum StartFailure: Error {
        /// The terminal type (`TERM`) is not known to the system.
        case unknownTerminal
        /// The terminal cannot place the cursor (`TERM=dumb`), so no board can be drawn on it.
        case cannotPlaceCursor
    }

    /// Takes over the terminal. Colour is used when `color` is true and the terminal has it.
    public func start(color: Bool, theme: Theme) throws(StartFailure) {
        let colors = sc_start(color ? 1 : 0)
        if colors == SC_CANNOT_ADDRESS { throw .cannotPlaceCursor }
        guard colors >= 0 else { throw .unknownTerminal }
        palette = Palette(colors: Int(colors), theme: theme)
        palette.definePairs()
        sc_catch_signals()
    }

    /// Asks the terminal for mouse reports (presses, releases, the wheel; never motion). Called once the first
    /// frame is out, which need not wait for it.
    public func enableMouse() {
        sc_mouse(1)
    }

    /// A mouse report from curses as an event (a click is counted by the loop's `ClickCounter`).
    private func mouse(_ code: Int, cell: UInt32) -> TerminalInput? {
        let x = Int(cell & 0xFFFF), y = Int(cell >> 16)
        let kind: MouseEvent.Kind = code == Int(SC_WHEEL_UP) ? .wheelUp : code == Int(SC_WHEEL_DOWN) ? .wheelDown : .click(count: 1)
        return .raw(.mouse(MouseEvent(kind, x: x, y: y)))
    }

    /// The theme the screen is drawn in.
    public var theme: Theme { palette.theme }

    /// Draws in another theme from the next frame on (the whole screen is sent again).
    public func use(_ theme: Theme) {
        guard theme != palette.theme else { return }
        palette = Palette(colors: palette.colors, theme: theme)
        palette.definePairs()
        sc_invalidate()
        previous = nil
    }

    /// Rings the terminal bell.
    public func bell() {
        sc_beep()
    }

    /// Gives the terminal back in the state it was found in. Safe to call more than once.
    public func stop() {
        sc_stop()
    }

    /// The terminal's size.
    public var size: (width: Int, height: Int) {
        var width: Int32 = 0
        var height: Int32 = 0
        sc_size(&width, &height)
        return (Int(width), Int(height))
    }

    /// The next input, waiting at most `timeout` milliseconds (negative: until there is some).
    public func read(timeout: Int) -> TerminalInput? {
        var scalar: UInt32 = 0
        switch Int(sc_read(Int32(timeout), &scalar)) {
        case Int(SC_NONE): return nil
        case Int(SC_CHAR): return Unicode.Scalar(scalar).map { .raw(.scalar($0)) }
        case Int(SC_UP): return .raw(.key(.up))
        case Int(SC_DOWN): return .raw(.key(.down))
        case Int(SC_LEFT): return .raw(.key(.left))
        case Int(SC_RIGHT): return .raw(.key(.right))
        case Int(SC_HOME): return .raw(.key(.home))
        case Int(SC_END): return .raw(.key(.end))
        case Int(SC_PAGE_UP): return .raw(.key(.pageUp))
        case Int(SC_PAGE_DOWN): return .raw(.key(.pageDown))
        case Int(SC_BACK_TAB): return .raw(.key(.backTab))
        case Int(SC_DELETE): return .raw(.key(.delete))
        case Int(SC_BACKSPACE): return .raw(.key(.backspace))
        case Int(SC_ENTER): return .raw(.key(.enter))
        case Int(SC_RESIZE): return .resize
        case Int(SC_HANGUP): return .hangup
        case Int(SC_FUNCTION): return .raw(.key(.function(Int(scalar))))
        case Int(SC_MOUSE_PRESS): return mouse(Int(SC_MOUSE_PRESS), cell: scalar)
        case Int(SC_WHEEL_UP): return mouse(Int(SC_WHEEL_UP), cell: scalar)
        case Int(SC_WHEEL_DOWN): return mouse(Int(SC_WHEEL_DOWN), cell: scalar)
        default: return nil
        }
    }

    /// A signal caught since the last call (SIGINT, SIGTERM, SIGHUP), or nil.
    public func takeSignal() -> Int32? {
        let number = sc_take_signal()
        return number == 0 ? nil : number
    }

    /// Draws a screen, sending only the cells that changed since the last one (nothing when none did).
    public func draw(_ grid: ScreenGrid) {
        if let previous, previous.width != grid.width || previous.height != grid.height {
            sc_invalidate()
            self.previous = nil
        }
        var sent = false
        let put = { (x: Int, y: Int, scalars: UnsafeBufferPointer<UInt32>, style: Style) in
            let look = self.palette.look(of: style)
            sc_put(Int32(y), Int32(x), scalars.baseAddress, Int32(scalars.count), look.attributes, look.pair)
            sent = true
        }
        if let previous {
            grid.forEachChange(since: previous, put)
            // Nothing changed (an idle tick): nothing is sent, not even an empty update.
            if !sent && previous.cursor == grid.cursor { return }
        } else {
            // After a start or a clear, curses' screen is blank: the blanks need not be sent, unless they have a
            // look of their own (high contrast paints them).
            let plain = palette.look(of: .plain)
            if plain.attributes == 0 && plain.pair == 0 {
                grid.forEachChangeFromBlank(put)
            } else {
                grid.forEachChange(since: nil, put)
            }
        }
        if let cursor = grid.cursor {
            sc_cursor(Int32(cursor.y), Int32(cursor.x), 1)
        } else {
            sc_cursor(0, 0, 0)
        }
        sc_refresh()
        previous = grid
    }
}

/// What the terminal delivers: raw input for the key decoder, or a new size.
public enum TerminalInput: Equatable {
    case raw(RawInput)
    case resize
    /// The terminal is gone (the connection dropped, the window closed).
    case hangup
}
