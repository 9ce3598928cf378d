import SixClusterModel

/// The one-line summary of a field used on the board and in the compact list: number, name, counts, flag.
enum FieldSummary {
    /// The mark that flags a status in text: `!` empty, `~` no target, blank when complete.
    static func mark(_ status: FieldStatus) -> String {
        switch status {
        case .empty: "!"
        case .noTarget: "~"
        case .complete: " "
        }
    }

    /// The mark of a field: `≠` while a card holds two versions (a conflict outweighs the other flags), else the
    /// status's mark.
    static func mark(_ field: Field) -> String {
        field.conflictCount > 0 ? conflictMark : mark(field.status)
    }

    /// The mark of a field with an open conflict.
    static let conflictMark = "≠"

    /// The style of a field's mark.
    static func style(_ field: Field) -> Style {
        field.conflictCount > 0 ? Style(.empty, bold: true, reverse: true) : style(field.status)
    }

    /// The style of a field's flag.
    static func style(_ status: FieldStatus) -> Style {
        switch status {
        case .empty: Style(.empty, bold: true)
        case .noTarget: Style(.warning, bold: true)
        case .complete: .plain
        }
    }

    /// Draws `12 Name…   2/1 !` in `width` columns at (x, y); `company` (the initials of other boards at the field)
    /// stands marked before the counts.
    static func draw(_ field: Field, name: String, x: Int, y: Int, width: Int, selected: Bool, company: String? = nil,
                     into grid: inout ScreenGrid) {
        let number = field.topic < 10 ? " \(field.topic)" : "\(field.topic)"
        let counts = "\(field.count(.ist))/\(field.count(.soll))"
        let marks = company.map { " " + $0 } ?? ""
        let right = marks + " " + counts + " " + mark(field)
        let nameWidth = max(0, width - 3 - DisplayWidth.of(right))
        var base = Style(bold: true)
        base.reverse = selected
        grid.put(number + " " + DisplayWidth.fit(name, width: nameWidth), x: x, y: y, limit: width, style: base)
        var rightX = x + width - DisplayWidth.of(right)
        if let company {
            grid.put(" ", x: rightX, y: y, style: Style().selected(selected))
            grid.put(company, x: rightX + 1, y: y, style: Style(.accent, bold: true, reverse: true))
            rightX += DisplayWidth.of(marks)
        }
        grid.put(" " + counts + " ", x: rightX, y: y, limit: width, style: Style().selected(selected))
        grid.put(mark(field), x: rightX + DisplayWidth.of(counts) + 2, y: y, style: style(field).selected(selected))
    }
}
