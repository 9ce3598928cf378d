import ArgumentParser
import Foundation
import SixClusterBoard
import SixClusterModel

extension Theme: ExpressibleByArgument {}

/// The options of every board (`edit` and `view`): colour, theme, bell.
struct BoardOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpLanguage.current.pick(de: "Ohne Farben.", en: "No colours.")))
    var noColor = false

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Farbschema: standard oder high-contrast (für Beamer; auch mit C oder F2 umschaltbar). NO_COLOR hat Vorrang.",
        en: "Colour theme: standard or high-contrast (for projectors; C or F2 toggles it too). NO_COLOR wins."),
        valueName: "standard|high-contrast"))
    var theme: Theme = .standard

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Terminalglocke läuten, wenn eine Timebox abläuft (sonst nur sichtbar).",
        en: "Ring the terminal bell when a timebox runs out (otherwise it is only shown).")))
    var bell = false

    /// Whether colour is used: not with `--no-color`, not when `NO_COLOR` is set (to any value).
    var color: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Runs a board on a terminal; refuses with exit 2 when input or output is not one.
    func run(_ state: BoardState, file: String, language: SixClusterModel.Language) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
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
