import ArgumentParser
import SixClusterFiles
import SixClusterModel

extension ExportFormat: ExpressibleByArgument {}

/// `sixcluster export FILE`: the workshop as a Markdown report.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "export",
            abstract: l.pick(de: "Schreibt den Bericht (Markdown oder HTML zum Drucken) oder das Board als Poster (SVG).",
                             en: "Writes the report (Markdown, or HTML to print) or the board as a poster (SVG)."),
            discussion: l.pick(
                de: "Mit einem leeren Feld wird nichts geschrieben, außer mit --allow-empty; mit einem ungelösten Konflikt "
                    + "(zwei Fassungen einer Karte nach einem Merge) nichts, außer mit --allow-conflicts. "
                    + "Der Bericht ist in der Sprache des Workshops, außer --lang sagt anderes.\n\n",
                en: "With any empty field nothing is written, unless --allow-empty is given; with an unresolved conflict "
                    + "(two versions of a card after a merge) nothing, unless --allow-conflicts is given. "
                    + "The report is in the workshop's language unless --lang says otherwise.\n\n")
                + ExitStatus.helpText(l))
    }

    @Argument(help: .workshopFile, completion: .workshopFiles)
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(HelpLanguage.current.pick(
        de: "In diese Datei schreiben (Standard: Standardausgabe); ihre Endung (.md, .html, .svg) wählt das Format, wenn --format fehlt.",
        en: "Write to this file (default: standard output); its ending (.md, .html, .svg) picks the format unless --format is given."),
        valueName: "out"))
    var output: String?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "md: der Bericht; svg: das Board als Poster; html: Poster und Bericht in einer Datei zum Drucken (Standard: nach der Endung von -o, sonst md).",
        en: "md: the report; svg: the board as a poster; html: poster and report in one file to print (default: by the ending of -o, else md)."),
                               valueName: "md|svg|html"))
    var format: ExportFormat?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Das Board zusätzlich als Poster (SVG) in diese Datei schreiben; der Bericht zeigt es unter dem Titel.",
        en: "Also write the board as a poster (SVG) to this file; the report shows it below its title."), valueName: "board.svg"))
    var boardImage: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Auch mit leeren Feldern exportieren (im Bericht markiert).",
                                                      en: "Export even with empty fields (flagged in the report).")))
    var allowEmpty = false

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Auch mit ungelösten Konflikten exportieren (im Bericht deutlich als ungelöst markiert).",
        en: "Export even with unresolved conflicts (plainly marked as unresolved in the report).")))
    var allowConflicts = false

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Einen Abschnitt „Seit …“ hinzufügen: was seit dieser früheren Fassung geschah (eine Datei oder eine git-Version der Datei, z. B. HEAD~3).",
        en: "Add a section “Since …”: what happened since this earlier version (a file, or a git revision of FILE such as HEAD~3)."),
        valueName: "old"))
    var since: String?

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        let workshop = try Console.load(file, language: language).workshop
        let completeness = workshop.completeness
        let file = VisibleText.escaped(self.file)
        if !completeness.hasNoEmptyField && !allowEmpty {
            let template = ModelTemplate.builtIn
            for topic in completeness.emptyTopics {
                Console.error("\(file): \(topic) \(template.topic(topic).name[language]): "
                    + FieldStatus.empty.explanation(in: language))
            }
            Console.error(language.pick(
                de: "\(file): nichts exportiert, \(completeness.emptyTopics.count) Felder sind leer (mit --allow-empty trotzdem exportieren)",
                en: "\(file): nothing exported, \(completeness.emptyTopics.count) fields are empty (use --allow-empty to export anyway)"))
            throw ExitStatus.incomplete
        }
        let conflicts = workshop.openConflicts
        if !conflicts.isEmpty && !allowConflicts {
            for conflict in CheckResult.make(conflicts, language: language) {
                Console.error("\(file): " + conflict.line(in: language))
            }
            Console.error(language.pick(
                de: "\(file): nichts exportiert, \(conflicts.count) Konflikt(e) ungelöst – auf dem Board lösen (v auf der Karte) oder mit --allow-conflicts markiert exportieren",
                en: "\(file): nothing exported, \(conflicts.count) conflict(s) unresolved – resolve them on the board (v on the card) or export them marked with --allow-conflicts"))
            throw ExitStatus.incomplete
        } else if !conflicts.isEmpty {
            Console.error(language.pick(de: "\(file): \(conflicts.count) ungelöste(r) Konflikt(e), im Bericht markiert",
                                        en: "\(file): \(conflicts.count) unresolved conflict(s), marked in the report"))
        }
        let reportLanguage = options.lang ?? workshop.metadata.language
        let changes = try since.map { old in
            let earlier = try EarlierVersion.read(old, for: self.file, language: language)
            return SinceChanges(old: earlier.workshop, new: workshop, date: earlier.date)
        }
        if let boardImage {
            try OutputFile.write(SVGPoster(language: reportLanguage, since: changes).render(workshop), to: boardImage, from: self.file, language: language)
        }
        let format = self.format ?? output.map(ExportFormat.init(path:)) ?? .md
        let report = format.render(workshop, language: reportLanguage, boardImage: boardImage.map(imageReference), since: changes)
        guard let output else {
            Console.output(report)
            return
        }
        // Marked as written by sixcluster, so that the board replaces it without asking while nobody edited it.
        try OutputFile.write(ReportMark.signed(report), to: output, from: self.file, language: language)
    }

    /// How the report names the poster: by its name when both are in one folder, else by the path as given.
    private func imageReference(_ image: String) -> String {
        guard let output, PathName.folder(of: PathName.absolute(output)) == PathName.folder(of: PathName.absolute(image)) else {
            return image
        }
        return PathName.name(of: image)
    }
}
