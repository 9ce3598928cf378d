import SixClusterModel

/// The parking lot (Themenspeicher): the points the room set aside, the focused one highlighted, with the keys
/// that bring a point into a field.
enum ParkingLotView {
    static func draw(_ state: BoardState, area: Rect, into grid: inout ScreenGrid) {
        guard area.height > 0 else { return }
        let language = state.language
        let parked = state.workshop.parked
        let keys = [(Action.addCard, language.pick(de: "neu", en: "add")),
                    (.unpark(.ist), language.pick(de: "in Ist", en: "into Ist")),
                    (.unpark(.soll), language.pick(de: "in Soll", en: "into Soll")),
                    (.deleteCard, language.pick(de: "löschen", en: "delete")),
                    (.back, language.pick(de: "zurück", en: "back"))]
            .map { state.keyName($0.0, in: .parkingLot) + " " + $0.1 }.joined(separator: " · ")
        grid.put(language.pick(de: "Themenspeicher (\(parked.count))", en: "Parking lot (\(parked.count))") + "  ·  " + keys,
                 x: area.x, y: area.y, limit: area.width, style: Style(.accent, bold: true))
        guard !parked.isEmpty else {
            let park = state.keyName(.editor(.park), in: .editor)
            grid.put(language.pick(de: "Noch nichts zurückgestellt. In jeder Karteneingabe stellt \(park) den Text hierher.",
                                   en: "Nothing set aside yet. In any card input, \(park) puts the text here."),
                     x: area.x, y: area.y + 2, limit: area.width, style: Style(.dim))
            return
        }
        // The focused point stays in view: the list scrolls by whole rows.
        let rows = max(1, area.height - 2)
        let first = max(0, state.parkedIndex - rows + 1)
        for (offset, index) in parked.indices.dropFirst(first).prefix(rows).enumerated() {
            let card = parked[index]
            let conflict = card.conflict.map { "\(FieldSummary.conflictMark) " + language.pick(de: "andere Fassung: ", en: "other version: ") + $0 }
            let extras = FieldView.extrasText(card, language: language) + [conflict].compactMap { $0 }
            let line = "• " + VisibleText.escaped(card.text) + (extras.isEmpty ? "" : "  — " + extras.joined(separator: ", "))
            let selected = index == state.parkedIndex
            grid.put(selected ? DisplayWidth.fit(line, width: area.width) : line, x: area.x, y: area.y + 2 + offset,
                     limit: area.width, style: Style().selected(selected))
        }
    }
}
