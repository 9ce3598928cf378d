import SixClusterModel

extension BoardState {
    /// `L`: the parking lot, with the focus on its first point.
    mutating func openParkingLot() {
        overlay = nil
        navigation.show(.parkingLot)
        navigation.focusParked(parkedIndex, in: workshop)
    }

    /// The focused point of the parking lot, if it holds one.
    var focusedParked: Card? {
        workshop.parked.indices.contains(parkedIndex) ? workshop.parked[parkedIndex] : nil
    }

    /// Parks the text of a card prompt (Ctrl-P): it goes to the parking lot with the author and method new cards
    /// get, and the prompt closes – in quick capture the next card starts.
    mutating func park(_ prompt: Prompt) {
        let text = prompt.editor.text.trimmingSpaces
        guard !text.isEmpty else { return say("Leerer Text: nichts zurückgestellt", "Blank text: nothing parked") }
        let place = location
        guard perform([.park(capturedCard(text))], at: place) else { return }
        let show = keyName(.parkingLot, in: .board)
        say("Zurückgestellt: „\(text)“ (\(show) zeigt den Themenspeicher)", "Parked: “\(text)” (\(show) shows the parking lot)")
        if case .capture(let topic, let column) = prompt.purpose {
            openPrompt(.capture(topic: topic, column: column), text: "")
        } else {
            overlay = nil
        }
    }

    /// Stores a point typed in the parking lot: a new one, or the text of one being edited.
    mutating func storeParked(_ text: String, replacing reference: Card?) {
        guard !text.isEmpty else { return say("Leerer Text: nichts geändert", "Blank text: nothing changed") }
        let place = location
        if let reference {
            guard let index = workshop.parked.firstIndex(of: reference) else {
                return say("Der Punkt ist nicht mehr im Themenspeicher", "The point is no longer in the parking lot", error: true)
            }
            var changed = reference
            changed.text = text
            guard perform([.deleteParked(reference), .park(changed, at: index)], at: place) else { return }
            navigation.focusParked(index, in: workshop)
        } else {
            guard perform([.park(newCard(text))], at: place) else { return }
            navigation.focusParked(workshop.parked.count - 1, in: workshop)
        }
    }

    /// Deletes the focused point of the parking lot, undoably.
    mutating func deleteParked() {
        guard let point = focusedParked else { return }
        let place = location
        guard perform([.deleteParked(point)], at: place) else { return }
        navigation.focusParked(parkedIndex, in: workshop)
        let undo = keyName(.undo)
        say("Punkt gelöscht (\(undo): rückgängig)", "Point deleted (\(undo): undo)")
    }

    /// Asks for the field that the focused point goes to, into its Ist or Soll column.
    mutating func startUnpark(into column: Situation) {
        guard let card = focusedParked else { return say("Der Themenspeicher ist leer", "The parking lot is empty") }
        openPrompt(.unpark(card, column: column), text: "")
    }

    /// Moves a parked point into a field's column (at its end), as one undoable step.
    mutating func unpark(_ card: Card, into column: Situation, field text: String) {
        guard let topic = FieldNumber.parse(text) else {
            return sayNoField(text)
        }
        guard workshop.parked.contains(card) else {
            return say("Der Punkt ist nicht mehr im Themenspeicher", "The point is no longer in the parking lot", error: true)
        }
        let place = location
        guard perform([.unpark(card, topic: topic, column: column)], at: place) else { return }
        navigation.focusParked(parkedIndex, in: workshop)
        let name = "\(topic) " + template.topic(topic).name[language]
        let side = column == .ist ? "Ist" : "Soll"
        say("In Feld \(name) (\(side)) übernommen", "Moved to field \(name) (\(side))")
    }
}
