import SixClusterModel

extension BoardState {
    /// A mouse event: a click means what the screen drew at that cell (a field, a card, a dialog's answer); the
    /// wheel scrolls help, the field view and the lists. While a line editor or a question is open, only the
    /// question's answers take clicks.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp, .wheelDown:
            let step = event.kind == .wheelUp ? -1 : 1
            if case .help = overlay { return apply(.scrollHelp(3 * step)) }
            guard overlay == nil else { return [] }
            let move: Action = step > 0 ? .moveDown : .moveUp
            let times = screen == .board ? 1 : 3
            return (0..<times).flatMap { _ in apply(move) }
        case .click(let count):
            guard let target = BoardRenderer.render(self).target(atX: event.x, y: event.y) else { return [] }
            if case .dialog = target {
                if case .dialog = overlay { return apply(target) }
                return []
            }
            guard overlay == nil else { return [] }
            guard count > 1 else { return apply(target) }
            // A double click: the field is focused and opened, the card selected and edited.
            switch target {
            case .pointField(let topic):
                guard screen == .board else { return [] }
                focus(topic: topic)
                return apply(.open)
            case .pointCard(let place):
                pointAt(card: place)
                return location == place ? apply(.editCard) : []
            default:
                return apply(target)
            }
        }
    }

    /// A click on a field: focus it; on the focused field of the board, open it.
    mutating func pointAt(field topic: Int) {
        guard screen == .board else { return }
        if topic == focusTopic {
            open()
        } else {
            focus(topic: topic)
        }
    }

    /// A click on a card: select it.
    mutating func pointAt(card place: CardLocation) {
        guard place.topic == focusTopic, workshop[topic: place.topic][place.column].indices.contains(place.index) else { return }
        focus(place)
    }
}
