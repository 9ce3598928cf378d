import ArgumentParser
import SixClusterModel

extension Language: ExpressibleByArgument {}

/// The `--lang de|en` option every subcommand shares.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Sprache der Ausgabe: de oder en (Standard: aus LC_ALL/LANG).",
        en: "Language of all output: de or en (default: from LC_ALL/LANG)."), valueName: "de|en"))
    var lang: Language?

    /// The language chosen by `--lang`, else by the environment.
    var language: Language {
        lang ?? EnvironmentLanguage.current
    }
}
