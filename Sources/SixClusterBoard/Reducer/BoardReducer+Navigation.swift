import SixClusterModel

extension BoardState {
    /// Arrow keys (see `NavigationState.move`).
    mutating func move(_ action: Action) {
        let (dx, dy): (Int, Int) = switch action {
        case .moveLeft: (-1, 0)
        case .moveRight: (1, 0)
        case .moveUp: (0, -1)
        default: (0, 1)
        }
        navigation.move(dx: dx, dy: dy, in: workshop, layout: layout)
    }

    /// Focuses a field, keeping the screen.
    mutating func focus(topic: Int) {
        navigation.focus(topic: topic, in: workshop)
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

    /// Focuses a card.
    mutating func focus(_ place: CardLocation) {
        navigation.focus(place, in: workshop)
    }

    /// Keeps the card index inside the focused column.
    mutating func clampCard() {
        navigation.clampCard(in: workshop)
    }

    /// Enter: opens the focused field from the board.
    mutating func open() {
        navigation.open()
    }

    /// Esc: closes help or the timebox panel, or goes back from a field or the form to the board (ending a
    /// closing review).
    mutating func back() {
        if overlay != nil {
            overlay = nil
            return
        }
        endReview()
        navigation.show(.board)
    }
}
