/// An action list as a table: aligned text for the terminal, or CSV for a spreadsheet. Columns: overdue mark, due
/// date, status, owner, field, firm (on the terminal only when the list spans several firms) and the action's text.
public struct ActionTable {
    let list: ActionList
    let language: Language

    /// A table of a list, worded in a language.
    public init(_ list: ActionList, language: Language) {
        self.list = list
        self.language = language
    }

    private var showsFirm: Bool {
        Set(list.actions.map(\.firm)).count > 1
    }

    private func header(firm: Bool) -> [String] {
        let names = language == .de ? ["Überfällig", "Bis", "Status", "Verantwortlich", "Feld", "Firma", "Maßnahme"]
            : ["Overdue", "Due", "Status", "Owner", "Field", "Firm", "Action"]
        return firm ? names : names.filter { $0 != names[5] }
    }

    private func cells(_ action: FollowedAction, mark: String, firm: Bool) -> [String] {
        let field = "\(action.topic) \(action.fieldName)"
        var row = [action.isOverdue(on: list.today) ? mark : "", action.due ?? "", action.status.name(in: language),
                   action.owner ?? "", field]
        if firm { row.append(action.firm) }
        return row + [action.text]
    }

    /// For the terminal: a header, one line per action (a text's line breaks as ` / `, control characters made
    /// visible, the field's name cut with `…`), and a closing count – or a sentence when there is nothing.
    public func text() -> String {
        guard !list.actions.isEmpty else {
            return language.pick(de: "Keine Maßnahme (eine Soll-Karte mit Verantwortlichem oder Termin).",
                                 en: "No action (a Soll card with an owner or a due date).") + "\n"
        }
        let firm = showsFirm
        let header = header(firm: firm)
        let rows = [["!"] + header.dropFirst()] + list.actions.map { cells($0, mark: "!", firm: firm) }
        // The field's name at most 32 columns, cut with `…`.
        var out = TextColumns(rows, limits: [4: 32]).text
        let overdue = list.overdueCount
        let count = list.actions.count
        let of = firm ? "" : " (" + VisibleText.escaped(list.actions[0].firm) + ")"
        out += "\n" + language.pick(
            de: (count == 1 ? "1 Maßnahme" : "\(count) Maßnahmen") + of + ", \(overdue) überfällig (Stand \(list.today))",
            en: (count == 1 ? "1 action" : "\(count) actions") + of + ", \(overdue) overdue (as of \(list.today))") + "\n"
        return out
    }

    /// For a spreadsheet: UTF-8 with a byte order mark, a header row, one row per action (overdue as `x`), the
    /// source file last.
    public func csv() -> String {
        let title = language.pick(de: "Datei", en: "File")
        return "\u{FEFF}" + CSVCell.row(header(firm: true) + [title])
            + list.actions.map { CSVCell.row(cells($0, mark: "x", firm: true) + [$0.source]) }.joined()
    }
}
