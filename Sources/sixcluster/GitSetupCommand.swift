import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// `sixcluster git-setup [PATH]`: makes git merge workshop files card by card and show them as cards in diffs.
struct GitSetupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "git-setup",
            abstract: l.pick(de: "Richtet ein git-Repository für Workshop-Dateien ein (Merge-Treiber, lesbare Diffs).",
                             en: "Sets up a git repository for workshop files (merge driver, readable diffs)."),
            discussion: l.pick(
                de: "Setzt merge.sixcluster.driver, diff.sixcluster.textconv und diff.sixcluster.xfuncname in der Konfiguration des Repositorys und "
                    + "ergänzt .gitattributes um eine Zeile für die Workshop-Dateien. Vorhandene andere Einstellungen "
                    + "bleiben, wie sie sind; das Kommando nennt sie.",
                en: "Sets merge.sixcluster.driver, diff.sixcluster.textconv and diff.sixcluster.xfuncname in the repository's configuration and adds "
                    + "a line for the workshop files to .gitattributes. Other settings that exist are left as they are; "
                    + "the command names them."))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Ein Ordner im Repository.",
                                                          en: "A folder in the repository."), valueName: "path"))
    var path: String = "."

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Welche Dateien Workshops sind (Muster für .gitattributes).",
                                                        en: "Which files are workshops (pattern for .gitattributes)."), valueName: "pattern"))
    var pattern: String = "*.yaml"

    @OptionGroup var options: LanguageOption

    /// What git is told: the merge driver (named with the workshop's own path, %P, for its messages), the text
    /// conversion that shows each card once, and the hunk headers that name the field.
    static let settings = [("merge.sixcluster.name", "sixcluster: workshop files card by card"),
                           ("merge.sixcluster.driver", "sixcluster merge %O %A %B --name %P"),
                           ("diff.sixcluster.textconv", "sixcluster show --cards"),
                           ("diff.sixcluster.xfuncname", "^## (.+)$")]

    /// Values earlier versions of this command set: replaced without a word.
    static let earlierDefaults: Set<String> = ["sixcluster merge %O %A %B", "sixcluster export --allow-empty"]

    func run() throws {
        let language = options.language
        let top = GitProgram.run(["rev-parse", "--show-toplevel"], in: path)
        guard top.status == 0, !top.output.isEmpty else {
            Console.error(language.pick(de: "\(VisibleText.escaped(path)): kein git-Repository (oder git fehlt)",
                                        en: "\(VisibleText.escaped(path)): not a git repository (or git is missing)"))
            throw ExitStatus.unreadable
        }
        var kept = false
        for (key, value) in Self.settings {
            let existing = GitProgram.run(["config", "--get", key], in: top.output)
            if existing.status == 0 && existing.output != value && !Self.earlierDefaults.contains(existing.output) {
                Console.error(language.pick(de: "\(key) ist schon gesetzt („\(existing.output)“) und bleibt so",
                                            en: "\(key) is set already (“\(existing.output)”) and is left as it is"))
                kept = true
            } else if existing.status != 0 || existing.output != value {
                guard GitProgram.run(["config", key, value], in: top.output).status == 0 else {
                    Console.error(language.pick(de: "\(key) ließ sich nicht setzen", en: "\(key) could not be set"))
                    throw ExitStatus.unreadable
                }
            }
        }
        let attributes = top.output + "/.gitattributes"
        let line = "\(pattern) merge=sixcluster diff=sixcluster"
        let current = (try? WorkshopFileReader(language: language).bytes(of: attributes)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if !current.split(separator: "\n").contains(where: { $0.trimmingSpaces == line }) {
            let text = current + (current.isEmpty || current.hasSuffix("\n") ? "" : "\n") + line + "\n"
            do {
                try AtomicFileWriter(language: language).write(Array(text.utf8), to: attributes)
            } catch {
                Console.error(error.description)
                throw ExitStatus.unreadable
            }
        }
        Console.output(language.pick(
            de: "\(VisibleText.escaped(top.output)): git führt \(pattern) jetzt Karte für Karte zusammen und zeigt Karten in Diffs\(kept ? " (vorhandene Einstellungen siehe oben)" : "")\n",
            en: "\(VisibleText.escaped(top.output)): git now merges \(pattern) card by card and shows cards in diffs\(kept ? " (existing settings: see above)" : "")\n"))
    }
}
