/// What an export writes: the Markdown report, the board as an SVG poster, or both in one HTML file to print.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The Markdown report.
    case md
    /// The board as a poster.
    case svg
    /// The poster and the report in one self-contained HTML file that prints cleanly.
    case html

    /// The format a file name asks for by its ending (`.svg`, `.html`/`.htm`); Markdown for anything else.
    public init(path: String) {
        let lowered = path.lowercased()
        self = lowered.hasSuffix(".svg") ? .svg : lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : .md
    }

    /// The file ending it is written with.
    public var fileExtension: String { "." + rawValue }

    /// The next format in the order the board's export prompt walks them (Markdown, HTML, SVG).
    public var next: ExportFormat {
        switch self {
        case .md: .html
        case .html: .svg
        case .svg: .md
        }
    }

    /// Its name for people.
    public func name(in language: Language) -> String {
        switch self {
        case .md: language.pick(de: "Markdown-Bericht", en: "Markdown report")
        case .svg: language.pick(de: "SVG-Poster", en: "SVG poster")
        case .html: language.pick(de: "HTML (Poster und Bericht, zum Drucken)", en: "HTML (poster and report, to print)")
        }
    }

    /// `path` with this format's ending instead of the export ending it has (or added, when it has none).
    public func path(from path: String) -> String {
        let lowered = path.lowercased()
        for ending in [".md", ".markdown", ".svg", ".html", ".htm"] where lowered.hasSuffix(ending) {
            return String(path.dropLast(ending.count)) + fileExtension
        }
        return path + fileExtension
    }

    /// The export of a workshop in this format; a Markdown report may show a poster written beside it; `since`
    /// adds what happened since an earlier version.
    public func render(_ workshop: Workshop, template: ModelTemplate = .builtIn, language: Language,
                       boardImage: String? = nil, since: SinceChanges? = nil) -> String {
        switch self {
        case .md: MarkdownReport(template: template, language: language, boardImage: boardImage, since: since).render(workshop)
        case .svg: SVGPoster(template: template, language: language, since: since).render(workshop)
        case .html: HTMLReport(template: template, language: language, since: since).render(workshop)
        }
    }
}
