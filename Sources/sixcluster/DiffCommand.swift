#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterModel

/// `sixcluster diff OLD NEW`: what changed between two versions, field by field.
struct DiffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "diff",
            abstract: l.pick(de: "Zeigt, was sich zwischen zwei Fassungen geändert hat, Feld für Feld.",
                             en: "Shows what changed between two versions, field by field."),
            discussion: l.pick(de: "Exit 0: keine Änderung; 1: Änderungen; 2: eine Datei ist nicht lesbar (wie diff).",
                               en: "Exit 0: no change; 1: changes; 2: a file cannot be read (like diff)."))
    }

    /// How the changes are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die ältere Fassung.", en: "The older version."), valueName: "old"), completion: .workshopFiles)
    var old: String
    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die neuere Fassung.", en: "The newer version."), valueName: "new"), completion: .workshopFiles)
    var new: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Ausgabe als text, json oder markdown.",
                                                        en: "Output as text, json or markdown."), valueName: "text|json|markdown"))
    var format: OutputFormat = .text

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        let diff = WorkshopDiff(old: try Console.load(old, language: language).workshop,
                                new: try Console.load(new, language: language).workshop)
        let words = DiffDocument(language: language)
        switch format {
        case .markdown:
            Console.output(MarkdownWriter.write(words.document(diff)))
        case .json:
            Console.output(try JSONOutput.text(DiffJSON(diff)))
        case .text:
            Console.output(text(diff, words: words, color: isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil))
        }
        if !diff.isEmpty { throw ExitStatus.incomplete }
    }

    /// The changes for a terminal: a line per field, then a line per change, marked (and coloured) by kind.
    private func text(_ diff: WorkshopDiff, words: DiffDocument, color: Bool) -> String {
        let paint = { (code: String, text: String) in color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text }
        var out = ""
        for field in diff.fields {
            out += paint("1", "\(field.topic) " + ModelTemplate.builtIn.topic(field.topic).name[words.language]) + "\n"
            for line in words.lines(field) {
                let mark = switch line.kind {
                case .added: paint("32", "+")
                case .removed: paint("31", "-")
                case .changed: paint("33", "~")
                }
                out += "  " + mark + " " + VisibleText.escaped(line.text) + "\n"
            }
        }
        for point in diff.parkedAdded { out += paint("32", "+") + " " + words.language.pick(de: "Themenspeicher: ", en: "parking lot: ") + VisibleText.escaped(point) + "\n" }
        for point in diff.parkedRemoved { out += paint("31", "-") + " " + words.language.pick(de: "Themenspeicher: ", en: "parking lot: ") + VisibleText.escaped(point) + "\n" }
        if diff.detailsChanged { out += "~ " + words.language.pick(de: "Workshop-Angaben geändert", en: "workshop details changed") + "\n" }
        return out + words.language.pick(de: "Vollständigkeit: ", en: "Completeness: ") + words.completeness(diff) + "\n"
    }
}

/// The diff as JSON for scripts.
private struct DiffJSON: Encodable {
    struct Change: Encodable {
        var topic: Int
        var kind: String
        var column: String
        var text: String
        var old: String? = nil
        /// For a conflict: the card's other version.
        var other: String? = nil
    }

    var changes: [Change]
    var completeness: [String: [String: Int]]
    var detailsChanged: Bool
    var parkedAdded: [String]
    var parkedRemoved: [String]

    init(_ diff: WorkshopDiff) {
        let name = { (column: Situation) in column == .ist ? "ist" : "soll" }
        changes = diff.fields.flatMap(Self.changes)
        completeness = ["before": ["ist": diff.before.istCount, "soll": diff.before.sollCount],
                        "after": ["ist": diff.after.istCount, "soll": diff.after.sollCount]]
        detailsChanged = diff.detailsChanged
        parkedAdded = diff.parkedAdded
        parkedRemoved = diff.parkedRemoved
    }

    private static func changes(_ field: WorkshopDiff.FieldChanges) -> [Change] {
        let name = { (column: Situation) in column == .ist ? "ist" : "soll" }
        var changes: [Change] = field.added.map { Change(topic: field.topic, kind: "added", column: name($0.column), text: $0.text) }
        changes += field.removed.map { Change(topic: field.topic, kind: "removed", column: name($0.column), text: $0.text) }
        changes += field.edited.map { Change(topic: field.topic, kind: "edited", column: name($0.column), text: $0.new, old: $0.old) }
        changes += field.moved.map { Change(topic: field.topic, kind: "moved", column: name($0.column), text: $0.text) }
        changes += field.conflictsAdded.map {
            Change(topic: field.topic, kind: "conflict", column: name($0.column), text: $0.text, other: $0.other)
        }
        changes += field.conflictsResolved.map {
            Change(topic: field.topic, kind: "conflict-resolved", column: name($0.column), text: $0.text, other: $0.other)
        }
        return changes
    }
}
