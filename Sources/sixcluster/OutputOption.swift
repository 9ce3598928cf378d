import ArgumentParser

/// The `-o/--output` option of the commands that write a result (survey, actions, orders).
struct OutputOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(HelpLanguage.current.pick(
        de: "In diese Datei schreiben (Standard: Standardausgabe); ihre Endung wählt das Format, wenn --format fehlt.",
        en: "Write to this file (default: standard output); its ending picks the format unless --format is given."),
        valueName: "out"))
    var output: String?
}
