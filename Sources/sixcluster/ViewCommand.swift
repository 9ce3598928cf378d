import ArgumentParser
import SixClusterBoard
import SixClusterModel

/// `sixcluster view FILE`: a read-only board that follows the file, for a second screen.
struct ViewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "view",
            abstract: l.pick(de: "Zeigt eine Workshop-Datei nur lesend und lädt sie nach jedem Speichern neu (zweiter Bildschirm).",
                             en: "Shows a workshop file read-only and reloads it after every save (a second screen)."),
            discussion: l.pick(
                de: "Für einen zweiten Monitor oder Teilnehmende in einem anderen Terminal: Das Board folgt der Datei, "
                    + "die ein anderes sixcluster (oder ein Texteditor) speichert, und lädt sie binnen einer Sekunde neu. "
                    + "Es schreibt nie. Navigation, Präsentationsmodus (P) und hoher Kontrast (C) gehen auch hier.\n\n",
                en: "For a second monitor or for participants in another terminal: the board follows the file that another "
                    + "sixcluster (or a text editor) saves, and reloads it within a second. It never writes. Moving around, "
                    + "presentation mode (P) and high contrast (C) work here too.\n\n") + ExitStatus.helpText(l))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @OptionGroup var board: BoardOptions

    @OptionGroup var options: LanguageOption

    func run() throws {
        var settings = board.settings(language: options.lang)
        try settings.readConfig()
        let loaded = try Console.load(file, language: settings.boardLanguage(for: nil))
        let language = settings.boardLanguage(for: loaded.workshop)
        let state = BoardState(workshop: loaded.workshop, filePath: file, language: language, theme: settings.boardTheme, follows: true)
        try settings.run(state, file: file)
    }
}
