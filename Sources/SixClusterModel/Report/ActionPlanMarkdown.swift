/// The report's action plan: the ranked targets as a table (field, from, to, votes, priority), then the
/// model's seven action steps, each with what the workshop recorded in the fields it builds on.
struct ActionPlanMarkdown {
    let template: ModelTemplate
    let language: Language

    /// How many of the best targets step 1 (the whole strategy) names.
    static let strategyTargets = 3
    /// How many cards of a column the plan names (beside a target, under a step); the rest are counted, since the
    /// field's own section lists them all.
    static let shownCards = 3

    func render(_ workshop: Workshop) -> [String] {
        let plan = ActionPlan(workshop)
        var out = ["## " + language.pick(de: "Aktionsplan", en: "Action plan"), ""]
        out += table(plan)
        out += ["### " + language.pick(de: "Sieben Handlungsschritte für KMU", en: "Seven action steps for SMEs"), ""]
        for step in template.steps {
            out += self.step(step, workshop: workshop, plan: plan)
        }
        out.append("")
        return out
    }

    private func table(_ plan: ActionPlan) -> [String] {
        var out = ["### " + language.pick(de: "Ziele nach Priorität und Stimmen", en: "Targets by priority and votes"), ""]
        guard !plan.targets.isEmpty else {
            return out + ["*" + language.pick(de: "Noch keine Soll-Karte.", en: "No Soll card yet.") + "*", ""]
        }
        out.append(language.pick(de: "| # | Feld | von (Ist) | zu (Soll) | Stimmen | Priorität |",
                                 en: "| # | Field | from (Ist) | to (Soll) | Votes | Priority |"))
        out.append("|---:|---|---|---|---:|---|")
        // A field's Ist cards are named beside its best target only; its further targets point there. Each
        // field's cells are made once: a field may hold hundreds of targets.
        var fieldCells: [Int: (name: String, firstRank: Int)] = [:]
        for (rank, target) in plan.targets.enumerated() {
            var from: String
            if let seen = fieldCells[target.topic] {
                from = target.from.isEmpty ? "–" : language.pick(de: "wie Nr. \(seen.firstRank)", en: "as #\(seen.firstRank)")
            } else {
                fieldCells[target.topic] = ("\(target.topic) " + MarkdownEscaper.line(template.topic(target.topic).name[language]), rank + 1)
                from = list(target.from)
                if from.isEmpty { from = "–" }
            }
            let cells = [
                "\(rank + 1)",
                fieldCells[target.topic]?.name ?? "",
                from,
                MarkdownEscaper.line(target.card.text),
                "\(target.card.votes)",
                target.card.priority?.name(in: language) ?? "–",
            ]
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
        return out + [""]
    }

    /// The first cards of a list, and how many more there are; "" for none.
    private func list(_ cards: [Card]) -> String {
        let shown = cards.prefix(Self.shownCards).map { MarkdownEscaper.line($0.text) }.joined(separator: " · ")
        let more = cards.count - Self.shownCards
        return more > 0 ? shown + language.pick(de: " · (+\(more) weitere)", en: " · (+\(more) more)") : shown
    }

    private func step(_ step: ActionStep, workshop: Workshop, plan: ActionPlan) -> [String] {
        var out = ["\(step.number). **" + MarkdownEscaper.line(step.name[language]) + "**"]
        if step.topics.isEmpty {
            let best = plan.targets(in: [], limit: Self.strategyTargets)
            let names = best.map { MarkdownEscaper.line($0.card.text) }.joined(separator: " · ")
            out.append("   - " + language.pick(de: "Grundlage: das ganze Board", en: "Builds on: the whole board")
                + (best.isEmpty ? "" : "; " + language.pick(de: "die wichtigsten Ziele: ", en: "the leading targets: ") + names))
            return out
        }
        // The field's Ist cards in order, its targets best-ranked first.
        for topic in step.topics {
            let ist = workshop[topic: topic].ist.filter { !$0.isBlank }
            let soll = plan.targets(in: [topic]).map(\.card)
            out.append("   - " + language.pick(de: "Feld", en: "Field") + " \(topic) "
                + MarkdownEscaper.line(template.topic(topic).name[language]) + ": "
                + "Ist: " + recorded(ist) + " → Soll: " + recorded(soll))
        }
        return out
    }

    private func recorded(_ cards: [Card]) -> String {
        cards.isEmpty ? "*" + language.pick(de: "nichts erfasst", en: "nothing recorded") + "*" : list(cards)
    }
}
