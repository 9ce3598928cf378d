import SixClusterModel

extension BoardState {
    /// Arrow keys: between fields on the board, between columns and cards in the field view, between entries
    /// in the metadata form.
    mutating func move(_ action: Action) {
        let (dx, dy): (Int, Int) = switch action {
        case .moveLeft: (-1, 0)
        case .moveRight: (1, 0)
        case .moveUp: (0, -1)
        default: (0, 1)
        }
        switch screen {
        case .board:
            if let next = layout.neighbour(of: focusTopic, dx: dx, dy: dy) { focus(topic: next) }
        case .field:
            if dx != 0 {
                column = dx < 0 ? .ist : .soll
                clampCard()
            } else {
                cardIndex += dy
                clampCard()
            }
        case .metadata:
            let entries = MetadataEntry.allCases
            let next = min(max(0, metadataEntry.rawValue + dy), entries.count - 1)
            metadataEntry = entries[next]
        }
    }

    /// Focuses a field, keeping the screen (the field view shows the new field).
    mutating func focus(topic: Int) {
        focusTopic = topic
        if screen == .metadata { screen = .board }
        column = .ist
        cardIndex = 0
    }

    /// Focuses the next field after the focused one (wrapping around) whose status is `status`.
    mutating func focusNext(_ status: FieldStatus) {
        let count = ModelTemplate.topicCount
        let order = (1...count).map { (focusTopic + $0 - 1) % count + 1 }
        guard let next = order.first(where: { workshop[topic: $0].status == status }) else {
            return status == .empty
                ? say("Kein leeres Feld mehr", "No empty field left")
                : say("Kein Feld ohne Ziel mehr", "No field without a target left")
        }
        focus(topic: next)
    }

    /// Focuses a card, opening its field.
    mutating func focus(_ place: CardLocation) {
        focusTopic = place.topic
        column = place.column
        cardIndex = place.index
        clampCard()
    }

    /// Keeps the card index inside the focused column.
    mutating func clampCard() {
        let count = focusedField[column].count
        cardIndex = count == 0 ? 0 : min(max(0, cardIndex), count - 1)
    }

    /// Enter: opens the focused field from the board.
    mutating func open() {
        screen = .field
        column = .ist
        cardIndex = 0
    }

    /// Esc: closes help, or goes back from a field or the form to the board.
    mutating func back() {
        if case .help = overlay {
            overlay = nil
            return
        }
        screen = .board
    }
}
