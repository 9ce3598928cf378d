import ArgumentParser
import SixClusterBoard

/// `sixcluster keys`: the board's keys as they are in effect (the defaults with the config file's changes), as
/// Markdown or in the config file's own syntax.
struct KeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "keys",
            abstract: l.pick(de: "Listet alle Tasten des Boards, wie sie gelten (Markdown oder YAML für die Config-Datei).",
                             en: "Lists every key of the board as it is in effect (Markdown, or YAML for the config file)."),
            discussion: ExitStatus.helpText(l))
    }

    /// How the keys are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, yaml
    }

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "markdown: Tabellen (Standard); yaml: in der Schreibweise der Config-Datei, zum Kopieren und Ändern.",
        en: "markdown: tables (default); yaml: in the config file's syntax, to copy and change."), valueName: "markdown|yaml"))
    var format: Format = .markdown

    @Flag(name: .customLong("no-config"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Config-Datei nicht lesen: die voreingestellten Tasten.", en: "Do not read the config file: the default keys.")))
    var noConfig = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        var settings = BoardSettings(noConfig: noConfig, language: options.lang)
        try settings.readConfig()
        let language = settings.boardLanguage(for: nil)
        let keymap = settings.config.keymap
        Console.output(format == .yaml ? keymap.yaml(in: language) : keymap.markdown(in: language))
    }
}
