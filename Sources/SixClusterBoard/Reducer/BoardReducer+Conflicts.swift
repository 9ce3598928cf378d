import SixClusterModel

extension BoardState {
    /// `v` (and `e` on such a card): both versions of the focused card, to choose from.
    mutating func showConflict() {
        guard let card = focusedCard, screen == .field || screen == .presentation else {
            return say("Keine Karte gewählt", "No card selected")
        }
        guard card.conflict != nil else {
            let next = keyName(.nextConflict, in: .global)
            return say("Diese Karte hat keinen Konflikt (\(next): zum nächsten)", "This card holds no conflict (\(next): to the next)")
        }
        overlay = .dialog(.conflict(CardReference(place: location, card: card)))
    }

    /// `=`: the next field (after the focused one) with a card that holds two versions, its first such card focused.
    mutating func focusNextConflict() {
        let count = ModelTemplate.topicCount
        let order = (1...count).map { (focusTopic + $0 - 1) % count + 1 }
        guard let topic = order.first(where: { workshop[topic: $0].conflictCount > 0 }) else {
            return say("Kein Konflikt offen", "No conflict open")
        }
        let field = workshop[topic: topic]
        let column: Situation = field.ist.contains { $0.conflict != nil } ? .ist : .soll
        let index = field[column].firstIndex { $0.conflict != nil } ?? 0
        if screen == .board { navigation.show(.field) }
        focus(CardLocation(topic: topic, column: column, index: index))
        let show = keyName(.showConflict, in: .field)
        say("Feld \(topic): eine Karte hat zwei Fassungen – \(show) zeigt beide",
            "Field \(topic): a card has two versions – \(show) shows both")
    }

    /// An answer to the conflict question, as one undoable step (a combination is typed first).
    mutating func resolveConflict(_ reference: CardReference, _ choice: DialogChoice) {
        switch choice {
        case .keepMine, .restore, .keepBoth, .combine: overlay = nil
        case .cancel: overlay = nil; return
        case .save, .discard, .jump, .exportAnyway, .readOnly, .saveElsewhere: return
        }
        guard let place = resolveOrSay(reference), let address = address(place) else { return }
        var card = address.card
        guard let other = card.conflict else { return }
        card.conflict = nil
        let undo = keyName(.undo)
        switch choice {
        case .restore:
            card.text = other
            guard perform([.replace(address, with: card)], at: place) else { return }
            say("Konflikt gelöst: die andere Fassung gilt (\(undo): rückgängig)", "Conflict resolved: the other version holds (\(undo): undo)")
        case .keepBoth:
            var second = card
            second.text = other
            second.votes = 0
            guard perform([.replace(address, with: card), .add(second, topic: place.topic, column: place.column, at: place.index + 1)],
                          at: place) else { return }
            say("Konflikt gelöst: beide Fassungen stehen als zwei Karten da (\(undo): rückgängig)",
                "Conflict resolved: both versions stand as two cards (\(undo): undo)")
        case .combine:
            openPrompt(.editCard(CardReference(place: place, card: address.card)), text: address.card.text + " / " + other)
        case .keepMine, .save, .discard, .jump, .exportAnyway, .readOnly, .saveElsewhere, .cancel:
            guard perform([.replace(address, with: card)], at: place) else { return }
            say("Konflikt gelöst: diese Fassung gilt (\(undo): rückgängig)", "Conflict resolved: this version holds (\(undo): undo)")
        }
    }
}
