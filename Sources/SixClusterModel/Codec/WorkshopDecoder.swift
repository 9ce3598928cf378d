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
        let document = try YAMLDocumentReader(file: file, language: language).read(data)
        guard let root = document.root else {
            throw WorkshopLoadError([diagnostic(line: 1, column: 1, language.pick(
                de: "die Datei enthält keine Daten; eine Workshop-Datei beginnt mit 'format: 1'",
                en: "the file holds no data; a workshop file starts with 'format: 1'"))])
        }
        var reader = WorkshopNodeReader(file: file, language: language)
        let workshop = reader.workshop(from: root)
        guard reader.problems.isEmpty, let workshop else {
            throw WorkshopLoadError(reader.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return LoadedWorkshop(workshop: workshop, commentLines: document.commentLines)
    }

    private func diagnostic(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }
}
