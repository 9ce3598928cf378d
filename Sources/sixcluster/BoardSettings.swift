#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterBoard
import SixClusterModel

/// How a board looks and sounds (colour, theme, bell), whether the options came through the argument parser or
/// through `BoardLaunch`'s quick reading.
struct BoardSettings: Equatable {
    var noColor = false
    var theme: Theme = .standard
    var bell = false

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
        let status = BoardSession(state: state, color: color).run()
        if status != 0 { throw ExitCode(status) }
    }
}
