#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// `sixcluster new FILE`: a new workshop from the template, every field empty.
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "new",
            abstract: l.pick(de: "Legt eine neue Workshop-Datei mit 20 leeren Feldern an.",
                             en: "Creates a new workshop file with 20 empty fields."),
            discussion: ExitStatus.helpText(l))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die neue Workshop-Datei (.yaml).",
                                                          en: "The new workshop file (.yaml)."), valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Titel des Workshops.", en: "The workshop's title.")))
    var title: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Eine vorhandene Datei überschreiben.",
                                                      en: "Overwrite an existing file.")))
    var force = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        let shown = VisibleText.escaped(file)
        do {
            try NewWorkshop.write(to: file, title: title ?? "", language: language, replacing: force)
        } catch {
            switch error {
            case .exists(let isFolder) where isFolder:
                Console.error("\(shown): " + language.pick(de: "ist ein Ordner", en: "is a folder"))
                throw ExitStatus.unreadable
            case .exists:
                Console.error("\(shown): " + language.pick(
                    de: "gibt es schon; nichts geändert (mit --force überschreiben)",
                    en: "already exists; nothing changed (use --force to overwrite)"))
                throw ExitStatus.incomplete
            case .writeFailed(let failure):
                Console.error(failure.description)
                throw ExitStatus.unreadable
            }
        }
        Console.output(language.pick(de: "\(shown): neuer Workshop mit 20 leeren Feldern angelegt\n",
                                     en: "\(shown): new workshop created with 20 empty fields\n"))
    }
}
