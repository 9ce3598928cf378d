/// A table of the report: a header row, how each column is aligned, and the rows.
public struct ReportTable: Equatable, Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Equatable, Sendable {
        case left, right
    }

    /// The header cells.
    public var header: [[ReportInline]]
    /// One alignment per column.
    public var alignments: [Alignment]
    /// The rows, each with one cell per column.
    public var rows: [[[ReportInline]]]

    /// A table.
    public init(header: [[ReportInline]], alignments: [Alignment], rows: [[[ReportInline]]]) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }
}
