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

    /// A card that still carries two versions from a merge.
    struct Conflict: Encodable {
        /// The field, 0 for the parking lot.
        var topic: Int
        var name: String
        /// `ist`, `soll`, or nil in the parking lot.
        var column: String?
        /// The card's place in its column, from 1.
        var card: Int
        var text: String
        var other: String
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
    var conflicts: [Conflict]
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
            let conflicts = make(loaded.workshop.openConflicts, language: language)
            let recovery = RecoveryFile(for: file)
            return CheckResult(file: file, valid: true, errors: [], ist: completeness.istCount,
                               soll: completeness.sollCount, flagged: flags, conflicts: conflicts,
                               commentLines: loaded.commentLines,
                               recovery: recovery.isWaiting ? recovery.path : nil)
        } catch {
            let problems = error.diagnostics.map { Problem(line: $0.line, column: $0.column, message: $0.message) }
            return CheckResult(file: file, valid: false, errors: problems, ist: nil, soll: nil, flagged: [],
                               conflicts: [], commentLines: [], recovery: nil)
        }
    }

    /// The open conflicts of a workshop, with their fields' names.
    static func make(_ conflicts: [OpenConflict], language: Language) -> [Conflict] {
        conflicts.map { open in
            Conflict(topic: open.topic, name: open.topic == 0 ? language.pick(de: "Themenspeicher", en: "Parking lot")
                         : ModelTemplate.builtIn.topic(open.topic).name[language],
                     column: open.column?.rawValue, card: open.index + 1, text: open.text, other: open.other)
        }
    }

    /// 0 when no field is empty and no conflict is open, 1 when some field is empty (or, strict, lacks a target) or a
    /// card still carries two versions, 2 when the file is unreadable.
    func exitCode(strict: Bool) -> Int32 {
        if !valid { return 2 }
        if !conflicts.isEmpty { return 1 }
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
        lines += conflicts.map { "\(file): " + $0.line(in: language) + "\n" }
        let empty = flagged.filter { $0.status == .empty }.count
        let noTarget = flagged.count - empty
        let total = ModelTemplate.topicCount
        let open = conflicts.isEmpty ? "" : language.pick(de: ", \(conflicts.count) Konflikt" + (conflicts.count == 1 ? "" : "e"),
                                                          en: ", \(conflicts.count) conflict" + (conflicts.count == 1 ? "" : "s"))
        lines.append("\(file): Ist \(ist)/\(total), Soll \(soll)/\(total), " + language.pick(
            de: "\(empty) leer, \(noTarget) ohne Ziel", en: "\(empty) empty, \(noTarget) without target") + open + "\n")
        if let recovery {
            lines.append("\(file): " + language.pick(
                de: "ungespeicherte Änderungen warten in \(VisibleText.escaped(recovery)); das Board öffnen, um sie wiederherzustellen oder zu verwerfen\n",
                en: "unsaved changes wait in \(VisibleText.escaped(recovery)); open the board to restore or discard them\n"))
        }
        return lines
    }
}

extension CheckResult.Conflict {
    /// `7 Komplexität, Soll-Karte 2: Konflikt – „…“ oder „…“`, the texts made visible (control characters escaped).
    func line(in language: Language) -> String {
        let place = column.map { column in
            language.pick(de: ", \(column == "ist" ? "Ist" : "Soll")-Karte \(card)", en: ", \(column == "ist" ? "Ist" : "Soll") card \(card)")
        } ?? language.pick(de: ", Punkt \(card)", en: ", point \(card)")
        let both = language.pick(de: "„\(VisibleText.escaped(text))“ oder „\(VisibleText.escaped(other))“",
                                 en: "“\(VisibleText.escaped(text))” or “\(VisibleText.escaped(other))”")
        let field = topic == 0 ? name : "\(topic) \(name)"
        return field + place + language.pick(de: ": Konflikt, ungelöst – ", en: ": unresolved conflict – ") + both
    }
}
