import SixClusterModel

extension BoardState {
    /// Starts the closing review on the first flagged field; with none flagged it offers the export at once.
    mutating func startReview() {
        let flagged = workshop.completeness.flagged.map(\.topic)
        guard let first = flagged.first else {
            overlay = .dialog(.reviewDone(flagged: []))
            return
        }
        review = Review(topics: flagged, position: 0)
        if screen != .presentation { screen = .field }
        focus(topic: first)
        say("Abschlussrunde: \(flagged.count) markierte Felder – Tab weiter, Esc beendet",
            "Closing review: \(flagged.count) flagged fields – Tab goes on, Esc ends")
    }

    /// The next (or previous) field of the review; after the last one, the export is offered with what is
    /// still flagged.
    mutating func stepReview(by offset: Int) -> [Effect] {
        guard var review else { return [] }
        let next = review.position + offset
        guard next < review.topics.count else {
            self.review = nil
            overlay = .dialog(.reviewDone(flagged: workshop.completeness.flagged.map(\.topic)))
            return []
        }
        review.position = max(0, next)
        self.review = review
        focus(topic: review.topic)
        return []
    }

    /// Ends the review early.
    mutating func endReview() {
        guard review != nil else { return }
        review = nil
        say("Abschlussrunde beendet", "Closing review ended")
    }
}
