import SixClusterModel

/// The workshop's details as a form: one entry per row, the focused one highlighted.
enum MetadataView {
    static func draw(_ state: BoardState, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        let language = state.language
        grid.put(language.pick(de: "Workshop-Angaben (Enter: bearbeiten, Esc: zurück)", en: "Workshop details (Enter: edit, Esc: back)"),
                 x: area.x, y: area.y, limit: area.width, style: Style(.accent, bold: true))
        let labelWidth = MetadataEntry.allCases.map { DisplayWidth.of($0.label(in: language)) }.max() ?? 12
        for (offset, entry) in MetadataEntry.allCases.enumerated() {
            let y = area.y + 2 + offset
            guard y < area.maxY else { break }
            let selected = entry == state.metadataEntry
            let value = entry.value(of: state.workshop.metadata)
            let line = DisplayWidth.fit(entry.label(in: language), width: labelWidth) + "  " + (value.isEmpty ? "–" : value)
            grid.put(selected ? DisplayWidth.fit(line, width: area.width) : line, x: area.x, y: y, limit: area.width,
                     style: Style().selected(selected))
        }
    }
}
