import Foundation
import Yams

/// Reads a workshop file (format 1) without trusting it: every problem becomes a `Diagnostic` with its place.
public struct WorkshopDecoder: Sendable {
    /// The file name used in diagnostics.
    public var file: String
    /// The language of the diagnostics.
    public var language: Language

    /// Creates a decoder for a file with the given name.
    public init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// Decodes the bytes of a workshop file.
    public func decode(_ data: Data) throws(WorkshopLoadError) -> LoadedWorkshop {
        let source: SourceText
        do {
            source = try SourceText.make(from: data, file: file, language: language)
        } catch {
            throw WorkshopLoadError([error])
        }
        let findings = SourceScanner.scan(source.text)
        if let tooDeep = findings.firstTooDeepLine {
            throw WorkshopLoadError([diagnostic(line: tooDeep, column: 1, language.pick(
                de: "zu tief verschachtelt (mehr als \(WorkshopFormat.maximumNesting) Ebenen)",
                en: "nested too deeply (more than \(WorkshopFormat.maximumNesting) levels)"))])
        }
        if let alias = findings.firstAlias {
            throw WorkshopLoadError([diagnostic(line: alias.line, column: alias.column,
                                                WorkshopNodeReader.anchorsNotAllowed(language))])
        }
        let parser: Parser
        let root: Node?
        do {
            // The reader takes every scalar as text, so no tag is resolved: Yams' default resolver would compile
            // seven regular expressions (ICU) on every start, a noticeable part of the time to the first frame; and
            // no Swift values are built from nodes, so none of the constructor's default tables are needed. The
            // encoding is named: its default would read the whole process environment.
            parser = try Parser(yaml: source.text, resolver: .basic, constructor: Constructor([:], [:], [:]),
                                encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw WorkshopLoadError([syntaxDiagnostic(error, text: source.text)])
        } catch {
            throw WorkshopLoadError([diagnostic(line: 1, column: 1, "\(error)")])
        }
        guard let root else {
            throw WorkshopLoadError([diagnostic(line: 1, column: 1, language.pick(
                de: "die Datei enthält keine Daten; eine Workshop-Datei beginnt mit 'format: 1'",
                en: "the file holds no data; a workshop file starts with 'format: 1'"))])
        }
        var reader = WorkshopNodeReader(file: file, language: language)
        // The parser owns the anchors that nodes refer to weakly; it must live while the tree is read.
        let workshop = withExtendedLifetime(parser) { reader.workshop(from: root) }
        guard reader.problems.isEmpty, let workshop else {
            throw WorkshopLoadError(reader.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return LoadedWorkshop(workshop: workshop, commentLines: findings.commentLines)
    }

    private func diagnostic(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }

    private func syntaxDiagnostic(_ error: YamlError, text: String) -> Diagnostic {
        let prefix = language.pick(de: "YAML-Syntaxfehler: ", en: "YAML syntax error: ")
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return diagnostic(line: mark.line, column: mark.column, prefix + problem + detail)
        case let .reader(problem, offset, value, _):
            let place = SourceText.position(ofUTF8Offset: offset ?? 0, in: text)
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return diagnostic(line: place.line, column: place.column, prefix + problem + character)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return diagnostic(line: context.mark.line, column: context.mark.column, language.pick(
                de: "Schlüssel doppelt vorhanden: \(keys)", en: "duplicate key: \(keys)"))
        default:
            return diagnostic(line: 1, column: 1, prefix + "\(error)")
        }
    }
}
