import ArgumentParser
import SixClusterModel

/// `sixcluster show FILE`: the board as plain text.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "show",
            abstract: l.pick(de: "Zeigt das Board als Text: jedes Feld mit Ist/Soll-Zahlen und Markierungen.",
                             en: "Shows the board as text: each field with its Ist/Soll counts and flags."),
            discussion: ExitStatus.helpText(l))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Nur dieses Feld (1-20) zeigen, mit Leitfragen und allen Karten.",
        en: "Show only this field (1-20), with its guiding questions and all cards."), valueName: "n"))
    var field: Int?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Jede Karte einmal, eine Zeile je Karte unter einer Überschrift je Feld (für zeilenweise Diffs, git-setup nutzt es).",
        en: "Every card once, a line per card under a heading per field (for line-based diffs; git-setup uses it).")))
    var cards = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if let field, !(1...ModelTemplate.topicCount).contains(field) {
            throw ValidationError(HelpLanguage.current.pick(de: "--field muss zwischen 1 und 20 liegen.",
                                                           en: "--field must be between 1 and 20."))
        }
    }

    func run() throws {
        let language = options.language
        let workshop = try Console.load(file, language: language).workshop
        let board = PlainTextBoard(language: language)
        if cards {
            Console.output(board.cardLines(workshop))
        } else if let field {
            Console.output(board.field(workshop, topic: field))
        } else {
            Console.output(board.overview(workshop, file: file))
        }
    }
}
