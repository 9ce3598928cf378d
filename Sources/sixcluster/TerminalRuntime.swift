import SixClusterBoard
import TerminalUI

/// The terminal both screens run on – the board and the start screen: it starts and stops the terminal, reads
/// and decodes what comes in (keys, pastes, clicks with their count, new sizes) and draws frames.
final class TerminalRuntime {
    /// What one turn of a loop brought.
    enum Turn {
        /// Decoded input, in order (a new size comes as `.resize`).
        case inputs([Input])
        /// Nothing came within the time given.
        case idle
        /// A signal asks the program to end.
        case signal(Int32)
        /// The terminal is gone.
        case hangup
    }

    let terminal = Terminal()
    private var decoder = KeyDecoder()
    private var clicks = ClickCounter()

    /// The terminal's size as an input, for the first frame.
    var size: Input {
        let size = terminal.size
        return .resize(width: size.width, height: size.height)
    }

    /// Whether the decoder holds the start of a sequence and needs a quick second look.
    var isWaiting: Bool { decoder.isWaiting }

    /// Waits up to `timeout` milliseconds (40 while a sequence is half read) for what comes next.
    func next(timeout: Int) -> Turn {
        if let signal = terminal.takeSignal() { return .signal(signal) }
        switch terminal.read(timeout: decoder.isWaiting ? 40 : timeout) {
        case nil:
            let inputs = decoder.timeout()
            return inputs.isEmpty ? .idle : .inputs(inputs)
        case .resize?: return .inputs([size])
        case .hangup?: return .hangup
        case .raw(let raw)?: return .inputs(decoder.feed(raw).map(counted))
        }
    }

    /// A click with its count (a double click within half a second on one cell); other input as it is.
    private func counted(_ input: Input) -> Input {
        guard case .mouse(let event) = input else { return input }
        return .mouse(clicks.count(event, now: MonotonicClock.seconds))
    }
}
