/// The workshop as a GitHub-flavoured Markdown report: the document `ReportBuilder` makes, written by
/// `MarkdownWriter`.
public struct MarkdownReport: Sendable {
    /// The template that names clusters and topics.
    public var template: ModelTemplate
    /// The language of the report's own words.
    public var language: Language

    /// A picture of the board the report shows below its title, if one was written beside it.
    public var boardImage: String?

    /// What happened since an earlier version (`export --since`).
    public var since: SinceChanges?

    /// Creates a report writer.
    public init(template: ModelTemplate = .builtIn, language: Language, boardImage: String? = nil, since: SinceChanges? = nil) {
        self.template = template
        self.language = language
        self.boardImage = boardImage
        self.since = since
    }

    /// The report's text.
    public func render(_ workshop: Workshop) -> String {
        MarkdownWriter.write(ReportBuilder(template: template, language: language, boardImage: boardImage, since: since).document(workshop))
    }
}
