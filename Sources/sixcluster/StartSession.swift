import SixClusterBoard
import SixClusterFiles
import SixClusterModel
import TerminalUI

/// The start screen's loop (`sixcluster` without a file): shows the workshops at once, reads their details a few
/// at a time between keys, and ends with the file to open – a listed one, or a new one it made – or with none.
final class StartSession {
    private var state: StartState
    private let runtime = TerminalRuntime()
    private var terminal: Terminal { runtime.terminal }
    private let color: Bool
    private let theme: Theme
    private let mouse: Bool
    /// The entries whose details are still to be read, in list order.
    private var pending: [String]

    init(entries: [StartEntry], language: Language, keymap: Keymap, color: Bool, theme: Theme, mouse: Bool) {
        self.mouse = mouse
        state = StartState(entries: entries, language: language, keymap: keymap)
        pending = entries.map(\.path)
        self.color = color
        self.theme = theme
    }

    /// Runs until a workshop is chosen (its path) or the user quits (nil); a terminal that cannot be set up is
    /// said and gives exit status 2.
    func run() throws -> String? {
        do {
            try terminal.start(color: color, theme: theme)
        } catch {
            Console.error(TerminalProblem.message(error, file: nil, language: state.language))
            throw ExitStatus.unreadable
        }
        defer { terminal.stop() }
        _ = StartReducer.reduce(&state, .input(runtime.size))
        var first = true
        while true {
            terminal.draw(StartView.render(state))
            if first && mouse { terminal.enableMouse() }
            first = false
            // While details are missing, the loop only peeks for keys, and reads a few files per turn.
            var inputs: [Input] = []
            switch runtime.next(timeout: pending.isEmpty ? 1000 : 0) {
            case .signal, .hangup: return nil
            case .idle: break
            case .inputs(let decoded): inputs = decoded
            }
            for input in inputs {
                for effect in StartReducer.reduce(&state, .input(input)) {
                    switch effect {
                    case .quit: return nil
                    case .open(let path): return path
                    case .create(let path, let title):
                        if let failure = create(path, title: title) {
                            _ = StartReducer.reduce(&state, .createFailed(failure))
                        } else {
                            return path
                        }
                    }
                }
            }
            for path in pending.prefix(8) {
                _ = StartReducer.reduce(&state, .details(path: path, WorkshopScan.details(of: path, language: state.language)))
            }
            pending.removeFirst(min(8, pending.count))
        }
    }

    /// Makes the new workshop; nil when it worked, else why not.
    private func create(_ path: String, title: String) -> String? {
        let language = state.language
        let shown = VisibleText.escaped(path)
        do {
            try NewWorkshop.write(to: HomePath.expand(path), title: title, language: language)
            return nil
        } catch {
            switch error {
            case .exists: return shown + language.pick(de: ": gibt es schon", en: ": exists already")
            case .writeFailed(let failure): return failure.description
            }
        }
    }
}
