/// The interview guide for chosen fields: per field its number, name and what it is about, then its guiding
/// questions with their codes, each with room for notes – as a document that the report's writers turn into
/// Markdown or, with the report's print styles, into HTML for A4.
public struct SurveyGuide: Sendable {
    /// The template that names fields and holds their questions.
    public var template: ModelTemplate
    /// The language of the guide.
    public var language: Language

    /// A guide writer.
    public init(template: ModelTemplate = .builtIn, language: Language) {
        self.template = template
        self.language = language
    }

    /// The guide as a document.
    public func document(_ fields: [Int], workshop: WorkshopMetadata) -> ReportDocument {
        let title = language.pick(de: "Gesprächsleitfaden", en: "Interview guide")
            + (workshop.title.allSatisfy(\.isWhitespace) ? "" : " – " + workshop.title)
        var blocks: [ReportBlock] = [
            .heading(level: 1, [.text(title)]),
            .paragraph([.text(language.pick(
                de: "Datum: ………………   Interviewer/in: ………………………………   Befragt: ………………………………  (Kunde, Mitarbeiter/in, Partner)",
                en: "Date: ………………   Interviewer: ………………………………   Respondent: ………………………………  (customer, staff, partner)"))]),
        ]
        let codes = QuestionCode.questions(of: fields, in: template, language: language)
        for field in fields {
            let topic = template.topic(field)
            blocks.append(.heading(level: 2, [.text("\(field) \(topic.name[language])")]))
            blocks.append(.paragraph([.text(template.cluster(ofTopic: field).name[language] + " – " + topic.explanation[language])]))
            let rows = codes.filter { $0.code.field == field }.map { question in
                [[ReportInline.text(question.code.description)], [.text(question.text)], []]
            }
            blocks.append(.table(ReportTable(header: [[.text(language.pick(de: "Code", en: "Code"))],
                                                      [.text(language.pick(de: "Frage", en: "Question"))],
                                                      [.text(language.pick(de: "Notizen", en: "Notes"))]],
                                             alignments: [.left, .left, .left], rows: rows)))
        }
        return ReportDocument(blocks)
    }

    /// The guide as Markdown.
    public func markdown(_ fields: [Int], workshop: WorkshopMetadata) -> String {
        MarkdownWriter.write(document(fields, workshop: workshop))
    }

    /// The guide as one HTML file that prints on A4 with the report's print styles, the notes column given room.
    public func html(_ fields: [Int], workshop: WorkshopMetadata) -> String {
        let css = HTMLReport.css + """

            table:has(th:nth-child(3):last-child) :is(th, td):nth-child(1) { width: 8%; white-space: nowrap; }
            table:has(th:nth-child(3):last-child) :is(th, td):nth-child(2) { width: 46%; }
            table:has(th:nth-child(3):last-child) td { height: 3.2cm; }
            """
        let title = language.pick(de: "Gesprächsleitfaden", en: "Interview guide")
        return "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>" + SVGWriter.escape(title) + "</title>\n<style>\n" + css + "\n</style>\n</head>\n<body>\n<main>\n"
            + HTMLRenderer.html(document(fields, workshop: workshop)) + "</main>\n</body>\n</html>\n"
    }

    /// The questionnaire for a survey tool: a header row of codes and a row of the questions' texts, comma
    /// separated, quoted where needed, UTF-8 with a byte order mark (so that spreadsheets read it as UTF-8).
    public func csv(_ fields: [Int]) -> String {
        let questions = QuestionCode.questions(of: fields, in: template, language: language)
        return "\u{FEFF}" + CSVCell.row(questions.map(\.code.description)) + CSVCell.row(questions.map(\.text))
    }
}
