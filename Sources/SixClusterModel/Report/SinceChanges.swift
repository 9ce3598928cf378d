/// What happened between an earlier version of a workshop and now, for the report's section "Since <date>": actions
/// done, started, dropped and new; fields that gained or lost cards; empty fields filled. Built on `WorkshopDiff`,
/// so a card whose text changed is the same card (an action keeps its identity through an edit).
public struct SinceChanges: Equatable, Sendable {
    /// An action named by its field and text.
    public struct Action: Equatable, Sendable {
        public var topic: Int
        public var text: String
        public var owner: String?
        public var due: String?
    }

    /// A field whose cards changed in number.
    public struct FieldCount: Equatable, Sendable {
        public var topic: Int
        public var gained: Int
        public var lost: Int
    }

    /// When the earlier version was (as the caller names it: a commit's date, the workshop's date).
    public var date: String
    public var done: [Action] = []
    public var started: [Action] = []
    public var dropped: [Action] = []
    /// Actions that were not actions (or not there) before.
    public var new: [Action] = []
    public var fields: [FieldCount] = []
    /// Fields that were empty and hold an Ist card now.
    public var filled: [Int] = []

    /// The changes from `old` to `new`.
    public init(old: Workshop, new current: Workshop, date: String) {
        self.date = date
        let diff = WorkshopDiff(old: old, new: current)
        for changes in diff.fields {
            let gained = changes.added.count, lost = changes.removed.count
            if gained > 0 || lost > 0 { fields.append(FieldCount(topic: changes.topic, gained: gained, lost: lost)) }
            if changes.statusBefore == .empty && changes.statusAfter != .empty { filled.append(changes.topic) }
        }
        for field in current.fields {
            let renamed = Dictionary(diff.fields.first { $0.topic == field.topic }?.edited.filter { $0.column == .soll }
                .map { ($0.new, $0.old) } ?? [], uniquingKeysWith: { first, _ in first })
            let before = old[topic: field.topic].soll
            for card in field.soll where card.isAction && !card.isBlank {
                let action = Action(topic: field.topic, text: card.text, owner: card.owner, due: card.due)
                let oldText = renamed[card.text] ?? card.text
                guard let was = before.first(where: { $0.text == oldText }), was.isAction else {
                    self.new.append(action)
                    continue
                }
                guard was.status != card.status else { continue }
                switch card.status {
                case .done: done.append(action)
                case .doing: started.append(action)
                case .dropped: dropped.append(action)
                case .open: break
                }
            }
        }
    }

    /// Whether nothing worth saying happened.
    public var isEmpty: Bool {
        done.isEmpty && started.isEmpty && dropped.isEmpty && new.isEmpty && fields.isEmpty && filled.isEmpty
    }

    /// The report's section.
    public func blocks(template: ModelTemplate, language: Language) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, [.text(language.pick(de: "Seit \(date)", en: "Since \(date)"))])]
        guard !isEmpty else {
            return blocks + [.paragraph([.emphasis([.text(language.pick(de: "Keine Änderung.", en: "No change."))])])]
        }
        let field = { (topic: Int) in language.pick(de: "Feld", en: "field") + " \(topic) " + template.topic(topic).name[language] }
        let groups: [(de: String, en: String, actions: [Action])] = [
            ("Erledigt", "Done", done), ("Begonnen", "Started", started), ("Verworfen", "Dropped", dropped), ("Neu", "New", new),
        ]
        var items: [ReportListItem] = []
        for group in groups where !group.actions.isEmpty {
            let children = group.actions.map { action in
                let who = [action.owner, action.due.map { language.pick(de: "bis ", en: "due ") + $0 }].compactMap { $0 }
                return ReportListItem([.text(action.text + " (" + ([field(action.topic)] + who).joined(separator: ", ") + ")")])
            }
            items.append(ReportListItem([.strong([.text(language.pick(de: group.de, en: group.en) + ":")])], children: children))
        }
        if !items.isEmpty {
            blocks.append(.heading(level: 3, [.text(language.pick(de: "Maßnahmen", en: "Actions"))]))
            blocks.append(.list(ordered: false, items))
        }
        if !fields.isEmpty || !filled.isEmpty {
            blocks.append(.heading(level: 3, [.text(language.pick(de: "Felder", en: "Fields"))]))
            var lines = fields.map { count in
                ReportListItem([.text(field(count.topic) + ": " + [count.gained > 0 ? "+\(count.gained)" : nil,
                                                                   count.lost > 0 ? "−\(count.lost)" : nil].compactMap { $0 }.joined(separator: " ")
                    + language.pick(de: " Karten", en: count.gained + count.lost == 1 ? " card" : " cards"))])
            }
            lines += filled.map { ReportListItem([.text(field($0) + language.pick(de: ": war leer, hat jetzt Ist-Karten", en: ": was empty, holds Ist cards now"))]) }
            blocks.append(.list(ordered: false, lines))
        }
        return blocks
    }

    /// One line for the poster's legend: `Since 2026-10-05: 3 actions done, 1 started, 12 new cards, 2 empty fields filled`.
    public func legend(language: Language) -> String {
        let added = fields.reduce(0) { $0 + $1.gained }
        let parts: [String?] = [
            done.isEmpty ? nil : language.pick(de: "\(done.count) Maßnahmen erledigt", en: "\(done.count) actions done"),
            started.isEmpty ? nil : language.pick(de: "\(started.count) begonnen", en: "\(started.count) started"),
            dropped.isEmpty ? nil : language.pick(de: "\(dropped.count) verworfen", en: "\(dropped.count) dropped"),
            new.isEmpty ? nil : language.pick(de: "\(new.count) neue Maßnahmen", en: "\(new.count) new actions"),
            added == 0 ? nil : language.pick(de: "\(added) neue Karten", en: "\(added) new cards"),
            filled.isEmpty ? nil : language.pick(de: "\(filled.count) leere Felder gefüllt", en: "\(filled.count) empty fields filled"),
        ]
        let said = parts.compactMap { $0 }
        return language.pick(de: "Seit \(date): ", en: "Since \(date): ")
            + (said.isEmpty ? language.pick(de: "keine Änderung", en: "no change") : said.joined(separator: ", "))
    }
}
