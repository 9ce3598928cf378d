/// Reads the bytes of a YAML file the user may have written by hand – a workshop, a config file – without trusting
/// them: valid UTF-8, a bounded nesting depth, no anchors or aliases, one document, libyaml's syntax errors as
/// `Diagnostic`s with their place.
public struct YAMLDocumentReader: Sendable {
    /// A file that was read: its node tree, and what the scan found along the way.
    public struct Document: Sendable {
        /// The document's root, nil when the file holds none.
        public let root: YAMLNode?
        /// The lines that hold comments.
        public let commentLines: [Int]
    }

    /// The file name used in diagnostics.
    public var file: String
    /// The language of the diagnostics.
    public var language: Language

    /// A reader for a file with the given name.
    public init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// The document in the bytes, or every problem found before its content is read.
    public func read(_ data: [UInt8]) throws(WorkshopLoadError) -> Document {
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
        do {
            return Document(root: try YAMLParser.parse(source.text), commentLines: findings.commentLines)
        } catch {
            throw WorkshopLoadError([syntaxDiagnostic(error)])
        }
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
                de: "ein zweites YAML-Dokument ('---'); die Datei enthält genau eines",
                en: "a second YAML document ('---'); the file holds exactly one")
        case .outOfMemory:
            message = language.pick(de: "nicht genug Speicher zum Lesen", en: "not enough memory to read the file")
        }
        return diagnostic(line: place.line, column: place.column, message)
    }
}
