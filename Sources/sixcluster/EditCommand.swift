import ArgumentParser

/// `sixcluster [edit] FILE`: the board, an ncurses editor for a workshop.
struct EditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "edit",
            abstract: l.pick(de: "Öffnet das Board für eine Workshop-Datei (Standardbefehl).",
                             en: "Opens the board for a workshop file (the default command)."),
            discussion: l.pick(
                de: "Gibt es die Datei noch nicht, beginnt ein neuer Workshop; er wird beim ersten Speichern (Ctrl-S) geschrieben. "
                    + "? zeigt alle Tasten. NO_COLOR (mit beliebigem Wert) schaltet Farbe ab.\n\n",
                en: "A file that does not exist yet starts a new workshop, written at the first save (Ctrl-S). "
                    + "? shows all keys. NO_COLOR (any value) turns colour off.\n\n") + ExitStatus.helpText(l))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Workshop-Datei; ohne sie zeigt ein Startbildschirm die Workshops hier und die zuletzt geöffneten.",
        en: "The workshop file; without one a start screen lists the workshops here and the ones opened lately."),
        valueName: "file"), completion: .workshopFiles)
    var file: String?

    @OptionGroup var board: BoardOptions

    @OptionGroup var options: LanguageOption

    func run() throws {
        try BoardLaunch(file: file, settings: board.settings(language: options.lang)).run()
    }
}
