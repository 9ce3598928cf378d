#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterFiles
import SixClusterModel

/// The earlier version `export --since OLD` compares with: OLD is a workshop file, or else a git revision of the
/// exported file (`HEAD~3`, a tag, a commit). Its date is the commit's, or the file's own `date`, or when the file
/// last changed.
struct EarlierVersion {
    let workshop: Workshop
    let date: String

    /// Reads OLD for FILE; problems are said on standard error, and exit status 2 is thrown.
    static func read(_ old: String, for file: String, language: Language) throws -> EarlierVersion {
        var info = stat()
        if stat(old, &info) == 0 && info.st_mode & S_IFMT == S_IFREG {
            let workshop = try Console.load(old, language: language).workshop
            let date = workshop.metadata.date.trimmingSpaces.isEmpty
                ? LocalTime.text(FileTime.modification(of: info).tv_sec) : workshop.metadata.date
            return EarlierVersion(workshop: workshop, date: date)
        }
        let folder = PathName.folder(of: PathName.absolute(file)), name = PathName.name(of: file)
        let shown = old + ":" + name
        let content = GitProgram.run(["show", "\(old):./\(name)"], in: folder)
        guard content.status == 0, !old.hasPrefix("-") else {
            Console.error(language.pick(
                de: "--since \(VisibleText.escaped(old)): weder eine Datei noch eine git-Version von \(VisibleText.escaped(file))",
                en: "--since \(VisibleText.escaped(old)): neither a file nor a git revision of \(VisibleText.escaped(file))"))
            throw ExitStatus.unreadable
        }
        let workshop: Workshop
        do {
            workshop = try WorkshopDecoder(file: shown, language: language).decode(Array((content.output + "\n").utf8)).workshop
        } catch {
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.unreadable
        }
        let committed = GitProgram.run(["show", "-s", "--format=%cs", old], in: folder)
        return EarlierVersion(workshop: workshop, date: committed.status == 0 && !committed.output.isEmpty ? committed.output : old)
    }
}
