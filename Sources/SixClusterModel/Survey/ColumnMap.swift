/// A small mapping file for `sixcluster import --map`: which column of a survey tool's export goes to which field,
/// for columns headed neither by a question code nor by a question's text (`Q3`, `Was fehlt Ihnen?`):
///
/// ```yaml
/// Q3: 1                       # a field's number
/// "Was fehlt Ihnen?": F02.1   # or a question's code
/// ```
///
/// Names are compared with case and spaces evened out, as the import compares headers.
public struct ColumnMap: Equatable, Sendable {
    /// The field of each column, by its evened name.
    public private(set) var fields: [String: Int] = [:]
    /// The columns in the order the file names them.
    public private(set) var columns: [String] = []

    /// Reads a mapping file; its problems with file, line and column.
    public init(_ bytes: [UInt8], file: String, language: Language) throws(WorkshopLoadError) {
        let document = try YAMLDocumentReader(file: file, language: language).read(bytes)
        guard let root = document.root else { return }
        let place = { (node: YAMLNode, message: String) in Diagnostic(file: file, line: node.line, column: node.column, message: message) }
        guard case .mapping(let pairs) = root.content else {
            throw WorkshopLoadError([place(root, language.pick(de: "erwartet: Zeilen „Spalte: Feld“ (z. B. Q3: 1)",
                                                                en: "expected lines “column: field” (for example Q3: 1)"))])
        }
        var problems: [Diagnostic] = []
        for (key, value) in pairs {
            guard case .scalar(let column, _) = key.content, case .scalar(let target, _) = value.content else {
                problems.append(place(key, language.pick(de: "erwartet: Spalte: Feld", en: "expected column: field")))
                continue
            }
            guard let field = FieldNumber.parse(target.trimmingSpaces) ?? QuestionCode(target)?.field else {
                problems.append(place(value, language.pick(
                    de: "„\(VisibleText.escaped(target))“ ist kein Feld (1 bis 20) und kein Fragecode (wie F01.2)",
                    en: "“\(VisibleText.escaped(target))” is no field (1 to 20) and no question code (such as F01.2)")))
                continue
            }
            let name = SurveyImport.evened(column)
            if fields[name] == nil { columns.append(column) }
            fields[name] = field
        }
        if !problems.isEmpty { throw WorkshopLoadError(problems) }
    }

    /// An empty map.
    public init() {}
}
