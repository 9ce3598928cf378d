/// Makes the report's document from a workshop: title, details, a completeness summary, one section per cluster
/// with a part per field (its Ist and Soll cards), the parking lot, and the action plan.
public struct ReportBuilder: Sendable {
    /// The template that names clusters and topics.
    public var template: ModelTemplate
    /// The language of the report's own words.
    public var language: Language

    /// Below a minute, time on a field is a glance rather than work on it: the report leaves it out.
    static let meaningfulTime = 60

    /// A picture of the board to show below the title (a path relative to the report), if one was written.
    public var boardImage: String?

    /// What happened since an earlier version, for a section after the summary (`export --since`).
    public var since: SinceChanges?

    /// Creates a builder.
    public init(template: ModelTemplate = .builtIn, language: Language, boardImage: String? = nil, since: SinceChanges? = nil) {
        self.template = template
        self.language = language
        self.boardImage = boardImage
        self.since = since
    }

    /// The report of a workshop.
    public func document(_ workshop: Workshop) -> ReportDocument {
        let title = workshop.metadata.title.allSatisfy(\.isWhitespace)
            ? language.pick(de: "Six-Cluster-Workshop", en: "Six-Cluster workshop")
            : workshop.metadata.title
        var blocks: [ReportBlock] = [.heading(level: 1, [.text(title)])]
        if let boardImage {
            blocks.append(.image(description: language.pick(de: "Das Board als Poster", en: "The board as a poster"), path: boardImage))
        }
        blocks += details(workshop.metadata, seconds: workshop.fields.reduce(0) { $0 + $1.seconds })
        blocks += summary(workshop.completeness, leading: ActionPlan(workshop).targets(in: [], limit: 3))
        blocks += conflicts(workshop.openConflicts)
        if let since { blocks += since.blocks(template: template, language: language) }
        for cluster in template.clusters {
            blocks.append(.heading(level: 2, [.text(cluster.name[language])]))
            for number in cluster.topics {
                blocks += field(workshop[topic: number])
            }
        }
        blocks += parked(workshop.parked)
        blocks += ActionPlanSection(template: template, language: language).blocks(workshop)
        return ReportDocument(blocks)
    }

    /// The workshop's details, with the time the room spent on the fields when that was a minute or more.
    private func details(_ meta: WorkshopMetadata, seconds: Int) -> [ReportBlock] {
        let rows: [(String, String)] = [
            (language.pick(de: "Organisation", en: "Organisation"), meta.organisation),
            (language.pick(de: "Produkt", en: "Product"), meta.product),
            (language.pick(de: "Datum", en: "Date"), meta.date),
            (language.pick(de: "Moderation", en: "Facilitator"), meta.facilitator),
            (language.pick(de: "Teilnehmende", en: "Participants"), meta.participants.joined(separator: ", ")),
            (language.pick(de: "Dauer (Präsentationsmodus)", en: "Duration (presentation mode)"),
             seconds >= Self.meaningfulTime ? Self.duration(seconds) : ""),
        ]
        let items = rows.filter { !$0.1.allSatisfy(\.isWhitespace) }
            .map { ReportListItem([.strong([.text($0.0 + ":")]), .text(" " + $0.1)]) }
        return items.isEmpty ? [] : [.list(ordered: false, items)]
    }

    /// What a reader needs first: how complete the board is, the leading targets (by priority and votes), and the
    /// fields still weak.
    private func summary(_ completeness: Completeness, leading: [ActionPlan.Target]) -> [ReportBlock] {
        let total = ModelTemplate.topicCount
        var blocks: [ReportBlock] = [.paragraph([.strong([.text(language.pick(de: "Vollständigkeit", en: "Completeness") + ":")]),
                                                 .text(" Ist \(completeness.istCount)/\(total), Soll \(completeness.sollCount)/\(total)")])]
        if !leading.isEmpty {
            blocks.append(.paragraph([.text(language.pick(de: "Die wichtigsten Ziele:", en: "The leading targets:"))]))
            blocks.append(.list(ordered: true, leading.map { target in
                ReportListItem([.text(target.card.text + " (" + language.pick(de: "Feld", en: "field") + " \(target.topic) "
                    + template.topic(target.topic).name[language] + ")")])
            }))
        }
        if completeness.flagged.isEmpty {
            return blocks + [.paragraph([.text(language.pick(de: "Alle 20 Felder haben Ist- und Soll-Karten.",
                                                             en: "All 20 fields hold Ist and Soll cards."))])]
        }
        blocks.append(.paragraph([.text(language.pick(de: "Markierte Felder:", en: "Flagged fields:"))]))
        blocks.append(.list(ordered: false, completeness.flagged.map { entry in
            ReportListItem([.text("\(entry.topic) " + template.topic(entry.topic).name[language] + ": "
                + entry.status.explanation(in: language))])
        }))
        return blocks
    }

    /// Cards a merge left with two versions: named near the top, both versions in full, so that nobody takes either
    /// for the room's word (the export only gets here when asked to export them).
    private func conflicts(_ open: [OpenConflict]) -> [ReportBlock] {
        guard !open.isEmpty else { return [] }
        let items = open.map { conflict in
            let place = conflict.topic == 0 ? language.pick(de: "Themenspeicher", en: "Parking lot")
                : "\(conflict.topic) " + template.topic(conflict.topic).name[language] + ", " + (conflict.column == .ist ? "Ist" : "Soll")
            return ReportListItem([.text(place + ": "), .lines(conflict.text), .text(language.pick(de: " – oder – ", en: " – or – ")),
                                   .lines(conflict.other)])
        }
        return [.paragraph([.strong([.text(unresolved(open.count) + ":")]),
                            .text(language.pick(de: " Zwei Fassungen derselben Karte; welche gilt, ist noch nicht entschieden.",
                                                en: " Two versions of the same card; which one holds is not decided yet."))]),
                .list(ordered: false, items)]
    }

    /// `2 ungelöste Konflikte`, `1 unresolved conflict`.
    private func unresolved(_ count: Int) -> String {
        language.pick(de: count == 1 ? "1 ungelöster Konflikt" : "\(count) ungelöste Konflikte",
                      en: count == 1 ? "1 unresolved conflict" : "\(count) unresolved conflicts")
    }

    private func field(_ field: Field) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, [.text("\(field.topic) " + template.topic(field.topic).name[language])])]
        if field.seconds >= Self.meaningfulTime {
            blocks.append(.paragraph([.emphasis([.text(language.pick(de: "Zeit im Workshop: ", en: "Time in the workshop: ")
                + Self.duration(field.seconds))])]))
        }
        if field.status.isFlagged {
            blocks.append(.paragraph([.strong([.text(language.pick(de: "Achtung", en: "Attention") + ":")]),
                                      .text(" " + field.status.explanation(in: language) + ".")]))
        }
        if field.conflictCount > 0 {
            blocks.append(.paragraph([.strong([.text(language.pick(de: "Achtung", en: "Attention") + ":")]),
                                      .text(" " + unresolved(field.conflictCount) + ".")]))
        }
        for situation in Situation.allCases {
            blocks.append(.paragraph([.strong([.text(heading(situation))])]))
            let cards = field[situation].filter { !$0.isBlank }
            blocks.append(cards.isEmpty ? .paragraph([.emphasis([.text(language.pick(de: "keine Karte", en: "no card"))])])
                : .list(ordered: false, cards.map(item)))
        }
        return blocks
    }

    /// The parking lot: points the room set aside, for the next workshop; left out while it is empty.
    private func parked(_ cards: [Card]) -> [ReportBlock] {
        let shown = cards.filter { !$0.isBlank }
        guard !shown.isEmpty else { return [] }
        return [.heading(level: 2, [.text(language.pick(de: "Themenspeicher", en: "Parking lot"))]),
                .paragraph([.text(language.pick(de: "Zurückgestellte Punkte, noch keinem Feld zugeordnet:",
                                                en: "Points set aside, not yet in a field:"))]),
                .list(ordered: false, shown.map(item))]
    }

    private func heading(_ situation: Situation) -> String {
        switch situation {
        case .ist: language.pick(de: "Ist (Ausgangssituation)", en: "Ist (current situation)")
        case .soll: language.pick(de: "Soll (Zielsituation)", en: "Soll (target situation)")
        }
    }

    /// A card as a list item: its text (line breaks kept) and, in brackets, who, how, votes and priority.
    private func item(_ card: Card) -> ReportListItem {
        let extras = card.extraLabels(in: language)
        return ReportListItem([.lines(card.text)] + (extras.isEmpty ? [] : [.text(" (" + extras.joined(separator: ", ") + ")")]))
    }

    /// Seconds as hours and minutes (`1 h 12 min`), or minutes and seconds below an hour (`12 min 5 s`, `45 s`).
    static func duration(_ seconds: Int) -> String {
        if seconds >= 3600 {
            let minutes = (seconds % 3600) / 60
            return "\(seconds / 3600) h" + (minutes == 0 ? "" : " \(minutes) min")
        }
        return seconds < 60 ? "\(seconds) s" : "\(seconds / 60) min" + (seconds % 60 == 0 ? "" : " \(seconds % 60) s")
    }
}
