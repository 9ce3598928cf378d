/// The board as plain text for a pipe or a quick look (`sixcluster show`).
public struct PlainTextBoard: Sendable {
    /// The template that names clusters and topics.
    public var template: ModelTemplate
    /// The language of names and labels.
    public var language: Language

    /// Creates a plain-text view.
    public init(template: ModelTemplate = .builtIn, language: Language) {
        self.template = template
        self.language = language
    }

    /// Every field with its number, name, Ist/Soll counts and flag, grouped by cluster.
    public func overview(_ workshop: Workshop, file: String) -> String {
        let completeness = workshop.completeness
        let title = workshop.metadata.title.isEmpty ? file : workshop.metadata.title
        var lines = [VisibleText.escaped(title), summaryLine(completeness), ""]
        let nameWidth = template.topics.map { DisplayWidth.of($0.name[language]) }.max() ?? 30
        for cluster in template.clusters {
            lines.append(cluster.name[language])
            for number in cluster.topics {
                let field = workshop[topic: number]
                let number = String(repeating: " ", count: number < 10 ? 3 : 2) + "\(number)  "
                let name = DisplayWidth.fit(template.topic(field.topic).name[language], width: nameWidth)
                let counts = "Ist \(pad(field.count(.ist)))  Soll \(pad(field.count(.soll)))"
                var flag = field.status.isFlagged ? "  " + field.status.label(in: language).uppercased() : ""
                if field.conflictCount > 0 {
                    flag += "  " + language.pick(de: "KONFLIKT", en: "CONFLICT")
                }
                lines.append(number + name + "  " + counts + flag)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// One field in full: cluster, explanation, guiding questions and all cards.
    public func field(_ workshop: Workshop, topic number: Int) -> String {
        let topic = template.topic(number)
        let field = workshop[topic: number]
        var lines = ["\(number) \(topic.name[language]) (\(template.cluster(ofTopic: number).name[language]))"]
        lines.append("Status: " + field.status.explanation(in: language))
        lines.append("")
        lines.append(topic.explanation[language])
        lines.append("")
        lines.append(language.pick(de: "Leitfragen:", en: "Guiding questions:"))
        lines += topic.questions[language].map { "  ? " + $0 }
        for situation in Situation.allCases {
            let cards = field[situation].filter { !$0.isBlank }
            lines.append("")
            lines.append("\(situation.label(in: language)) (\(cards.count)):")
            if cards.isEmpty { lines.append("  " + language.pick(de: "(keine Karte)", en: "(no card)")) }
            for card in cards {
                let text = VisibleText.escaped(card.text, keepingNewlines: true)
                    .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
                let extras = card.extraLabels(in: language).map { VisibleText.escaped($0) }
                lines.append("  - " + text + (extras.isEmpty ? "" : " (" + extras.joined(separator: ", ") + ")"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every card once, a line each under a heading per field (`## 7 Komplexität`), for line-based diffs: git's
    /// text conversion shows a changed card as one line, and its hunk header names the field (the heading is what a
    /// diff driver's `xfuncname` finds). A card of several lines goes on indented; its details follow in brackets.
    public func cardLines(_ workshop: Workshop) -> String {
        var lines = ["# " + VisibleText.escaped(workshop.metadata.title)]
        func add(_ label: String, _ card: Card) {
            let text = VisibleText.escaped(card.text, keepingNewlines: true)
                .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
            let extras = card.extraLabels(in: language).map { VisibleText.escaped($0) }
            lines.append(label + text + (extras.isEmpty ? "" : " (" + extras.joined(separator: ", ") + ")"))
        }
        for field in workshop.fields {
            lines.append("## \(field.topic) " + template.topic(field.topic).name[language])
            for situation in Situation.allCases {
                for card in field[situation] where !card.isBlank { add((situation == .ist ? "Ist" : "Soll") + ": ", card) }
            }
        }
        let parked = workshop.parked.filter { !$0.isBlank }
        if !parked.isEmpty {
            lines.append("## " + language.pick(de: "Themenspeicher", en: "Parking lot"))
            parked.forEach { add("- ", $0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Ist n/20  Soll n/20  empty: n  no target: n`.
    public func summaryLine(_ completeness: Completeness) -> String {
        let total = ModelTemplate.topicCount
        return "Ist \(completeness.istCount)/\(total)  Soll \(completeness.sollCount)/\(total)  "
            + language.pick(de: "leer", en: "empty") + ": \(completeness.emptyTopics.count)  "
            + language.pick(de: "ohne Ziel", en: "no target") + ": \(completeness.noTargetTopics.count)"
    }

    private func pad(_ count: Int) -> String {
        count < 10 ? " \(count)" : "\(count)"
    }
}
