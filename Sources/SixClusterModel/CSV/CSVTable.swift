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

        /// The problem in words; `rows` names what the rows would have held ("answers", "orders").
        public func message(in language: Language, rows: (de: String, en: String)) -> String {
            switch kind {
            case .empty: language.pick(de: "die Datei ist leer", en: "the file is empty")
            case .headerOnly: language.pick(de: "nur eine Kopfzeile, keine \(rows.de)", en: "a header only, no \(rows.en)")
            case .binary: language.pick(de: "keine Textdatei (eine Tabellen-Datei? als CSV speichern)",
                                        en: "not a text file (a spreadsheet file? save it as CSV)")
            case .openQuote: language.pick(de: "ein Anführungszeichen wird hier geöffnet und nie geschlossen",
                                           en: "a quote opens here and never closes")
            }
        }

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
        var scanner = CSVRowScanner(separator: separator)
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let problem = contiguous.utf8.withContiguousStorageIfAvailable { bytes in
            scanner.feed(bytes) { rows.append($0) }
            return scanner.finish { rows.append($0) }
        } ?? nil
        if let problem { return .failure(problem) }
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
            guard case .success(let table) = parsed else {
                // A quote that never closes: the first line still shows how many cells the separator makes.
                let firstLine = String(start.prefix { $0 != "\n" && $0 != "\r\n" })
                let header = parse(firstLine + "\nx", separator: candidate)
                return (false, (try? header.get().header.count) ?? 0)
            }
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
