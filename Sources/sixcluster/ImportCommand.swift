#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterFiles
import SixClusterModel

extension TextDecoding.Encoding: ExpressibleByArgument {}

/// `sixcluster import FILE ANSWERS.csv`: a survey's answers as cards, through the same door as every writer.
struct ImportCommand: ParsableCommand {
    /// Where imported answers go.
    enum Target: String, CaseIterable, ExpressibleByArgument {
        case parked, ist
    }

    /// How the answers were gathered.
    enum Method: String, CaseIterable, ExpressibleByArgument {
        case survey, interview

        var collection: CollectionMethod { self == .survey ? .survey : .interview }
    }

    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "import",
            abstract: l.pick(de: "Übernimmt die Antworten einer Umfrage (CSV) als Karten.", en: "Takes a survey's answers (CSV) in as cards."),
            discussion: l.pick(
                de: "Spalten werden Leitfragen über ihren Code (F01.2, wie sixcluster survey ihn schreibt) oder den Fragetext "
                    + "zugeordnet; andere Spalten werden genannt und ausgelassen. Gleiche Antworten in einem Feld werden eine Karte "
                    + "mit „(×4)“. Komma, Semikolon oder Tabulator; UTF-8, UTF-16 oder Windows-1252. Exit 1, wenn Zeilen "
                    + "ausgelassen wurden, 2, wenn eine Datei nicht gelesen oder geschrieben werden kann.",
                en: "Columns go to guiding questions by their code (F01.2, as sixcluster survey writes it) or the question's text; "
                    + "other columns are named and left out. Identical answers in one field become one card with “(×4)”. Comma, "
                    + "semicolon or tab; UTF-8, UTF-16 or Windows-1252. Exit 1 when rows were left out, 2 when a file cannot be "
                    + "read or written."))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Antworten als CSV.", en: "The answers as CSV.")),
              completion: .file(extensions: ["csv", "txt", "tsv"]))
    var answers: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "parked: in den Themenspeicher, mit dem Feld vorn (Standard); ist: gleich in die Ist-Spalten der Felder.",
        en: "parked: into the parking lot, marked with their field (default); ist: straight into the fields' Ist columns."),
        valueName: "parked|ist"))
    var into: Target = .parked

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Methode der Karten (Standard: survey).",
                                                         en: "The cards' method (default: survey)."), valueName: "survey|interview"))
    var method: Method = .survey

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Spalte, die sagt, wer geantwortet hat (wird by: der Karte).",
                                                         en: "The column that says who answered (becomes the card's by:)."), valueName: "column"))
    var by: String?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Kodierung, wenn sie nicht erkannt wird.",
                                                         en: "The encoding, where it is not recognised."), valueName: "utf-8|utf-16|windows-1252"))
    var encoding: TextDecoding.Encoding?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Eine YAML-Datei „Spalte: Feld“ (oder „Spalte: F01.2“) für Spalten ohne Fragecode oder Fragetext.",
        en: "A YAML file of “column: field” (or “column: F01.2”) for columns headed by neither a code nor a question."),
        valueName: "map.yaml"))
    var map: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Nur zeigen, was hinzukäme; nichts ändern.",
                                                      en: "Only show what would be added; change nothing.")))
    var dryRun = false

    @OptionGroup var options: LanguageOption

    /// The largest answers file read.
    static let sizeLimit = 32 * 1024 * 1024

    func run() throws {
        let language = options.language
        let shownAnswers = VisibleText.escaped(answers)
        let bytes: [UInt8]
        do {
            bytes = try WorkshopFileReader(language: language, limit: Self.sizeLimit, kind: ("Antwort-Dateien", "answer files")).bytes(of: answers)
        } catch {
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.unreadable
        }
        let table: CSVTable
        switch CSVTable.read(TextDecoding.decode(bytes, as: encoding).text) {
        case .success(let read): table = read
        case .failure(let problem):
            Console.error("\(shownAnswers)" + (problem.line.map { ":\($0)" } ?? "") + ": " + problem.message(in: language, rows: ("Antworten", "answers")))
            throw ExitStatus.unreadable
        }
        let workshop = try Console.load(file, language: language).workshop
        let columnMap = try map.map { path -> ColumnMap in
            do throws(WorkshopLoadError) {
                let bytes = try WorkshopFileReader(language: language, limit: 1 << 20, kind: ("Zuordnungsdateien", "map files")).bytes(of: path)
                return try ColumnMap(bytes, file: path, language: language)
            } catch {
                error.diagnostics.forEach { Console.error($0.description) }
                throw ExitStatus.unreadable
            }
        } ?? ColumnMap()
        let result = SurveyImport(table, respondent: by, map: columnMap)
        for column in result.missingFromTable {
            Console.error("\(VisibleText.escaped(map ?? "")): " + language.pick(de: "keine Spalte „\(VisibleText.escaped(column))“ in \(shownAnswers)",
                                                                              en: "no column “\(VisibleText.escaped(column))” in \(shownAnswers)"))
        }
        for column in result.unmatched {
            let hint = column.suggestion.map { language.pick(de: " – gemeint: \($0)?", en: " – did you mean \($0)?") } ?? ""
            Console.error("\(shownAnswers): " + language.pick(de: "Spalte „\(VisibleText.escaped(column.column))“ passt zu keiner Frage, ausgelassen",
                                                             en: "column “\(VisibleText.escaped(column.column))” matches no question, left out") + hint)
        }
        for line in result.skipped {
            Console.error("\(shownAnswers):\(line): " + language.pick(de: "mehr Zellen als die Kopfzeile hat – Zeile ausgelassen",
                                                                     en: "more cells than the header has – row left out"))
        }
        guard !result.matched.isEmpty else {
            Console.error("\(shownAnswers): " + language.pick(de: "keine Spalte passt zu einer Leitfrage (Code wie F01.2 oder der Fragetext) – nichts übernommen",
                                                             en: "no column matches a guiding question (a code such as F01.2, or the question's text) – nothing taken in"))
            throw ExitStatus.unreadable
        }
        let edits = edits(result.answers, workshopLanguage: workshop.metadata.language)
        if dryRun {
            for answer in result.answers {
                Console.output("\(answer.field) \(ModelTemplate.builtIn.topic(answer.field).name[language]): " + VisibleText.escaped(answer.text) + "\n")
            }
        } else if !edits.isEmpty {
            try SharedWriteReport.write(edits, to: file, as: "sixcluster import", language: language)
        }
        let (fields, rows) = (Set(result.answers.map(\.field)).count, table.rows.count - result.skipped.count)
        Console.error(VisibleText.escaped(file) + ": " + language.pick(
            de: (dryRun ? "kämen hinzu: " : "") + (result.answers.count == 1 ? "1 Karte" : "\(result.answers.count) Karten")
                + " aus \(rows) Antwortzeilen für \(fields) "
                + (fields == 1 ? "Feld" : "Felder") + (into == .parked ? " (Themenspeicher)" : " (Ist)"),
            en: (dryRun ? "would add: " : "") + (result.answers.count == 1 ? "1 card" : "\(result.answers.count) cards")
                + " from \(rows) " + (rows == 1 ? "row" : "rows") + " of answers for \(fields) "
                + (fields == 1 ? "field" : "fields") + (into == .parked ? " (parking lot)" : " (Ist)")))
        if !result.skipped.isEmpty { throw ExitStatus.incomplete }
    }

    /// The cards as edits: parked with their field in front, or into the fields' Ist columns (a field's cards in
    /// one step).
    private func edits(_ answers: [SurveyImport.Answer], workshopLanguage: Language) -> [WorkshopEdit] {
        switch into {
        case .parked:
            return answers.map { answer in
                let field = workshopLanguage.pick(de: "Feld", en: "Field") + " \(answer.field): "
                return .park(Card(field + answer.text, author: answer.respondent, method: method.collection))
            }
        case .ist:
            let fields = Dictionary(grouping: answers, by: \.field)
            return fields.keys.sorted().map { field in
                .addAll(fields[field]!.map { Card($0.text, author: $0.respondent, method: method.collection) }, topic: field, column: .ist)
            }
        }
    }
}
