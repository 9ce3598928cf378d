/// Rows of cells as aligned text for a terminal: each column as wide as its widest cell (some at most a width, cut
/// with `…`), two spaces between columns, numbers right-aligned where asked, no spaces at a line's end. Line breaks
/// inside a cell become ` / `, control characters are made visible.
public struct TextColumns {
    /// The rows; the first is usually the header.
    public var rows: [[String]]
    /// Columns whose cells stand at the right edge.
    public var rightAligned: Set<Int> = []
    /// Columns cut to at most this many display columns.
    public var limits: [Int: Int] = [:]
    /// Text put before every line.
    public var indent = ""

    /// Columns for rows.
    public init(_ rows: [[String]], rightAligned: Set<Int> = [], limits: [Int: Int] = [:], indent: String = "") {
        self.rows = rows
        self.rightAligned = rightAligned
        self.limits = limits
        self.indent = indent
    }

    /// The lines, each ended by a line break.
    public var text: String {
        let shown = rows.map { $0.map { VisibleText.escaped($0.split(whereSeparator: \.isNewline).joined(separator: " / ")) } }
        var widths: [Int] = []
        for row in shown {
            for (index, cell) in row.enumerated() {
                if index == widths.count { widths.append(0) }
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        for (index, limit) in limits where index < widths.count { widths[index] = min(widths[index], limit) }
        var out = ""
        for row in shown {
            let cells = row.enumerated().map { index, cell -> String in
                let fitted = DisplayWidth.fit(cell, width: widths[index])
                guard rightAligned.contains(index) else { return index == row.count - 1 && limits[index] == nil ? cell : fitted }
                return String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell))) + cell
            }
            var line = indent + cells.joined(separator: "  ")
            while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
