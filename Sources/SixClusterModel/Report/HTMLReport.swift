/// The deliverable as one self-contained HTML file: the board as a poster on a landscape page of its own, then the
/// report (the Markdown report's document, rendered by cmark-gfm), with print CSS for clean A4 pages. No script, no
/// font, image or style from anywhere else.
public struct HTMLReport: Sendable {
    /// The template that names clusters and topics.
    public var template: ModelTemplate
    /// The language of the report's own words.
    public var language: Language

    /// Creates a report writer.
    public init(template: ModelTemplate = .builtIn, language: Language, since: SinceChanges? = nil) {
        self.template = template
        self.language = language
        self.since = since
    }

    /// What happened since an earlier version (`export --since`): a line under the title.
    public var since: SinceChanges?

    /// Print rules: A4 pages with numbers, the poster filling a landscape page, no list item or table row split
    /// across pages, headings and the line that introduces a list or a table kept with what follows; the action
    /// plan's table on landscape pages of its own, its text columns given the room.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; } }
        @page poster { size: A4 landscape; margin: 8mm; }
        body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', Arial, sans-serif; font-size: 10.5pt;
               line-height: 1.4; color: #222; max-width: 50rem; margin: 0 auto; padding: 0 1rem; }
        .poster { page: poster; break-after: page; margin: 0 0 2rem; }
        .poster svg { width: 100%; height: auto; display: block; }
        @media print {
          body { max-width: none; padding: 0; }
          .poster { margin: 0; }
          .poster svg { width: 100%; height: 192mm; }
        }
        h1 { font-size: 20pt; } h2 { font-size: 15pt; border-bottom: 1px solid #999; }
        h2, h3 { break-after: avoid; } h3 { font-size: 12pt; }
        li, tr, p { break-inside: avoid; }
        p:has(+ ul, + ol, + table) { break-after: avoid; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; }
        th, td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        thead { display: table-header-group; }
        @page plan { size: A4 landscape; margin: 14mm 14mm 16mm; }
        table:has(th:nth-child(8)) { table-layout: fixed; page: plan; }
        h2:has(+ h3 + table th:nth-child(8)), h3:has(+ table th:nth-child(8)) { page: plan; }
        table:has(th:nth-child(8)) :is(th, td) { hyphens: auto; overflow-wrap: break-word; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(1) { width: 4%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(2) { width: 12%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(3) { width: 20%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(4) { width: 26%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(5) { width: 7%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(6) { width: 7%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(7) { width: 10%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(8) { width: 7%; }
        table:has(th:nth-child(8)) :is(th, td):nth-child(9) { width: 7%; }
        """

    /// The HTML document.
    public func render(_ workshop: Workshop) -> String {
        let title = workshop.metadata.title.allSatisfy(\.isWhitespace)
            ? language.pick(de: "Six-Cluster-Workshop", en: "Six-Cluster workshop") : workshop.metadata.title
        var poster = SVGPoster(template: template, language: language, since: since).render(workshop)
        // Inside HTML the poster is an element, not a document: its XML declaration goes.
        if poster.hasPrefix("<?xml"), let end = poster.firstIndex(of: "\n") { poster.removeSubrange(...end) }
        let report = HTMLRenderer.html(ReportBuilder(template: template, language: language, since: since).document(workshop))
        return "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>" + SVGWriter.escape(title) + "</title>\n<style>\n" + Self.css + "\n</style>\n</head>\n<body>\n"
            + "<section class=\"poster\">\n" + poster + "</section>\n<main>\n" + report + "</main>\n</body>\n</html>\n"
    }
}
