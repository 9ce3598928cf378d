#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterBoard
import SixClusterModel

/// How a board looks and sounds (colour, theme, bell), who sits at it and whether it only watches, whether the
/// options came through the argument parser or through `BoardLaunch`'s quick reading.
struct BoardSettings: Equatable {
    var noColor = false
    var theme: Theme = .standard
    var bell = false
    /// The name the other boards on the file see (`--author`); the login name when not given.
    var author: String?
    /// Only watching: no change, no save (`--read-only`).
    var readOnly = false

    /// Whether colour is used: not with `--no-color`, not when `NO_COLOR` is set (to any value).
    var color: Bool {
        !noColor && getenv("NO_COLOR") == nil
    }

    /// Runs a board on a terminal; refuses with exit 2 when input or output is not one.
    func run(_ state: BoardState, file: String, language: Language) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            let file = VisibleText.escaped(file)
            Console.error(language.pick(
                de: "sixcluster: das Board braucht ein Terminal (Ein- und Ausgabe sind umgeleitet); für Text: sixcluster show \(file)",
                en: "sixcluster: the board needs a terminal (input or output is redirected); for text use: sixcluster show \(file)"))
            throw ExitStatus.unreadable
        }
        var state = state
        state.bellOnTimeout = bell
        let name = author.map(BoardPresence.cleaned).flatMap { $0.isEmpty ? nil : $0 } ?? LoginName.current
        let status = BoardSession(state: state, color: color, name: name).run()
        if status != 0 { throw ExitCode(status) }
    }
}
