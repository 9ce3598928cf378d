/// A table from a CSV export – a header row and rows of cells, each row with the line it starts on – read the way
/// spreadsheets and survey tools write them: comma, semicolon or tab as separator (the one the header uses most),
/// quoted cells with doubled quotes and line breaks inside, CRLF or LF.
public struct CSVTable: Equatable, Sendable {
    /// One row and the line of the file it starts on (from 1).
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var cells: [String]
    }

    /// Why a file is no table this reader takes; the line where there is one.
    public struct Problem: Error, Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// Nothing in it.
            case empty
            /// A header and no rows.
            case headerOnly
            /// Bytes no text file holds (a NUL): a spreadsheet's own format, a picture.
            case binary
            /// A quote opened and never closed (from this line).
            case openQuote
        }

        public var kind: Kind
        public var line: Int?

        /// A problem of a kind, at a line where there is one.
        public init(kind: Kind, line: Int?) {
            self.kind = kind
            self.line = line
        }
    }

    /// The header's cells, trimmed.
    public var header: [String]
    /// The rows under it; blank lines are left out.
    public var rows: [Row]
    /// The separator found.
    public var separator: Character

    /// The table a text holds.
    public static func read(_ text: String) -> Result<CSVTable, Problem> {
        if text.unicodeScalars.contains("\u{0}") { return .failure(Problem(kind: .binary, line: nil)) }
        return parse(text, separator: separator(of: text))
    }

    /// The table a text holds, with this separator.
    static func parse(_ text: String, separator: Character) -> Result<CSVTable, Problem> {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false, wasQuoted = false
        var line = 1, rowLine = 1, quoteLine = 1
        let cut: Unicode.Scalar = separator == ";" ? ";" : separator == "\t" ? "\t" : ","
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRow() {
            cells.append(wasQuoted ? cell : cell.trimmingSpaces)
            if !(cells.count == 1 && cells[0].isEmpty && !wasQuoted) { rows.append(Row(line: rowLine, cells: cells)) }
            cells = []
            cell = ""
            wasQuoted = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    if scalar != "\r" { cell.unicodeScalars.append(scalar) }
                }
                continue
            }
            switch scalar {
            case "\"" where cell.trimmingSpaces.isEmpty:
                quoted = true
                wasQuoted = true
                quoteLine = line
                cell = ""
            case cut:
                cells.append(wasQuoted ? cell : cell.trimmingSpaces)
                cell = ""
                wasQuoted = false
            case "\n":
                endRow()
                line += 1
                rowLine = line
            case "\r":
                break
            default:
                cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { return .failure(Problem(kind: .openQuote, line: quoteLine)) }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRow() }
        guard let first = rows.first else { return .failure(Problem(kind: .empty, line: nil)) }
        guard rows.count > 1 else { return .failure(Problem(kind: .headerOnly, line: first.line)) }
        return .success(CSVTable(header: first.cells.map(\.trimmingSpaces), rows: Array(rows.dropFirst()), separator: separator))
    }

    /// The separator that cuts the first lines into the same number of cells as the header, the most of them:
    /// comma, semicolon or tab.
    static func separator(of text: String) -> Character {
        // The first lines: up to a line break after 16 KB (all of a shorter text).
        let head = text.prefix(16 * 1024)
        let start = head.count < text.count ? String(head[..<(head.lastIndex(of: "\n") ?? head.endIndex)]) : text
        let candidates: [Character] = [",", ";", "\t"]
        let scores = candidates.map { candidate -> (Bool, Int) in
            var parsed = parse(start, separator: candidate)
            // A quoted cell over the cut: the whole text decides.
            if case .failure(let problem) = parsed, problem.kind == .openQuote, start.count < text.count {
                parsed = parse(text, separator: candidate)
            }
            guard case .success(let table) = parsed else { return (false, 0) }
            let sample = table.rows.prefix(10)
            return (table.header.count > 1 && sample.allSatisfy { $0.cells.count == table.header.count }, table.header.count)
        }
        // On a tie the rarer character in prose wins: a tab over a semicolon over a comma.
        var best = 0
        for index in scores.indices.dropFirst() {
            let (consistent, cells) = scores[index], (bestConsistent, bestCells) = scores[best]
            if consistent && !bestConsistent || consistent == bestConsistent && cells >= bestCells { best = index }
        }
        return candidates[best]
    }
}
