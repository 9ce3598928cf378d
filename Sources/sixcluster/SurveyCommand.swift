import ArgumentParser
import SixClusterModel

/// What `sixcluster survey` writes.
enum SurveyFormat: String, CaseIterable, ExpressibleByArgument, FormatByEnding {
    /// An interview guide in Markdown.
    case md
    /// An interview guide to print on A4.
    case html
    /// A questionnaire for a survey tool: question codes and texts.
    case csv

    static let fallback = SurveyFormat.md
    static let otherEndings: [String: SurveyFormat] = ["htm": .html]
}

/// `sixcluster survey FILE`: the chosen fields' guiding questions as an interview guide or a questionnaire.
struct SurveyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "survey",
            abstract: l.pick(de: "Schreibt die Leitfragen gewählter Felder als Gesprächsleitfaden oder als Fragebogen (CSV).",
                             en: "Writes the chosen fields' guiding questions as an interview guide or a questionnaire (CSV)."),
            discussion: l.pick(
                de: "md und html: je Feld Name, Worum es geht und die Fragen mit Platz für Notizen; html druckt auf A4. "
                    + "csv: eine Kopfzeile mit Fragecodes (F01.1 = Feld 1, Frage 1) und eine Zeile mit den Fragen, für ein "
                    + "Umfragewerkzeug; sixcluster import liest die Antworten über dieselben Codes zurück. In der Sprache des "
                    + "Workshops, außer --lang sagt anderes.",
                en: "md and html: per field its name, what it is about and its questions with room for notes; html prints on A4. "
                    + "csv: a header row of question codes (F01.1 = field 1, question 1) and a row of the questions, for a survey "
                    + "tool; sixcluster import reads the answers back by the same codes. In the workshop's language unless --lang "
                    + "says otherwise."))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Felder, z. B. 1,3,5-7 (Standard: alle 20).", en: "The fields, for example 1,3,5-7 (default: all 20)."),
        valueName: "list"))
    var fields: String?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "md: Leitfaden; html: Leitfaden zum Drucken; csv: Fragebogen (Standard: nach der Endung von -o, sonst md).",
        en: "md: the guide; html: the guide to print; csv: the questionnaire (default: by the ending of -o, else md)."),
        valueName: "md|html|csv"))
    var format: SurveyFormat?

    @OptionGroup var destination: OutputOption
    private var output: String? { destination.output }

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if case .failure(let problem) = FieldSelection.parse(fields) {
            let l = options.language
            throw ValidationError(l.pick(de: "--fields: „\(problem.part)“ ist kein Feld und kein Bereich von 1 bis 20 (z. B. 1,3,5-7)",
                                         en: "--fields: “\(problem.part)” is no field and no range of 1 to 20 (for example 1,3,5-7)"))
        }
    }

    func run() throws {
        let workshop = try Console.load(file, language: options.language).workshop
        guard case .success(let chosen) = FieldSelection.parse(fields) else { return }
        let guide = SurveyGuide(language: options.lang ?? workshop.metadata.language)
        let text = switch format ?? output.map(SurveyFormat.init(path:)) ?? .md {
        case .md: guide.markdown(chosen, workshop: workshop.metadata)
        case .html: guide.html(chosen, workshop: workshop.metadata)
        case .csv: guide.csv(chosen)
        }
        guard let output else {
            Console.output(text)
            return
        }
        try OutputFile.write(text, to: output, from: file, language: options.language)
    }
}
