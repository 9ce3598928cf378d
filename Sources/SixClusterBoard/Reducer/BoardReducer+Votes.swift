import SixClusterModel

extension BoardState {
    /// The focused Soll card, or nil with a message saying why there is none to vote on.
    private mutating func focusedTarget() -> Card? {
        guard let card = focusedCard else {
            say("Keine Karte gewählt", "No card selected")
            return nil
        }
        guard column == .soll else {
            say("Punkte und Prioritäten gibt es für Soll-Karten", "Dots and priorities are for Soll cards")
            return nil
        }
        return card
    }

    /// Dot-voting: a dot more or less on the focused Soll card (never below zero).
    mutating func vote(_ dots: Int) {
        guard let card = focusedTarget() else { return }
        let votes = max(0, card.votes + dots)
        guard votes != card.votes else { return say("Die Karte hat keinen Punkt", "The card has no dot") }
        let place = location
        guard let target = address(place), perform([.vote(target, dots: dots)], at: place) else { return }
        say(votes == 1 ? "1 Punkt" : "\(votes) Punkte", votes == 1 ? "1 dot" : "\(votes) dots")
    }

    /// The focused Soll card's priority: none → high → medium → low → none.
    mutating func cyclePriority() {
        guard let card = focusedTarget() else { return }
        let cycle: [Priority?] = [nil] + Priority.allCases
        let next = cycle[((cycle.firstIndex(of: card.priority) ?? 0) + 1) % cycle.count]
        let place = location
        change(at: place) { $0[topic: place.topic][.soll][place.index].priority = next }
        say("Priorität: " + (next?.name(in: .de) ?? "keine"), "Priority: " + (next?.name(in: .en) ?? "none"))
    }

    /// The focused action's status: open → doing → done → dropped → open. A target without owner or due date is
    /// no action yet: said, with the keys that make it one.
    mutating func cycleStatus() {
        guard let card = focusedTarget() else { return }
        guard card.isAction else {
            return say("Erst verantwortlich (\(keyName(.setOwner))) oder Termin (\(keyName(.setDue))) setzen: dann ist die Karte eine Maßnahme mit Status",
                       "Set an owner (\(keyName(.setOwner))) or a due date (\(keyName(.setDue))) first: then the card is an action with a status")
        }
        let next = card.status.next
        let place = location
        guard let target = address(place), perform([.setStatus(target, next)], at: place) else { return }
        say("Status: " + next.name(in: .de), "Status: " + next.name(in: .en))
    }
}
