/// Writes a `ReportDocument` as GitHub-flavoured Markdown. All escaping of the report's Markdown happens here,
/// through `MarkdownEscaper`: no card can open a heading, list, table, link or HTML.
public enum MarkdownWriter {
    /// The document as Markdown text: blocks separated by blank lines (the last one ends the text).
    public static func write(_ document: ReportDocument) -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                out.append(String(repeating: "#", count: max(1, level)) + " " + inline(text, indent: 0))
            case .paragraph(let text):
                out.append(inline(text, indent: 0))
            case .list(let ordered, let items):
                for (number, item) in items.enumerated() {
                    let marker = ordered ? "\(number + 1). " : "- "
                    out.append(marker + inline(item.text, indent: marker.count))
                    for child in item.children {
                        let indent = String(repeating: " ", count: marker.count)
                        out.append(indent + "- " + inline(child.text, indent: marker.count + 2))
                    }
                }
            case .table(let table):
                out.append(row(table.header))
                out.append("|" + table.alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
                out += table.rows.map(row)
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private static func row(_ cells: [[ReportInline]]) -> String {
        "| " + cells.map { inline($0, indent: 0) }.joined(separator: " | ") + " |"
    }

    /// Inline text; `indent` is where continuation lines of kept line breaks start (inside a list item).
    private static func inline(_ parts: [ReportInline], indent: Int) -> String {
        parts.map { part in
            switch part {
            case .text(let text): spaced(text) { MarkdownEscaper.line($0) }
            case .lines(let text): MarkdownEscaper.block(text, continuationIndent: indent)
            case .strong(let inner): "**" + inline(inner, indent: indent) + "**"
            case .emphasis(let inner): "*" + inline(inner, indent: indent) + "*"
            }
        }.joined()
    }

    /// Escapes text, keeping a space at its start or end (which joins it to the text beside it).
    private static func spaced(_ text: String, _ escape: (String) -> String) -> String {
        (text.hasPrefix(" ") ? " " : "") + escape(text) + (text.hasSuffix(" ") && text.count > 1 ? " " : "")
    }
}
