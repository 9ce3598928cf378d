#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// `sixcluster add FILE --field N --ist|--soll TEXT`: one card (or, with `-`, one per line of standard input) added
/// to a workshop through the shared file, while boards may be open on it.
struct AddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "add",
            abstract: l.pick(de: "Fügt einer Workshop-Datei eine Karte hinzu, auch während Boards sie offen haben.",
                             en: "Adds a card to a workshop file, also while boards have it open."),
            discussion: l.pick(
                de: "TEXT '-' liest eine Karte je Zeile von der Standardeingabe (leere Zeilen zählen nicht). Offene Boards "
                    + "zeigen die Karten binnen einer Sekunde. Exit 0: geschrieben; 1: abgelehnt (kein solches Feld, leerer "
                    + "oder zu langer Text) – nichts geschrieben; 2: die Datei ist nicht lesbar oder nicht schreibbar.",
                en: "TEXT '-' reads one card per line from standard input (blank lines do not count). Open boards show "
                    + "the cards within a second. Exit 0: written; 1: refused (no such field, an empty or too long "
                    + "text) – nothing written; 2: the file cannot be read or written."))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Der Text der Karte, oder - für eine Karte je Zeile der Standardeingabe.",
                                                          en: "The card's text, or - for one card per line of standard input."),
                                 valueName: "text"))
    var text: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Das Feld, 1 bis 20.", en: "The field, 1 to 20."), valueName: "n"))
    var field: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "In die Ist-Spalte (Ausgangssituation).",
                                                      en: "Into the Ist column (current situation).")))
    var ist = false

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "In die Soll-Spalte (Zielsituation).",
                                                      en: "Into the Soll column (target situation).")))
    var soll = false

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "In den Themenspeicher statt in ein Feld.",
                                                      en: "Into the parking lot instead of a field.")))
    var park = false

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Wer die Karte geschrieben hat (by:).",
                                                        en: "Who wrote the card (by:)."), valueName: "name"))
    var author: String?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        let l = HelpLanguage.current
        if park && (ist || soll || field != nil) {
            throw ValidationError(l.pick(de: "--park steht allein: ohne --field, --ist oder --soll.",
                                         en: "--park stands alone: without --field, --ist or --soll."))
        }
        if !park && (ist == soll || field == nil) {
            throw ValidationError(l.pick(de: "--field N und genau eins von --ist und --soll angeben (oder --park).",
                                         en: "Give --field N and exactly one of --ist and --soll (or --park)."))
        }
    }

    func run() throws {
        let language = options.language
        let shown = VisibleText.escaped(file)
        let texts: [String]
        if text == "-" {
            guard let input = Console.readStandardInput(limit: Self.inputLimit) else {
                Console.error(language.pick(de: "Standardeingabe: mehr als \(Self.inputLimit / 1_000_000) MB – nichts geschrieben",
                                            en: "standard input: more than \(Self.inputLimit / 1_000_000) MB – nothing written"))
                throw ExitStatus.incomplete
            }
            texts = Self.lines(of: input)
        } else {
            texts = [CardText.cleaned(text)].filter { !$0.isEmpty }
        }
        let author = self.author.map(BoardPresence.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        let topic = field.flatMap(FieldNumber.parse)
        let edits: [WorkshopEdit]
        if park {
            edits = texts.map { .park(Card($0, author: author)) }
        } else {
            guard let topic else {
                let typed = VisibleText.escaped(field ?? "")
                Console.error("\(shown): " + language.pick(de: "kein Feld „\(typed)“: die Felder sind von 1 bis 20 nummeriert – nichts geschrieben",
                                                          en: "no field “\(typed)”: fields are numbered 1 to 20 – nothing written"))
                throw ExitStatus.incomplete
            }
            edits = texts.map { .add(Card($0, author: author), topic: topic, column: ist ? .ist : .soll) }
        }
        guard !edits.isEmpty else {
            Console.error("\(shown): " + EditRefusal.emptyText.message(in: language))
            throw ExitStatus.incomplete
        }
        try SharedWriteReport.write(edits, to: file, as: author ?? "sixcluster add", topic: topic ?? 1, language: language)
        Console.error("\(shown): " + Self.added(edits.count, field: topic, column: ist ? .ist : .soll, in: language))
    }

    /// `1 card added to field 7 (Soll)`, `3 points added to the parking lot`.
    private static func added(_ count: Int, field: Int?, column: Situation, in language: Language) -> String {
        guard let field else {
            return language.pick(de: count == 1 ? "1 Punkt in den Themenspeicher gestellt" : "\(count) Punkte in den Themenspeicher gestellt",
                                 en: count == 1 ? "1 point added to the parking lot" : "\(count) points added to the parking lot")
        }
        let side = column == .ist ? "Ist" : "Soll"
        return language.pick(de: (count == 1 ? "1 Karte" : "\(count) Karten") + " zu Feld \(field) (\(side)) hinzugefügt",
                             en: (count == 1 ? "1 card" : "\(count) cards") + " added to field \(field) (\(side))")
    }

    /// The most standard input read for cards.
    static let inputLimit = 8_000_000

    /// One card per line of the input, blank lines left out.
    private static func lines(of input: String) -> [String] {
        input.split(whereSeparator: \.isNewline).map { CardText.cleaned(String($0)) }.filter { !$0.isEmpty }
    }
}
