/// What a survey's answers come to: the columns matched to guiding questions (by code such as `F01.2`, or by the
/// question's text in either language, exactly or with case and spaces evened out), the answers per field as cards
/// (identical answers in one field as one card that says how many gave it), the columns left out, and the rows
/// skipped.
public struct SurveyImport: Equatable, Sendable {
    /// One card to be: its field, its text (with "×4" when four gave it) and who gave it, when one person did.
    public struct Answer: Equatable, Sendable {
        public var field: Int
        public var text: String
        public var count: Int
        public var respondent: String?
    }

    /// A column that matches no question, and the question it is closest to, if one is close.
    public struct Unmatched: Equatable, Sendable {
        public var column: String
        public var suggestion: QuestionCode?
    }

    /// The cards, field by field in the model's order, each field's in the order the answers first came.
    public var answers: [Answer]
    /// Which column went to which field (by its question's code, its text, or the column map).
    public var matched: [(column: String, field: Int)]
    /// Columns the map names that the table does not have.
    public var missingFromTable: [String] = []
    /// Columns that went nowhere.
    public var unmatched: [Unmatched]
    /// Rows left out: more cells than the header has (by their line).
    public var skipped: [Int]

    public static func == (a: SurveyImport, b: SurveyImport) -> Bool {
        a.answers == b.answers && a.unmatched == b.unmatched && a.skipped == b.skipped
            && a.matched.map(\.column) == b.matched.map(\.column) && a.matched.map(\.field) == b.matched.map(\.field)
            && a.missingFromTable == b.missingFromTable
    }

    /// Reads a table's answers; `respondent` names the column that says who answered, if any; `map` sends columns
    /// to fields by name (before codes and question texts are looked at).
    public init(_ table: CSVTable, template: ModelTemplate = .builtIn, respondent: String? = nil, map: ColumnMap = ColumnMap()) {
        var known: [String: QuestionCode] = [:]
        for language in Language.allCases {
            for (code, text) in QuestionCode.questions(of: Array(1...ModelTemplate.topicCount), in: template, language: language) {
                known[Self.evened(text)] = code
            }
        }
        let respondentColumn = respondent.flatMap { name in table.header.firstIndex { Self.evened($0) == Self.evened(name) } }
        var matched: [(column: String, field: Int)] = []
        var columns: [Int: Int] = [:]
        var unmatched: [Unmatched] = []
        for (index, name) in table.header.enumerated() where index != respondentColumn {
            if let field = map.fields[Self.evened(name)] ?? (QuestionCode(name) ?? known[Self.evened(name)])?.field {
                columns[index] = field
                matched.append((name, field))
            } else if !name.isEmpty {
                unmatched.append(Unmatched(column: name, suggestion: Self.closest(name, in: known)))
            }
        }
        var skipped: [Int] = []
        var found: [Int: [(text: String, count: Int, respondent: String?)]] = [:]
        // Where each field's answers stand in `found`, by their evened text.
        var places: [Int: [String: Int]] = [:]
        for row in table.rows {
            guard row.cells.count <= table.header.count else {
                skipped.append(row.line)
                continue
            }
            let who = respondentColumn.flatMap { $0 < row.cells.count ? CardText.cleaned(row.cells[$0]) : nil }.flatMap { $0.isEmpty ? nil : $0 }
            for (index, field) in columns.sorted(by: { $0.key < $1.key }) where index < row.cells.count {
                let text = CardText.cleaned(row.cells[index])
                guard !text.isEmpty else { continue }
                let key = Self.evened(text)
                if let same = places[field]?[key] {
                    found[field]?[same].count += 1
                    found[field]?[same].respondent = nil
                } else {
                    places[field, default: [:]][key] = found[field, default: []].count
                    found[field, default: []].append((text, 1, who))
                }
            }
        }
        answers = found.keys.sorted().flatMap { field in
            (found[field] ?? []).map { Answer(field: field, text: $0.count > 1 ? "\($0.text) (×\($0.count))" : $0.text, count: $0.count,
                                              respondent: $0.respondent) }
        }
        self.matched = matched
        let headers = Set(table.header.map(Self.evened))
        missingFromTable = map.columns.filter { !headers.contains(Self.evened($0)) }
        self.unmatched = unmatched
        self.skipped = skipped
    }

    /// A text with case, spaces and the trailing question mark evened out, for comparing.
    static func evened(_ text: String) -> String {
        // One pass, into UTF-8 bytes: a hundred thousand answers are evened in an import.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            let white = scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if white {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20) }
            space = false
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                out.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        while let last = out.last, last == UInt8(ascii: "?") || last == UInt8(ascii: ":") || last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// The question a column's name is close to (at most a fifth of its letters different), if any.
    private static func closest(_ name: String, in known: [String: QuestionCode]) -> QuestionCode? {
        let evened = Array(evened(name))
        guard evened.count >= 8 else { return nil }
        let best = known.map { (distance(evened, Array($0.key)), $0.value) }.min { $0.0 < $1.0 }
        guard let best, best.0 * 5 <= evened.count else { return nil }
        return best.1
    }

    /// The edit distance of two texts (insertions, deletions, substitutions).
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
