import SixClusterModel

extension BoardState {
    /// Starts the closing review on the first flagged field; with none flagged it offers the export at once.
    mutating func startReview() {
        let flagged = workshop.completeness.entries.filter(\.needsAttention).map(\.topic)
        guard let first = flagged.first else {
            overlay = .dialog(.reviewDone(flagged: []))
            return
        }
        facilitation.startReview(of: flagged)
        if screen != .presentation { navigation.show(.field) }
        focus(topic: first)
        say("Abschlussrunde: \(flagged.count) markierte Felder – Tab weiter, Esc beendet",
            "Closing review: \(flagged.count) flagged fields – Tab goes on, Esc ends")
    }

    /// The next (or previous) field of the review; after the last one, the export is offered with what is
    /// still flagged.
    mutating func stepReview(by offset: Int) -> [Effect] {
        guard review != nil else { return [] }
        guard let topic = facilitation.stepReview(by: offset) else {
            overlay = .dialog(.reviewDone(flagged: workshop.completeness.entries.filter(\.needsAttention).map(\.topic)))
            return []
        }
        focus(topic: topic)
        return []
    }

    /// Ends the review early.
    mutating func endReview() {
        if facilitation.endReview() { say("Abschlussrunde beendet", "Closing review ended") }
    }
}
