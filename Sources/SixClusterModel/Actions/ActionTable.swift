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
        let rows = [["!"] + header.dropFirst()] + list.actions.map { action in
            cells(action, mark: "!", firm: firm).map { VisibleText.escaped($0.split(whereSeparator: \.isNewline).joined(separator: " / ")) }
        }
        // Every column as wide as its widest cell; the field's name at most 32 columns, cut with `…`.
        var widths = Array(repeating: 0, count: header.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        widths[4] = min(widths[4], 32)
        var out = ""
        for row in rows {
            let line = row.enumerated().map { index, cell in index == row.count - 1 ? cell : DisplayWidth.fit(cell, width: widths[index]) }
            out += String(line.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
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
