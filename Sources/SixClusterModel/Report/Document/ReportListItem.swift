/// One item of a list in the report, perhaps with a list of its own below it.
public struct ReportListItem: Equatable, Sendable {
    /// The item's text.
    public var text: [ReportInline]
    /// Items listed (with bullets) below this one.
    public var children: [ReportListItem]

    /// An item, with items below it.
    public init(_ text: [ReportInline], children: [ReportListItem] = []) {
        self.text = text
        self.children = children
    }
}
