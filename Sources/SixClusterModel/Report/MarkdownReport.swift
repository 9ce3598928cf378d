/// The workshop as a GitHub-flavoured Markdown report: title, metadata, completeness summary, then one
/// second-level heading per cluster and one third-level heading per topic with its Ist and Soll cards, then the
/// action plan (ranked targets and the model's seven action steps).
public struct MarkdownReport: Sendable {
    /// The template that names clusters and topics.
    public var template: ModelTemplate
    /// The language of the report's own words.
    public var language: Language

    /// Creates a report writer.
    public init(template: ModelTemplate = .builtIn, language: Language) {
        self.template = template
        self.language = language
    }

    /// The report's text.
    public func render(_ workshop: Workshop) -> String {
        var out: [String] = []
        let title = workshop.metadata.title.allSatisfy(\.isWhitespace)
            ? language.pick(de: "Six-Cluster-Workshop", en: "Six-Cluster workshop")
            : workshop.metadata.title
        out.append("# " + MarkdownEscaper.line(title))
        out.append("")
        out += metadata(workshop.metadata, seconds: workshop.fields.reduce(0) { $0 + $1.seconds })
        out += summary(workshop.completeness)
        for cluster in template.clusters {
            out.append("## " + MarkdownEscaper.line(cluster.name[language]))
            out.append("")
            for number in cluster.topics {
                out += topic(number, field: workshop[topic: number])
            }
        }
        out += parked(workshop.parked)
        out += ActionPlanMarkdown(template: template, language: language).render(workshop)
        return out.joined(separator: "\n")
    }

    /// The workshop's details, with the time the room spent on the fields when that was a minute or more.
    private func metadata(_ meta: WorkshopMetadata, seconds: Int) -> [String] {
        let rows: [(String, String)] = [
            (language.pick(de: "Organisation", en: "Organisation"), meta.organisation),
            (language.pick(de: "Produkt", en: "Product"), meta.product),
            (language.pick(de: "Datum", en: "Date"), meta.date),
            (language.pick(de: "Moderation", en: "Facilitator"), meta.facilitator),
            (language.pick(de: "Teilnehmende", en: "Participants"), meta.participants.joined(separator: ", ")),
            (language.pick(de: "Dauer (Präsentationsmodus)", en: "Duration (presentation mode)"),
             seconds >= Self.meaningfulTime ? Self.duration(seconds) : ""),
        ]
        let lines = rows.filter { !$0.1.allSatisfy(\.isWhitespace) }.map { "- **\($0.0):** " + MarkdownEscaper.line($0.1) }
        return lines.isEmpty ? [] : lines + [""]
    }

    private func summary(_ completeness: Completeness) -> [String] {
        let total = ModelTemplate.topicCount
        var out = ["**" + language.pick(de: "Vollständigkeit", en: "Completeness") + ":** "
            + "Ist \(completeness.istCount)/\(total), Soll \(completeness.sollCount)/\(total)", ""]
        if completeness.flagged.isEmpty {
            out.append(language.pick(de: "Alle 20 Felder haben Ist- und Soll-Karten.",
                                     en: "All 20 fields hold Ist and Soll cards."))
            out.append("")
            return out
        }
        out.append(language.pick(de: "Markierte Felder:", en: "Flagged fields:"))
        out.append("")
        for entry in completeness.flagged {
            let name = template.topic(entry.topic).name[language]
            out.append("- \(entry.topic) " + MarkdownEscaper.line(name) + ": " + entry.status.explanation(in: language))
        }
        out.append("")
        return out
    }

    private func topic(_ number: Int, field: Field) -> [String] {
        var out = ["### \(number) " + MarkdownEscaper.line(template.topic(number).name[language]), ""]
        if field.seconds >= Self.meaningfulTime {
            out += ["*" + language.pick(de: "Zeit im Workshop: ", en: "Time in the workshop: ") + Self.duration(field.seconds) + "*", ""]
        }
        if field.status.isFlagged {
            out.append("**" + language.pick(de: "Achtung", en: "Attention") + ":** "
                + field.status.explanation(in: language) + ".")
            out.append("")
        }
        for situation in Situation.allCases {
            out.append("**" + heading(situation) + "**")
            out.append("")
            let cards = field[situation].filter { !$0.isBlank }
            if cards.isEmpty {
                out.append("*" + language.pick(de: "keine Karte", en: "no card") + "*")
            } else {
                out += cards.map(cardLine)
            }
            out.append("")
        }
        return out
    }

    /// The parking lot: points the room set aside, for the next workshop; left out while it is empty.
    private func parked(_ cards: [Card]) -> [String] {
        let shown = cards.filter { !$0.isBlank }
        guard !shown.isEmpty else { return [] }
        return ["## " + language.pick(de: "Themenspeicher", en: "Parking lot"), "",
                language.pick(de: "Zurückgestellte Punkte, noch keinem Feld zugeordnet:",
                              en: "Points set aside, not yet in a field:"), ""]
            + shown.map(cardLine) + [""]
    }

    private func heading(_ situation: Situation) -> String {
        switch situation {
        case .ist: language.pick(de: "Ist (Ausgangssituation)", en: "Ist (current situation)")
        case .soll: language.pick(de: "Soll (Zielsituation)", en: "Soll (target situation)")
        }
    }

    private func cardLine(_ card: Card) -> String {
        var line = "- " + MarkdownEscaper.block(card.text, continuationIndent: 2)
        let extras = card.extraLabels(in: language).map(MarkdownEscaper.line)
        if !extras.isEmpty {
            line += " (" + extras.joined(separator: ", ") + ")"
        }
        return line
    }

    /// Below a minute, time on a field is a glance rather than work on it: the report leaves it out.
    static let meaningfulTime = 60

    /// Seconds as hours and minutes (`1 h 12 min`), or minutes and seconds below an hour (`12 min 5 s`, `45 s`).
    static func duration(_ seconds: Int) -> String {
        if seconds >= 3600 {
            let minutes = (seconds % 3600) / 60
            return "\(seconds / 3600) h" + (minutes == 0 ? "" : " \(minutes) min")
        }
        return seconds < 60 ? "\(seconds) s" : "\(seconds / 60) min" + (seconds % 60 == 0 ? "" : " \(seconds % 60) s")
    }
}
