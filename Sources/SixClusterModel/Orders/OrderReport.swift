/// An order analysis in words: aligned text for the terminal, or Markdown for the report. Empty cells are named
/// "not chosen".
public struct OrderReport {
    let analysis: OrderAnalysis
    let language: Language
    /// The file the orders came from, as the user named it.
    let source: String

    /// A report of an analysis.
    public init(_ analysis: OrderAnalysis, language: Language, source: String) {
        self.analysis = analysis
        self.language = language
        self.source = source
    }

    private var numbers: OrderNumbers { OrderNumbers(language: language) }

    /// How an option is shown: its value, or "(not chosen)" for an empty cell.
    func name(_ option: OrderAnalysis.Option) -> String {
        option.value.isEmpty ? language.pick(de: "(nicht gewählt)", en: "(not chosen)") : option.value
    }

    /// The first line: how many orders, how many attributes, and what was left out.
    var summary: String {
        let orders = analysis.orderCount
        var text = language.pick(de: "\(numbers.count(orders)) \(orders == 1 ? "Bestellung" : "Bestellungen")",
                                 en: "\(numbers.count(orders)) \(orders == 1 ? "order" : "orders")")
            + language.pick(de: ", \(analysis.attributes.count) Merkmale", en: ", \(analysis.attributes.count) attributes")
        if !analysis.leftOut.isEmpty {
            let columns = analysis.leftOut.map(\.column).joined(separator: ", ")
            text += language.pick(de: " (ausgelassen: \(columns) – fast jede Zeile ein anderer Wert)",
                                  en: " (left out: \(columns) – a different value in nearly every row)")
        }
        return text
    }

    private var titles: (diverse: String, path: String, rare: String) {
        (language.pick(de: "Wo die Wünsche am stärksten auseinandergehen", en: "Where wishes diverge most"),
         language.pick(de: "Der meistgewählte Pfad", en: "The most chosen path"),
         language.pick(de: "Selten gewählte Optionen (unter \(numbers.percent(analysis.threshold)))",
                       en: "Rarely chosen options (under \(numbers.percent(analysis.threshold)))"))
    }

    private var diverseRows: (header: [String], rows: [[String]]) {
        let header = language == .de ? ["Merkmal", "Optionen", "häufigste", "Anteil", "Vielfalt"]
            : ["Attribute", "Options", "most chosen", "Share", "Diversity"]
        let rows = analysis.attributes.map { attribute in
            [attribute.name, numbers.count(attribute.options.count), attribute.options.first.map(name) ?? "",
             attribute.options.first.map { numbers.percent($0.share) } ?? "", numbers.decimal(attribute.diversity, places: 2)]
        }
        return (header, rows)
    }

    private var pathRows: [[String]] {
        analysis.path.enumerated().map { number, step in
            let of = number == 0 ? language.pick(de: "von \(numbers.count(step.reached))", en: "of \(numbers.count(step.reached))")
                : language.pick(de: "von \(numbers.count(step.reached)) bis hier", en: "of \(numbers.count(step.reached)) so far")
            return ["\(number + 1)", step.attribute, name(step.chosen), numbers.percent(step.chosen.share),
                    "\(numbers.count(step.chosen.count)) \(of)"]
        }
    }

    /// The path in one line: `City – Mit Seitenständer – Palermo – …`.
    var pathLine: String {
        analysis.path.map { name($0.chosen) }.joined(separator: " – ")
    }

    var followersLine: String {
        let share = numbers.percent(Double(analysis.pathFollowers) / Double(max(1, analysis.orderCount)))
        return language.pick(de: "\(numbers.count(analysis.pathFollowers)) Bestellungen (\(share)) folgen dem ganzen Pfad.",
                             en: "\(numbers.count(analysis.pathFollowers)) orders (\(share)) follow the whole path.")
    }

    private var rareRows: [[String]] {
        analysis.rare.map { [$0.attribute, name($0.option), numbers.percent($0.option.share), numbers.count($0.option.count)] }
    }

    var servedLine: String {
        analysis.rare.isEmpty
            ? language.pick(de: "Keine Option liegt darunter.", en: "No option is below it.")
            : language.pick(de: "Ohne sie wären \(numbers.percent(analysis.servedShare)) der Bestellungen bedient.",
                            en: "Without them, \(numbers.percent(analysis.servedShare)) of the orders would be served.")
    }

    /// For the terminal.
    public func text() -> String {
        let titles = titles
        var out = VisibleText.escaped(source) + ": " + VisibleText.escaped(summary) + "\n\n" + titles.diverse + "\n"
        let diverse = diverseRows
        out += TextColumns([diverse.header] + diverse.rows, rightAligned: [1, 3, 4], limits: [0: 30, 2: 30], indent: "  ").text
        out += "\n" + titles.path + "\n"
        out += TextColumns(pathRows, rightAligned: [0, 3], limits: [1: 30, 2: 30], indent: "  ").text
        out += "  " + followersLine + "\n\n" + titles.rare + "\n"
        if !analysis.rare.isEmpty { out += TextColumns(rareRows, rightAligned: [2, 3], limits: [0: 30], indent: "  ").text }
        return out + "  " + servedLine + "\n"
    }

    /// For the report: a heading per part, tables, the path in one line.
    public func markdown() -> String {
        let titles = titles
        let cells = { (row: [String]) in row.map { [ReportInline.text($0)] } }
        let diverse = diverseRows
        var blocks: [ReportBlock] = [
            .heading(level: 1, [.text(language.pick(de: "Was die Bestellungen sagen", en: "What the orders say"))]),
            .paragraph([.text(source + ": " + summary)]),
            .heading(level: 2, [.text(titles.diverse)]),
            .table(ReportTable(header: cells(diverse.header), alignments: [.left, .right, .left, .right, .right], rows: diverse.rows.map(cells))),
            .heading(level: 2, [.text(titles.path)]),
            .paragraph([.strong([.text(pathLine)])]),
            .table(ReportTable(header: cells(language == .de ? ["Schritt", "Merkmal", "gewählt", "Anteil", "Bestellungen"]
                                                : ["Step", "Attribute", "chosen", "Share", "Orders"]),
                               alignments: [.right, .left, .left, .right, .right], rows: pathRows.map(cells))),
            .paragraph([.text(followersLine)]),
            .heading(level: 2, [.text(titles.rare)]),
        ]
        if !analysis.rare.isEmpty {
            blocks.append(.table(ReportTable(header: cells(language == .de ? ["Merkmal", "Option", "Anteil", "Bestellungen"]
                                                               : ["Attribute", "Option", "Share", "Orders"]),
                                              alignments: [.left, .left, .right, .right], rows: rareRows.map(cells))))
        }
        blocks.append(.paragraph([.text(servedLine)]))
        return MarkdownWriter.write(ReportDocument(blocks))
    }
}
