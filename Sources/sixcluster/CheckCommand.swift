import ArgumentParser
import SixClusterModel

/// `sixcluster check FILE...`: flags empty fields and fields without a target.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "check",
            abstract: l.pick(de: "Prüft Workshop-Dateien auf leere Felder und Felder ohne Ziel.",
                             en: "Checks workshop files for empty fields and fields without a target."),
            discussion: ExitStatus.helpText(l))
    }

    /// How `check` prints its result.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Eine oder mehrere Workshop-Dateien.",
                                                          en: "One or more workshop files."), valueName: "file"), completion: .workshopFiles)
    var files: [String] = []

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Auch Felder ohne Ziel (Soll) als Fehler werten.",
                                                      en: "Treat fields without a target (Soll) as errors too.")))
    var strict = false

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Ausgabe als text oder json.",
                                                        en: "Output as text or json."), valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(HelpLanguage.current.pick(de: "Mindestens eine Datei angeben.",
                                                           en: "Name at least one file."))
        }
    }

    func run() throws {
        let language = options.language
        let results = files.map { CheckResult.make(file: $0, language: language) }
        switch format {
        case .text:
            for result in results {
                result.textLines(language: language).forEach(Console.output)
            }
        case .json:
            Console.output(try JSONOutput.text(["files": results]))
        }
        let code = results.map { $0.exitCode(strict: strict) }.max() ?? 0
        if code != 0 { throw ExitCode(code) }
    }
}
