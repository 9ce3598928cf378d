#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// What `sixcluster [edit] [FILE]` starts: the board on one workshop file, or the start screen without one.
///
/// The everyday call – a file name, perhaps `edit` before it and the board's own options (`--no-color`, `--bell`,
/// `--theme`, `--lang`, `--author`, `--read-only`, `--no-config`) – is recognised here without the argument
/// parser, whose first parse costs several milliseconds of Swift runtime look-ups before the first frame. Anything else (help, another command, an unknown
/// option, a value that is not allowed, a second file) is left to the parser, which also gives every message.
struct BoardLaunch: Equatable {
    /// The workshop file; nil opens the start screen, which picks or makes one.
    var file: String?
    var settings = BoardSettings()

    /// A launch from parsed options.
    init(file: String?, settings: BoardSettings) {
        self.file = file
        self.settings = settings
    }

    /// Recognises the plain call, or gives nil for the argument parser to handle. `commands` are the subcommand
    /// names, which are never taken for a file.
    init?(arguments: [String], commands: [String]) {
        var rest = arguments[...]
        if rest.first == "edit" { rest = rest.dropFirst() }
        var file: String?
        var settings = BoardSettings()
        var seen: [String] = [] // a handful of options: a set would cost a runtime look-up at start
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                guard file == nil, !commands.contains(argument) else { return nil }
                file = argument
                continue
            }
            // `--name=value` or `--name`; split by hand, as a list of substrings would be a type to build at start.
            let equals = argument.firstIndex(of: "=")
            let name = String(argument[..<(equals ?? argument.endIndex)])
            let attached = equals.map { String(argument[argument.index(after: $0)...]) }
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--no-color" where attached == nil: settings.noColor = true
            case "--bell" where attached == nil: settings.bell = true
            case "--read-only" where attached == nil: settings.readOnly = true
            case "--no-config" where attached == nil: settings.noConfig = true
            case "--no-mouse" where attached == nil: settings.noMouse = true
            case "--room" where attached == nil: settings.room = true
            case "--listen":
                guard let value = attached ?? rest.popFirst() else { return nil }
                settings.listen = value
            case "--theme", "--lang", "--author":
                guard let value = attached ?? rest.popFirst() else { return nil }
                if name == "--author" {
                    settings.author = value
                } else if name == "--theme" {
                    guard let theme = Theme(rawValue: value) else { return nil }
                    settings.theme = theme
                } else {
                    guard let chosen = Language(rawValue: value) else { return nil }
                    settings.language = chosen
                }
            default: return nil
            }
        }
        self.init(file: file, settings: settings)
    }

    /// Reads the config file, then opens the board on the loaded workshop, or on a new one when the file does not
    /// exist yet.
    func run() throws {
        var settings = settings
        try settings.readConfig()
        guard let file = try file ?? startScreen(settings) else { return }
        let state = try initialState(file, settings)
        try settings.run(state, file: file)
    }

    /// The start screen: the workshop to open, or nil when the user quit there.
    private func startScreen(_ settings: BoardSettings) throws -> String? {
        let language = settings.boardLanguage(for: nil)
        try settings.requireTerminal(instead: language.pick(de: "eine Datei nennen, z. B. sixcluster check DATEI",
                                                            en: "name a file, for example sixcluster check FILE"))
        let entries = WorkshopScan.entries(recent: RecentFiles().paths())
        return try StartSession(entries: entries, language: language, keymap: settings.config.keymap, color: settings.color,
                                theme: settings.boardTheme, mouse: settings.mouse).run()
    }

    /// The board's state, in one language for everything it shows (see `BoardSettings.boardLanguage(for:)`).
    private func initialState(_ file: String, _ settings: BoardSettings) throws -> BoardState {
        if access(file, F_OK) != 0 && errno == ENOENT {
            let language = settings.boardLanguage(for: nil)
            return BoardState(workshop: Workshop(metadata: WorkshopMetadata(language: language)), filePath: file,
                              fileExists: false, language: language, theme: settings.boardTheme, readOnly: settings.readOnly)
        }
        let loaded = try Console.load(file, language: settings.boardLanguage(for: nil))
        return BoardState(workshop: loaded.workshop, filePath: file, commentLines: loaded.commentLines,
                          language: settings.boardLanguage(for: loaded.workshop), theme: settings.boardTheme,
                          readOnly: settings.readOnly)
    }
}
