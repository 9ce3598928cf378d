/// How a CSV file this program writes holds one cell: in quotes (quotes doubled) when it holds a comma, a quote or
/// a line break; and a cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return) gets a leading `'`, so that text typed on a phone stays text in the firm's spreadsheet.
public enum CSVCell {
    /// The cell as written between the separators.
    public static func written(_ cell: String) -> String {
        var text = cell
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.flatMap { $0 == "\"" ? "\"\"" : String($0) } + "\""
    }

    /// A row: the cells separated by commas, ended by CRLF (as RFC 4180 writes it).
    public static func row(_ cells: [String]) -> String {
        cells.map(written).joined(separator: ",") + "\r\n"
    }
}
