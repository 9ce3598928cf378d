#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles
import SixClusterModel

/// How a command that writes through the shared workshop file (`add`, `import`) reports a write that did not
/// happen: on standard error, naming the file, with the exit status that fits.
enum SharedWriteReport {
    /// Writes edits through the shared file as a writer named `name` (present on the boards while it writes, at
    /// `topic`), and reports a write that did not happen.
    @discardableResult
    static func write(_ edits: [WorkshopEdit], to file: String, as name: String, topic: Int = 1, language: Language) throws -> Workshop {
        let shared = SharedWorkshopFile(path: file, language: language)
        shared.join(BoardPresence(pid: getpid(), name: name, topic: topic, place: .other, kind: .writer))
        defer { shared.leave() }
        return try check(shared.apply(edits), shown: VisibleText.escaped(file), language: language)
    }

    /// Returns the written workshop, or says why nothing was written and throws the exit status.
    @discardableResult
    static func check(_ outcome: SharedWorkshopFile.Outcome, shown: String, language: Language) throws -> Workshop {
        let nothing = language.pick(de: " – nichts geschrieben", en: " – nothing written")
        switch outcome {
        case .written(let workshop, _, _):
            return workshop
        case .refused(let refusal):
            Console.error("\(shown): " + refusal.message(in: language) + nothing)
            throw ExitStatus.incomplete
        case .heldBackByComments(let lines):
            let list = lines.prefix(8).map(String.init).joined(separator: ", ")
            Console.error("\(shown): " + language.pick(de: "die Datei hat Kommentare (Zeilen \(list)), die ein Schreiben entfernen würde",
                                                      en: "the file holds comments (lines \(list)) that a write would remove") + nothing)
            throw ExitStatus.unreadable
        case .heldBackByProtection(let reason):
            Console.error("\(shown): \(reason)" + nothing)
            throw ExitStatus.unreadable
        case .unreadable(let error):
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.unreadable
        case .failed(let error):
            Console.error(error.description)
            throw ExitStatus.unreadable
        case .busy:
            Console.error("\(shown): " + language.pick(de: "ein anderes Board schreibt gerade zu lange", en: "another board has been writing for too long")
                + nothing)
            throw ExitStatus.unreadable
        }
    }
}
