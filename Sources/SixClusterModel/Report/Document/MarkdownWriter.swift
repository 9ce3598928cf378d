/// Writes a `ReportDocument` as GitHub-flavoured Markdown. All escaping of the report's Markdown happens here,
/// through `MarkdownEscaper`: no card can open a heading, list, table, link or HTML. Everything is appended to
/// one text (a big workshop has tens of thousands of pieces).
public enum MarkdownWriter {
    /// The document as Markdown text: blocks separated by blank lines (the last one ends the text).
    public static func write(_ document: ReportDocument) -> String {
        var out = ""
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { out += "\n" }
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: max(1, level)) + " "
                inline(text, indent: 0, into: &out)
                out += "\n"
            case .paragraph(let text):
                inline(text, indent: 0, into: &out)
                out += "\n"
            case .list(let ordered, let items):
                for (number, item) in items.enumerated() {
                    let marker = ordered ? "\(number + 1). " : "- "
                    out += marker
                    inline(item.text, indent: marker.utf8.count, into: &out)
                    out += "\n"
                    for child in item.children {
                        out += String(repeating: " ", count: marker.utf8.count) + "- "
                        inline(child.text, indent: marker.utf8.count + 2, into: &out)
                        out += "\n"
                    }
                }
            case .image(let description, let path):
                // The description is escaped as text; the path goes into a link target, where spaces, brackets and
                // anything but plain characters are percent-encoded.
                out += "![" + MarkdownEscaper.line(description) + "](" + linkTarget(path) + ")\n"
            case .table(let table):
                row(table.header, into: &out)
                out += "|" + table.alignments.map { $0 == .right ? "---:|" : "---|" }.joined() + "\n"
                for cells in table.rows { row(cells, into: &out) }
            }
        }
        return out
    }

    private static func linkTarget(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let plain = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "-._~/".utf8.contains(byte)
            result += plain ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }
        return result
    }

    private static func row(_ cells: [[ReportInline]], into out: inout String) {
        out += "|"
        for cell in cells {
            out += " "
            inline(cell, indent: 0, into: &out)
            out += " |"
        }
        out += "\n"
    }

    /// Inline text; `indent` is where continuation lines of kept line breaks start (inside a list item).
    private static func inline(_ parts: [ReportInline], indent: Int, into out: inout String) {
        for part in parts {
            switch part {
            case .text(let text):
                // A space at either end joins the text to the piece beside it; the escaper trims it, so it is kept.
                let utf8 = text.utf8
                if utf8.first == UInt8(ascii: " ") { out += " " }
                out += MarkdownEscaper.line(text)
                if utf8.last == UInt8(ascii: " ") && utf8.count > 1 { out += " " }
            case .lines(let text):
                out += MarkdownEscaper.block(text, continuationIndent: indent)
            case .strong(let inner):
                out += "**"
                inline(inner, indent: indent, into: &out)
                out += "**"
            case .emphasis(let inner):
                out += "*"
                inline(inner, indent: indent, into: &out)
                out += "*"
            }
        }
    }
}

private extension String {
    /// A one-digit hexadecimal number with a leading zero.
    var leftPadded: String { count == 1 ? "0" + self : self }
}
