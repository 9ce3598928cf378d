#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// What `sixcluster orders` writes.
enum OrdersFormat: String, CaseIterable, ExpressibleByArgument, FormatByEnding {
    case text, md, json, svg

    static let fallback = OrdersFormat.text
    static let otherEndings: [String: OrdersFormat] = ["markdown": .md]
}

/// `sixcluster orders ORDERS.csv`: the configuration model from a firm's orders – where wishes diverge, the most
/// chosen path, the rare options – as text, Markdown, JSON or a picture, or as cards for a workshop.
struct OrdersCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "orders",
            abstract: l.pick(de: "Liest Bestellungen (eine Zeile je bestellter Konfiguration) und zeigt das Konfigurationsmodell.",
                             en: "Reads orders (a row per ordered configuration) and shows the configuration model."),
            discussion: l.pick(
                de: "Spalten sind Merkmale (Farbe, Schaltung …), eine leere Zelle heißt „nicht gewählt“; mit --long Zeilen aus "
                    + "Bestellung, Merkmal, Wert. Gezeigt werden: wie stark die Wünsche je Merkmal auseinandergehen (Vielfalt 0–1), "
                    + "der meistgewählte Pfad (bei Gleichstand gewinnt der Wert, der zuerst in der Datei steht) und selten gewählte "
                    + "Optionen. Eine Spalte mit fast in jeder Zeile anderem Wert (Bestellnummer, Zeitpunkt) bleibt außen vor. "
                    + "--into schreibt das Ergebnis als Ist-Karten (Methode data) in die Felder 1, 6 und 7 eines Workshops. "
                    + "Exit-Codes: 0 fertig, 1 fertig mit ausgelassenen Zeilen, 2 nicht lesbar.",
                en: "Columns are attributes (colour, gears …), an empty cell means “not chosen”; with --long rows of order, "
                    + "attribute, value. Shown: how far wishes diverge per attribute (diversity 0–1), the most chosen path (on a tie "
                    + "the value first in the file wins) and rarely chosen options. A column with a different value in nearly every "
                    + "row (order number, moment) is left out. --into writes the result as Ist cards (method data) into fields 1, 6 "
                    + "and 7 of a workshop. Exit codes: 0 done, 1 done with rows left out, 2 unreadable."))
    }

    /// Order files may be large: counts are kept, not rows.
    static let sizeLimit = 1 << 30

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Die Bestellungen als CSV.", en: "The orders as CSV."), valueName: "orders.csv"),
              completion: .file(extensions: ["csv", "tsv", "txt"]))
    var orders: String

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Nur diese Spalten, z. B. Farbe,Schaltung.",
                                                        en: "Only these columns, for example Colour,Gears."), valueName: "list"))
    var attributes: String?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Reihenfolge der Merkmale im Pfad (Standard: wie die Spalten).",
                                                        en: "Order of the attributes along the path (default: as the columns)."),
                               valueName: "list"))
    var order: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Zeilen aus Bestellung, Merkmal, Wert.", en: "Rows of order, attribute, value.")))
    var long = false

    @Option(name: .customLong("rare-below"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Selten heißt: in weniger als so viel Prozent der Bestellungen (Standard: 2).",
        en: "Rare means: in fewer than this percentage of orders (default: 2)."), valueName: "percent"))
    var rareBelow: Double = 2

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "text, md, json oder svg (Standard: nach der Endung von -o, sonst text).",
        en: "text, md, json or svg (default: by the ending of -o, else text)."), valueName: "text|md|json|svg"))
    var format: OrdersFormat?

    @OptionGroup var destination: OutputOption
    private var output: String? { destination.output }

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Das Ergebnis als Ist-Karten in diesen Workshop schreiben.", en: "Write the result as Ist cards into this workshop."),
        valueName: "workshop"), completion: .workshopFiles)
    var into: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Mit --into: nur zeigen, welche Karten hinzukämen.", en: "With --into: only show which cards would be added.")))
    var dryRun = false

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "utf-8, utf-16 oder windows-1252 (Standard: erkennen).",
                                                        en: "utf-8, utf-16 or windows-1252 (default: detect)."), valueName: "encoding"))
    var encoding: TextDecoding.Encoding?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        let l = options.language
        guard rareBelow >= 0 && rareBelow <= 100 else {
            throw ValidationError(l.pick(de: "--rare-below: ein Prozentsatz von 0 bis 100", en: "--rare-below: a percentage from 0 to 100"))
        }
        if dryRun && into == nil {
            throw ValidationError(l.pick(de: "--dry-run gilt zusammen mit --into", en: "--dry-run goes with --into"))
        }
    }

    func run() throws {
        let language = options.language
        let shown = VisibleText.escaped(orders)
        let counts = try OrderFile(path: orders, encoding: encoding, long: long, attributes: list(attributes), language: language).read()
        let ragged = counts.raggedLines
        for line in ragged.prefix(10) {
            Console.error("\(shown):\(line): " + language.pick(de: "mehr Zellen als die Kopfzeile hat – Zeile ausgelassen",
                                                              en: "more cells than the header has – row left out"))
        }
        if ragged.count > 10 {
            Console.error("\(shown): " + language.pick(de: "… und \(ragged.count - 10) weitere Zeilen ausgelassen", en: "… and \(ragged.count - 10) more rows left out"))
        }
        let keep = Set(list(attributes) ?? [])
        let analysis: OrderAnalysis
        switch OrderAnalysis.make(counts.counts, order: list(order) ?? [], threshold: rareBelow / 100, keep: keep) {
        case .success(let result): analysis = result
        case .failure(.noOrders):
            Console.error("\(shown): " + language.pick(de: "keine Bestellung darin", en: "no order in it"))
            throw ExitStatus.unreadable
        case .failure(.tooFewAttributes(let names)):
            let left = names.isEmpty ? language.pick(de: "keines", en: "none") : names.joined(separator: ", ")
            Console.error("\(shown): " + language.pick(de: "mindestens zwei Merkmale braucht ein Pfad; übrig ist: \(left)",
                                                      en: "a path needs at least two attributes; left: \(left)"))
            throw ExitStatus.unreadable
        }
        if let unknown = (list(order) ?? []).first(where: { name in !analysis.attributes.contains { $0.name == name } }) {
            Console.error("\(shown): " + language.pick(de: "--order: kein Merkmal „\(unknown)“; es gibt: ", en: "--order: no attribute “\(unknown)”; there are: ")
                + analysis.attributes.map(\.name).joined(separator: ", "))
            throw ExitStatus.unreadable
        }
        if let into {
            try write(analysis, into: into, language: language)
        } else {
            try show(analysis, language: language)
        }
        if !ragged.isEmpty { throw ExitStatus.incomplete }
    }

    private func show(_ analysis: OrderAnalysis, language: Language) throws {
        let report = OrderReport(analysis, language: language, source: orders)
        let text: String
        switch format ?? output.map(OrdersFormat.init(path:)) ?? .text {
        case .text: text = report.text()
        case .md: text = report.markdown()
        case .svg: text = OrderTree(report).svg()
        case .json:
            text = try JSONOutput.text(analysis)
        }
        if let output {
            try OutputFile.write(text, to: output, from: orders, language: language)
        } else {
            Console.output(text)
        }
    }

    private func write(_ analysis: OrderAnalysis, into file: String, language: Language) throws {
        let workshop = try Console.load(file, language: language).workshop
        let cards = OrderCards(analysis, language: workshop.metadata.language, source: orders)
        let edits = cards.edits(for: workshop)
        if dryRun {
            for case .add(let card, let topic, _, _) in edits {
                Console.output("\(topic) \(ModelTemplate.builtIn.topic(topic).name[language]): " + VisibleText.escaped(card.text) + "\n")
            }
        } else if !edits.isEmpty {
            try SharedWriteReport.write(edits, to: file, as: "sixcluster orders", language: language)
        }
        let count = edits.count
        Console.error(VisibleText.escaped(file) + ": " + language.pick(
            de: (dryRun ? "kämen hinzu: " : "") + (count == 1 ? "1 Karte" : "\(count) Karten") + " (Ist, Methode data)"
                + (count < cards.cards.count ? "; \(cards.cards.count - count) stand schon da" : ""),
            en: (dryRun ? "would add: " : "") + (count == 1 ? "1 card" : "\(count) cards") + " (Ist, method data)"
                + (count < cards.cards.count ? "; \(cards.cards.count - count) already there" : "")))
    }

    /// A comma-separated list of names, trimmed; nil when not given.
    private func list(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } }
    }
}
