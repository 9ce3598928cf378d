import ArgumentParser
import SixClusterBoard
import SixClusterModel

extension Theme: ExpressibleByArgument {}

/// The options of every board (`edit` and `view`): colour, theme, bell, the name others see, watching only, the
/// config file.
struct BoardOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpLanguage.current.pick(de: "Ohne Farben.", en: "No colours.")))
    var noColor = false

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Farbschema: standard oder high-contrast (für Beamer; auch mit C oder F2 umschaltbar). NO_COLOR hat Vorrang.",
        en: "Colour theme: standard or high-contrast (for projectors; C or F2 toggles it too). NO_COLOR wins."),
        valueName: "standard|high-contrast"))
    var theme: Theme?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Terminalglocke läuten, wenn eine Timebox abläuft (sonst nur sichtbar).",
        en: "Ring the terminal bell when a timebox runs out (otherwise it is only shown).")))
    var bell = false

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Mein Name für die anderen Boards auf derselben Datei (sonst der Anmeldename).",
        en: "My name as the other boards on the same file show it (else the login name)."), valueName: "NAME"))
    var author: String?

    @Flag(name: .customLong("read-only"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Nur zusehen: nichts ändern, nichts speichern (die Änderungen der anderen erscheinen trotzdem).",
        en: "Only watch: change nothing, save nothing (the others' changes still show).")))
    var readOnly = false

    @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Maus nicht benutzen (das Terminal markiert dann Text wie gewohnt).",
        en: "Leave the mouse alone (the terminal then selects text as usual).")))
    var noMouse = false

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Gleich den Raum für Handys öffnen: ein QR-Code zum Beitreten, Karten vom Handy (auch mit W).",
        en: "Open the room for phones at once: a QR code to join, cards from phones (W does it too).")))
    var room = false

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Wo der Raum lauscht: eine IPv4-Adresse dieses Rechners, wahlweise mit Port (sonst die erste Netzwerkadresse, ein freier Port).",
        en: "Where the room listens: an IPv4 address of this machine, a port if wanted (else the first network address, a free port)."),
        valueName: "ADDRESS[:PORT]"))
    var listen: String?

    @Flag(name: .customLong("no-config"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Die Config-Datei (~/.config/sixcluster/config.yaml) nicht lesen.",
        en: "Do not read the config file (~/.config/sixcluster/config.yaml).")))
    var noConfig = false

    /// The options as plain values, with the language `--lang` asks for.
    func settings(language: Language?) -> BoardSettings {
        BoardSettings(noColor: noColor, theme: theme, bell: bell, author: author, readOnly: readOnly, noConfig: noConfig,
                      noMouse: noMouse, room: room, listen: listen, language: language)
    }
}
