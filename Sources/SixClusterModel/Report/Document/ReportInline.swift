/// Text inside a block of the report.
public enum ReportInline: Equatable, Sendable {
    /// Text shown as it is, on one line (line breaks become spaces).
    case text(String)
    /// Text whose line breaks are kept (a card written over several lines).
    case lines(String)
    /// Text set in bold.
    case strong([ReportInline])
    /// Text set in italics.
    case emphasis([ReportInline])
}
