import SixClusterFiles
import SixClusterModel

/// The outcome of checking one file, printable as text lines or as JSON.
struct CheckResult: Encodable {
    /// A flagged field.
    struct Flag: Encodable {
        var topic: Int
        var name: String
        var status: FieldStatus
    }

    /// A problem that kept the file from being read.
    struct Problem: Encodable {
        var line: Int?
        var column: Int?
        var message: String
    }

    var file: String
    var valid: Bool
    var errors: [Problem]
    var ist: Int?
    var soll: Int?
    var flagged: [Flag]
    var commentLines: [Int]
    /// A recovery file with unsaved changes from the board, if one waits.
    var recovery: String?

    /// Reads and checks one file.
    static func make(file: String, language: Language) -> CheckResult {
        do {
            let loaded = try WorkshopFileReader(language: language).load(file)
            let completeness = loaded.workshop.completeness
            let template = ModelTemplate.builtIn
            let flags = completeness.flagged.map {
                Flag(topic: $0.topic, name: template.topic($0.topic).name[language], status: $0.status)
            }
            let recovery = RecoveryFile(for: file)
            return CheckResult(file: file, valid: true, errors: [], ist: completeness.istCount,
                               soll: completeness.sollCount, flagged: flags, commentLines: loaded.commentLines,
                               recovery: recovery.isWaiting ? recovery.path : nil)
        } catch {
            let problems = error.diagnostics.map { Problem(line: $0.line, column: $0.column, message: $0.message) }
            return CheckResult(file: file, valid: false, errors: problems, ist: nil, soll: nil, flagged: [],
                               commentLines: [], recovery: nil)
        }
    }

    /// 0 when no field is empty, 1 when some is (or, strict, lacks a target), 2 when the file is unreadable.
    func exitCode(strict: Bool) -> Int32 {
        if !valid { return 2 }
        let failing = flagged.contains { $0.status == .empty || (strict && $0.status == .noTarget) }
        return failing ? 1 : 0
    }

    /// The result as lines for a terminal: invalid files' problems go to stderr.
    func textLines(language: Language) -> [String] {
        guard valid, let ist, let soll else {
            errors.forEach { Console.error(Diagnostic(file: self.file, line: $0.line, column: $0.column, message: $0.message).description) }
            return []
        }
        let file = VisibleText.escaped(file)
        var lines = flagged.map { "\(file): \($0.topic) \($0.name): \($0.status.explanation(in: language))\n" }
        let empty = flagged.filter { $0.status == .empty }.count
        let noTarget = flagged.count - empty
        let total = ModelTemplate.topicCount
        lines.append("\(file): Ist \(ist)/\(total), Soll \(soll)/\(total), " + language.pick(
            de: "\(empty) leer, \(noTarget) ohne Ziel\n", en: "\(empty) empty, \(noTarget) without target\n"))
        if let recovery {
            lines.append("\(file): " + language.pick(
                de: "ungespeicherte Änderungen warten in \(VisibleText.escaped(recovery)); das Board öffnen, um sie wiederherzustellen oder zu verwerfen\n",
                en: "unsaved changes wait in \(VisibleText.escaped(recovery)); open the board to restore or discard them\n"))
        }
        return lines
    }
}
