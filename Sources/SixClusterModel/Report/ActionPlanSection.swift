/// The report's action plan: the ranked targets as a table (rank, field, from, to, votes, priority, owner, due date, status), then the
/// model's seven action steps, each with what the workshop recorded in the fields it builds on.
struct ActionPlanSection {
    let template: ModelTemplate
    let language: Language

    /// How many of the best targets step 1 (the whole strategy) names.
    static let strategyTargets = 3
    /// How many cards of a column the plan names (beside a target, under a step); the rest are counted, since the
    /// field's own section lists them all.
    static let shownCards = 3

    func blocks(_ workshop: Workshop) -> [ReportBlock] {
        let plan = ActionPlan(workshop)
        var blocks: [ReportBlock] = [.heading(level: 2, [.text(language.pick(de: "Aktionsplan", en: "Action plan"))])]
        blocks += table(plan)
        blocks.append(.heading(level: 3, [.text(language.pick(de: "Sieben Handlungsschritte für KMU", en: "Seven action steps for SMEs"))]))
        blocks.append(.list(ordered: true, template.steps.map { step($0, workshop: workshop, plan: plan) }))
        return blocks
    }

    private func table(_ plan: ActionPlan) -> [ReportBlock] {
        let heading = ReportBlock.heading(level: 3, [.text(language.pick(de: "Ziele nach Priorität und Stimmen",
                                                                        en: "Targets by priority and votes"))])
        guard !plan.targets.isEmpty else {
            return [heading, .paragraph([.emphasis([.text(language.pick(de: "Noch keine Soll-Karte.", en: "No Soll card yet."))])])]
        }
        let header = language == .de ? ["Rang", "Feld", "von (Ist)", "zu (Soll)", "Stimmen", "Priorität", "Verantwortlich", "Bis", "Status"]
            : ["Rank", "Field", "from (Ist)", "to (Soll)", "Votes", "Priority", "Owner", "Due", "Status"]
        // A field's Ist cards are named beside its best target only; its further targets point there. Each
        // field's cells are made once: a field may hold hundreds of targets.
        var fieldCells: [Int: (name: String, firstRank: Int)] = [:]
        var rows: [[[ReportInline]]] = []
        for (rank, target) in plan.targets.enumerated() {
            var from: String
            if let seen = fieldCells[target.topic] {
                from = target.from.isEmpty ? "–" : language.pick(de: "siehe Rang \(seen.firstRank)", en: "see rank \(seen.firstRank)")
            } else {
                fieldCells[target.topic] = ("\(target.topic) " + template.topic(target.topic).name[language], rank + 1)
                from = list(target.from)
                if from.isEmpty { from = "–" }
            }
            rows.append([[.text("\(rank + 1)")], [.text(fieldCells[target.topic]?.name ?? "")], [.text(from)],
                         [.text(target.card.text)], [.text("\(target.card.votes)")],
                         [.text(target.card.priority?.name(in: language) ?? "–")], [.text(target.card.owner ?? "–")],
                         [.text(target.card.due ?? "–")],
                         [.text(target.card.isAction ? target.card.status.name(in: language) : "–")]])
        }
        let table = ReportTable(header: header.map { [.text($0)] }, alignments: [.right, .left, .left, .left, .right, .left, .left, .left, .left],
                                rows: rows)
        return [heading, .table(table)]
    }

    /// The first cards of a list, and how many more there are; "" for none.
    private func list(_ cards: [Card]) -> String {
        let shown = cards.prefix(Self.shownCards).map(\.text).joined(separator: " · ")
        let more = cards.count - Self.shownCards
        return more > 0 ? shown + language.pick(de: " · (+\(more) weitere)", en: " · (+\(more) more)") : shown
    }

    private func step(_ step: ActionStep, workshop: Workshop, plan: ActionPlan) -> ReportListItem {
        let name: [ReportInline] = [.strong([.text(step.name[language])])]
        if step.topics.isEmpty {
            let best = plan.targets(in: [], limit: Self.strategyTargets)
            let names = best.map(\.card.text).joined(separator: " · ")
            let text = language.pick(de: "Grundlage: das ganze Board", en: "Builds on: the whole board")
                + (best.isEmpty ? "" : "; " + language.pick(de: "die wichtigsten Ziele: ", en: "the leading targets: ") + names)
            return ReportListItem(name, children: [ReportListItem([.text(text)])])
        }
        // The field's Ist cards in order, its targets best-ranked first.
        let fields = step.topics.map { topic in
            let ist = workshop[topic: topic].ist.filter { !$0.isBlank }
            let soll = plan.targets(in: [topic]).map(\.card)
            return ReportListItem([.text(language.pick(de: "Feld", en: "Field") + " \(topic) " + template.topic(topic).name[language]
                + ": Ist: ")] + recorded(ist) + [.text(" → Soll: ")] + recorded(soll))
        }
        return ReportListItem(name, children: fields)
    }

    private func recorded(_ cards: [Card]) -> [ReportInline] {
        cards.isEmpty ? [.emphasis([.text(language.pick(de: "nichts erfasst", en: "nothing recorded"))])] : [.text(list(cards))]
    }
}
