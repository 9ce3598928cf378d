import SixClusterModel

extension BoardState {
    /// Presentation mode on or off. It opens on the focused field with the Ist column's capture line focused,
    /// so that the room's first words can be typed at once; leaving it shows the same field in the field view.
    mutating func togglePresentation() {
        overlay = nil
        navigation.togglePresentation(in: workshop)
    }

    /// The hint that stands in the status line while presentation mode is on (and no message is shown), long and
    /// short: the status line takes the first that fits whole. It goes with the mode.
    var modeHints: [String] {
        guard screen == .presentation else { return [] }
        let leave = keyName(.presentation, in: .presentation)
        return [language.pick(de: "Präsentation – tippen legt eine Karte an, \(leave) beendet",
                              en: "Presentation – typing adds a card, \(leave) leaves"),
                language.pick(de: "tippen: Karte · \(leave): Ende", en: "type: card · \(leave): leave")]
    }

    /// Whether the focus is on the capture line below the last card (presentation mode only).
    var isOnCaptureLine: Bool {
        screen == .presentation && cardIndex >= focusedField[column].count
    }

    /// Opens quick capture in the focused column with what was typed so far.
    mutating func startCapture(typed: String) {
        if isReadOnly { return refuseChange() }
        navigation.focusCaptureLine(in: workshop)
        openPrompt(.capture(topic: focusTopic, column: column), text: typed)
    }

    /// Stores a captured card at the end of its column with the capture defaults, and starts the next one.
    mutating func storeCapture(_ text: String, topic: Int, column: Situation) {
        guard !text.isEmpty else {
            return say("Erfassung beendet", "Capture ended")
        }
        let index = workshop[topic: topic][column].count
        let card = capturedCard(text)
        let place = CardLocation(topic: topic, column: column, index: index)
        guard perform([.add(card, topic: topic, column: column)], at: place) else { return }
        focus(place)
        navigation.focusCaptureLine(in: workshop)
        say("Karte \(index + 1) in \(column.label(in: .de)) gespeichert – weiter tippen, leere Zeile beendet",
            "Card \(index + 1) stored in \(column.label(in: .en)) – keep typing, a blank line stops")
        openPrompt(.capture(topic: topic, column: column), text: "")
    }

    /// Ctrl-G: the next method for captured cards, kept until changed.
    mutating func cycleCaptureMethod() {
        let method = facilitation.cycleCaptureMethod()
        say("Neue Karten: Methode " + (method?.name(in: .de) ?? "keine"), "New cards: method " + (method?.name(in: .en) ?? "none"))
    }

    /// Ctrl-B: asks for the author of captured cards; text typed for a card so far is given back afterwards.
    mutating func startCaptureAuthor() {
        var resume = ""
        if case .prompt(let prompt) = overlay, case .capture = prompt.purpose { resume = prompt.editor.text }
        openPrompt(.captureAuthor(resume: resume), text: capture.author ?? "")
    }

    /// After the author prompt: back to capture in presentation mode, with the card text typed before.
    mutating func resumeCapture(_ text: String) {
        guard screen == .presentation, !text.isEmpty else { return }
        startCapture(typed: text)
    }
}
