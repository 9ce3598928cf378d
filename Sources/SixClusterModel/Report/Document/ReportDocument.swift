/// The report as a small document – headings, paragraphs, lists and tables of inline text – made from a workshop
/// by `ReportBuilder` and written by `MarkdownWriter` (an HTML or SVG writer reads the same document). Text from
/// the workshop is held as it is; only a writer escapes it, each for its own format.
public struct ReportDocument: Equatable, Sendable {
    /// The blocks, in reading order.
    public var blocks: [ReportBlock]

    /// A document of these blocks.
    public init(_ blocks: [ReportBlock] = []) {
        self.blocks = blocks
    }
}

/// One block of the report.
public enum ReportBlock: Equatable, Sendable {
    /// A heading of level 1 (the title) to 3 (a field).
    case heading(level: Int, [ReportInline])
    /// A paragraph.
    case paragraph([ReportInline])
    /// A list, numbered or with bullets.
    case list(ordered: Bool, [ReportListItem])
    /// A table.
    case table(ReportTable)
    /// A picture (the board as a poster), by a path relative to the report.
    case image(description: String, path: String)
}
