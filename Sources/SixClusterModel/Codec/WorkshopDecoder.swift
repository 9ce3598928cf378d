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
    public func decode(_ data: [UInt8]) throws(WorkshopLoadError) -> LoadedWorkshop {
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
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(source.text)
        } catch {
            throw WorkshopLoadError([syntaxDiagnostic(error)])
        }
        guard let root else {
            throw WorkshopLoadError([diagnostic(line: 1, column: 1, language.pick(
                de: "die Datei enthält keine Daten; eine Workshop-Datei beginnt mit 'format: 1'",
                en: "the file holds no data; a workshop file starts with 'format: 1'"))])
        }
        var reader = WorkshopNodeReader(file: file, language: language)
        let workshop = reader.workshop(from: root)
        guard reader.problems.isEmpty, let workshop else {
            throw WorkshopLoadError(reader.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return LoadedWorkshop(workshop: workshop, commentLines: findings.commentLines)
    }

    private func diagnostic(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }

    private func syntaxDiagnostic(_ error: YAMLSyntaxError) -> Diagnostic {
        let place = error.place
        let message: String
        switch error {
        case let .malformed(problem, context, _, _):
            message = language.pick(de: "YAML-Syntaxfehler: ", en: "YAML syntax error: ") + problem
                + (context.map { " (\($0))" } ?? "")
        case let .duplicateKey(key, _, _, firstLine):
            message = language.pick(de: "Schlüssel '\(key)' doppelt vorhanden (zuerst in Zeile \(firstLine))",
                                    en: "duplicate key '\(key)' (first at line \(firstLine))")
        case .secondDocument:
            message = language.pick(
                de: "ein zweites YAML-Dokument ('---'); eine Workshop-Datei enthält genau eines",
                en: "a second YAML document ('---'); a workshop file holds exactly one")
        case .outOfMemory:
            message = language.pick(de: "nicht genug Speicher zum Lesen", en: "not enough memory to read the file")
        }
        return diagnostic(line: place.line, column: place.column, message)
    }
}
