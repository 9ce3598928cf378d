import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// `sixcluster merge BASE OURS THEIRS [-o OUT]`: the three-way merge on files, card by card; as git's merge driver
/// (`%O %A %B`) it writes into OURS.
struct MergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "merge",
            abstract: l.pick(de: "Führt zwei Fassungen eines Workshops Karte für Karte zusammen (Dreiwege-Merge).",
                             en: "Merges two versions of a workshop card by card (three-way merge)."),
            discussion: l.pick(
                de: "BASE ist der gemeinsame Stand, OURS und THEIRS sind die beiden Fassungen. Das Ergebnis geht nach OURS "
                    + "(wie git es für einen Merge-Treiber erwartet) oder mit -o in eine andere Datei. Exit 0: sauber "
                    + "zusammengeführt; 1: mit markierten Konflikten; 2: eine Datei ist nicht lesbar.",
                en: "BASE is the common version, OURS and THEIRS are the two versions. The result goes into OURS (as git "
                    + "expects of a merge driver) or with -o into another file. Exit 0: merged cleanly; 1: merged with "
                    + "conflicts marked; 2: a file cannot be read."))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Der gemeinsame Stand.", en: "The common version."), valueName: "base"), completion: .workshopFiles)
    var base: String
    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Unsere Fassung (bekommt das Ergebnis).", en: "Our version (gets the result)."),
                                 valueName: "ours"), completion: .workshopFiles)
    var ours: String
    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Ihre Fassung.", en: "Their version."), valueName: "theirs"), completion: .workshopFiles)
    var theirs: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Ergebnis in diese Datei schreiben (Standard: OURS).", en: "Write the result to this file (default: OURS)."),
        valueName: "out.yaml"))
    var output: String?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Der Name der Workshop-Datei für Meldungen, wenn die drei Dateien nur Kopien sind (git übergibt ihn als %P).",
        en: "The workshop file's name for messages when the three files are only copies (git passes it as %P)."),
        valueName: "path"))
    var name: String?

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        let names = name.map { name in
            (base: name + language.pick(de: " (gemeinsamer Stand)", en: " (common version)"), ours: name,
             theirs: name + language.pick(de: " (andere Fassung)", en: " (other version)"))
        }
        let result = WorkshopMerge.merge(base: try Console.load(base, language: language, shownAs: names?.base).workshop,
                                         ours: try Console.load(ours, language: language, shownAs: names?.ours).workshop,
                                         theirs: try Console.load(theirs, language: language, shownAs: names?.theirs).workshop)
        let target = output ?? ours
        do {
            let text = try WorkshopEncoder().encode(result.workshop)
            try AtomicFileWriter(language: language).write(Array(text.utf8), to: target,
                                                           permissions: .targetOr(.matching(workshop: ours)))
        } catch let error as FileWriteError {
            Console.error(error.description)
            throw ExitStatus.unreadable
        }
        guard !result.isClean else { return }
        let shown = VisibleText.escaped(output ?? name ?? target)
        for conflict in result.conflicts {
            Console.error("\(shown): " + Self.describe(conflict, in: language))
        }
        Console.error(language.pick(
            de: "\(shown): \(result.conflicts.count) Konflikte markiert – beide Fassungen sind erhalten (sixcluster show zeigt sie)",
            en: "\(shown): \(result.conflicts.count) conflicts marked – both versions are kept (sixcluster show lists them)"))
        throw ExitStatus.incomplete
    }

    /// A conflict as the merge reports it: where, and the card's text or the detail's key.
    static func describe(_ conflict: WorkshopMerge.Conflict, in language: Language) -> String {
        switch conflict {
        case .card(let topic, let text):
            let place = topic == 0 ? language.pick(de: "Themenspeicher", en: "parking lot") : language.pick(de: "Feld", en: "field") + " \(topic)"
            return place + ": " + language.pick(de: "Konflikt: ", en: "conflict: ") + VisibleText.escaped(text)
        case .detail(let key):
            return language.pick(de: "Angaben: Konflikt: ", en: "details: conflict: ") + key
        }
    }
}
