import ArgumentParser
import Foundation
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// `sixcluster [edit] FILE`: the board, an ncurses editor for a workshop.
struct EditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "edit",
            abstract: l.pick(de: "Öffnet das Board für eine Workshop-Datei (Standardbefehl).",
                             en: "Opens the board for a workshop file (the default command)."),
            discussion: l.pick(
                de: "Gibt es die Datei noch nicht, beginnt ein neuer Workshop; er wird beim ersten Speichern (Ctrl-S) geschrieben. "
                    + "? zeigt alle Tasten. NO_COLOR (mit beliebigem Wert) schaltet Farbe ab.\n\n",
                en: "A file that does not exist yet starts a new workshop, written at the first save (Ctrl-S). "
                    + "? shows all keys. NO_COLOR (any value) turns colour off.\n\n") + ExitStatus.helpText(l))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Workshop-Datei.", en: "The workshop file."),
                                 valueName: "file"))
    var file: String

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpLanguage.current.pick(de: "Ohne Farben.", en: "No colours.")))
    var noColor = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(language.pick(
                de: "sixcluster: das Board braucht ein Terminal (Ein- und Ausgabe sind umgeleitet); für Text: sixcluster show \(file)",
                en: "sixcluster: the board needs a terminal (input or output is redirected); for text use: sixcluster show \(file)"))
            throw ExitStatus.unreadable
        }
        let state = try initialState(language: language)
        let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let status = BoardSession(state: state, color: color).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// The loaded workshop, or a new one when the file does not exist yet.
    private func initialState(language: Language) throws -> BoardState {
        if !FileManager.default.fileExists(atPath: file) {
            return BoardState(workshop: Workshop(metadata: WorkshopMetadata(language: language)), filePath: file,
                              fileExists: false, language: language)
        }
        let loaded = try Console.load(file, language: language)
        return BoardState(workshop: loaded.workshop, filePath: file, commentLines: loaded.commentLines, language: language)
    }
}
