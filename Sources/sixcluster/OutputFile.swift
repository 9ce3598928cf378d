import SixClusterFiles
import SixClusterModel

/// A file a command writes from a workshop (a report, a poster, a questionnaire): atomically, no more readable than
/// the workshop (an existing file keeps its own permissions), and said on standard error.
enum OutputFile {
    static func write(_ text: String, to path: String, from workshop: String, language: Language) throws {
        do {
            try AtomicFileWriter(language: language).write(Array(text.utf8), to: path,
                                                           permissions: .targetOr(.matching(workshop: workshop)))
        } catch {
            Console.error(error.description)
            throw ExitStatus.unreadable
        }
        let shown = VisibleText.escaped(path)
        Console.error(language.pick(de: "\(shown): geschrieben", en: "\(shown): written"))
    }
}
