#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// How a board looks and sounds (colour, theme, bell), who sits at it and whether it only watches, whether the
/// options came through the argument parser or through `BoardLaunch`'s quick reading; with the config file's
/// settings under them. The command line wins over the config file, the config file over the environment.
struct BoardSettings: Equatable {
    var noColor = false
    /// The theme, when the command line names one.
    var theme: Theme?
    var bell = false
    /// The name the other boards on the file see (`--author`); else the config file's, else the login name.
    var author: String?
    /// Only watching: no change, no save (`--read-only`).
    var readOnly = false
    /// Whether the config file is left unread (`--no-config`).
    var noConfig = false
    /// Whether the mouse is left alone (`--no-mouse`).
    var noMouse = false
    /// Whether the room for phones opens at the start (`--room`).
    var room = false
    /// Where the room listens (`--listen`).
    var listen: String?
    /// The language `--lang` asks for.
    var language: Language?
    /// What the config file sets.
    var config = BoardConfig()

    /// Stops with exit 2 when input or output is no terminal, saying what to do `instead`.
    func requireTerminal(instead: String) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(boardLanguage(for: nil).pick(
                de: "sixcluster: das Board braucht ein Terminal (Ein- und Ausgabe sind umgeleitet); ",
                en: "sixcluster: the board needs a terminal (input or output is redirected); ") + instead)
            throw ExitStatus.unreadable
        }
    }

    /// Reads the config file (unless `--no-config`); stops with its problems.
    mutating func readConfig() throws {
        guard !noConfig else { return }
        config = try UserConfig.load(language: language ?? EnvironmentLanguage.current)
    }

    /// The language of everything the board shows – its own words and the model's names and questions – so that
    /// nobody sees two languages mixed without asking: the one `--lang` or the config file asks for, else the
    /// workshop's own, else (a new workshop, a message before the file is read) the environment's. Cards stay as
    /// they were written.
    func boardLanguage(for workshop: Workshop?) -> Language {
        language ?? config.language ?? workshop?.metadata.language ?? EnvironmentLanguage.current
    }

    /// The theme: `--theme`, else the config file's, else the standard one.
    var boardTheme: Theme {
        theme ?? config.theme ?? .standard
    }

    /// Whether the mouse is used: not with `--no-mouse`, else as the config file says, else yes.
    var mouse: Bool {
        !noMouse && (config.mouse ?? true)
    }

    /// Whether colour is used: never with `--no-color`; else as the config file says; else not when `NO_COLOR` is
    /// set (to any value).
    var color: Bool {
        !noColor && (config.color ?? (getenv("NO_COLOR") == nil))
    }

    /// Runs a board on a terminal; refuses with exit 2 when input or output is not one (said in the language of
    /// the command line: `--lang`, the config file, the environment).
    func run(_ state: BoardState, file: String) throws {
        let file = VisibleText.escaped(file)
        try requireTerminal(instead: boardLanguage(for: nil).pick(de: "für Text: sixcluster show \(file)",
                                                                   en: "for text use: sixcluster show \(file)"))
        var state = state
        state.bellOnTimeout = bell || (config.bell ?? false)
        state.keymap = config.keymap
        state.mouse = mouse
        state.languageFollowsWorkshop = self.language == nil && config.language == nil
        // The config file's export format is a choice; without one the board offers what was exported last.
        if let format = config.exportFormat ?? LastExportFormat().read() { state.exportFormat = format }
        let chosen = (author ?? config.author).map(BoardPresence.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        // A named participant's cards carry the name (`by:`).
        state.writer = chosen
        let status = BoardSession(state: state, color: color, author: chosen, room: (room, listen)).run()
        if status != 0 { throw ExitCode(status) }
    }
}
