import ArgumentParser
import SixClusterBoard

/// `sixcluster keys`: the board's keys as Markdown, from the table that dispatches them.
struct KeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "keys",
            abstract: l.pick(de: "Listet alle Tasten des Boards (Markdown).", en: "Lists every key of the board (Markdown)."),
            discussion: ExitStatus.helpText(l))
    }

    @OptionGroup var options: LanguageOption

    func run() throws {
        Console.output(Keymap.defaults.markdown(in: options.language))
    }
}
