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
        case .presentation:
            if dx != 0 {
                column = dx < 0 ? .ist : .soll
                cardIndex = focusedField[column].count
            } else {
                cardIndex += dy
                clampCard()
            }
        case .parkingLot:
            parkedIndex = min(max(0, parkedIndex + dy), max(0, workshop.parked.count - 1))
        case .metadata:
            let entries = MetadataEntry.allCases
            let next = min(max(0, metadataEntry.rawValue + dy), entries.count - 1)
            metadataEntry = entries[next]
        }
    }

    /// Focuses a field, keeping the screen (the field view shows the new field).
    mutating func focus(topic: Int) {
        focusTopic = topic
        if screen == .metadata || screen == .parkingLot { screen = .board }
        column = .ist
        cardIndex = screen == .presentation ? focusedField[.ist].count : 0
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

    /// Keeps the card index inside the focused column (in presentation mode the capture line below the last
    /// card counts as a place too).
    mutating func clampCard() {
        let count = focusedField[column].count
        let last = screen == .presentation ? count : count - 1
        cardIndex = min(max(0, cardIndex), max(0, last))
    }

    /// Enter: opens the focused field from the board.
    mutating func open() {
        screen = .field
        column = .ist
        cardIndex = 0
    }

    /// Esc: closes help or the timebox panel, or goes back from a field or the form to the board (ending a
    /// closing review).
    mutating func back() {
        if overlay != nil {
            overlay = nil
            return
        }
        endReview()
        screen = .board
    }
}
