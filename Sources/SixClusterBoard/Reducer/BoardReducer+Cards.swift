import SixClusterModel

extension BoardState {
    /// Changes the workshop as one undoable step, remembering where it happened.
    mutating func change(at place: CardLocation, _ body: (inout Workshop) -> Void) {
        document.change(at: place, body)
    }

    /// The card being typed where it stands (the field view, or a selected card in presentation mode): its place –
    /// for a new card, where it will go – and the editor.
    var cardInPlace: (place: CardLocation, isNew: Bool, editor: LineEditor)? {
        guard case .prompt(let prompt) = overlay, screen == .field || screen == .presentation else { return nil }
        switch prompt.purpose {
        case .editCard(let reference): return reference.resolve(in: workshop).map { ($0, false, prompt.editor) }
        case .newCard(let topic, let column, let index):
            return (CardLocation(topic: topic, column: column, index: index), true, prompt.editor)
        default: return nil
        }
    }

    /// The focused card, if the focused column has one.
    var focusedCard: Card? {
        let cards = focusedField[column]
        return cards.indices.contains(cardIndex) ? cards[cardIndex] : nil
    }

    mutating func startNewCard() {
        if screen == .presentation { return startCapture(typed: "") }
        if screen == .parkingLot { return openPrompt(.parked(nil), text: "") }
        let index = focusedField[column].isEmpty ? 0 : cardIndex + 1
        openPrompt(.newCard(topic: focusTopic, column: column, index: index), text: "")
    }

    mutating func editFocused() {
        if screen == .parkingLot {
            guard let card = focusedParked else { return openPrompt(.parked(nil), text: "") }
            return openPrompt(.parked(card), text: card.text)
        }
        if screen == .metadata {
            if metadataEntry == .language {
                let other: Language = workshop.metadata.language == .de ? .en : .de
                let place = location
                change(at: place) { $0.metadata.language = other }
                return
            }
            openPrompt(.metadata(metadataEntry), text: metadataEntry.value(of: workshop.metadata))
            return
        }
        guard let card = focusedCard else { return startNewCard() }
        // A card with two versions is never edited from one of them: the choice comes first.
        if card.conflict != nil { return showConflict() }
        openPrompt(.editCard(CardReference(place: location, card: card)), text: card.text)
    }

    /// Asks for a detail of the focused card; owner and due date only for a Soll card (a target).
    mutating func startDetail(_ detail: CardDetail) {
        guard let card = focusedCard else { return }
        guard detail == .author || column == .soll else {
            return say("Verantwortlich und Termin gibt es für Soll-Karten (Ziele)", "Owner and due date are for Soll cards (targets)")
        }
        openPrompt(.detail(CardReference(place: location, card: card), detail), text: card[keyPath: detail.path] ?? "")
    }

    /// Asks for the field the focused card moves (or is copied) to.
    mutating func startMoveToField(copy: Bool) {
        guard let card = focusedCard else {
            return say("Keine Karte gewählt", "No card selected")
        }
        openPrompt(.moveToField(CardReference(place: location, card: card), copy: copy), text: "")
    }

    /// Moves (or copies) a card to the end of the same column of another field, as one undoable step; the focus
    /// stays where it was, and the message names where the card went.
    mutating func moveCard(_ reference: CardReference, toField topic: Int, copy: Bool) {
        guard let from = resolveOrSay(reference) else { return }
        guard copy || topic != from.topic else {
            return say("Die Karte ist schon in Feld \(topic)", "The card is in field \(topic) already")
        }
        guard let card = address(from),
              perform([copy ? .copy(card, topic: topic, column: from.column) : .move(card, topic: topic, column: from.column)], at: from)
        else { return }
        clampCard()
        let name = "\(topic) " + template.topic(topic).name[language]
        let undo = keyName(.undo)
        copy ? say("Karte nach Feld \(name) kopiert (\(undo): rückgängig)", "Card copied to field \(name) (\(undo): undo)")
            : say("Karte nach Feld \(name) verschoben (\(undo): rückgängig)", "Card moved to field \(name) (\(undo): undo)")
    }

    /// Where a remembered card is now, or nil after saying that it is gone (the file changed meanwhile).
    mutating func resolveOrSay(_ reference: CardReference) -> CardLocation? {
        if let place = reference.resolve(in: workshop) { return place }
        say("Die Karte gibt es nicht mehr (die Datei wurde inzwischen geändert)",
            "The card is gone (the file changed meanwhile)", error: true)
        return nil
    }

    mutating func deleteCard() {
        if screen == .parkingLot { return deleteParked() }
        let place = location
        guard let card = address(place), perform([.delete(card)], at: place) else { return }
        clampCard()
        let undo = keyName(.undo)
        say("Karte gelöscht (\(undo): rückgängig)", "Card deleted (\(undo): undo)")
    }

    mutating func moveCard(by offset: Int) {
        let target = cardIndex + offset
        guard focusedCard != nil, focusedField[column].indices.contains(target) else { return }
        let place = location
        change(at: place) { $0[topic: place.topic][place.column].swapAt(place.index, target) }
        focus(CardLocation(topic: place.topic, column: place.column, index: target))
    }

    /// Moves (or copies) the focused card to the end of the other column; the focus follows a moved card.
    mutating func moveCardToOtherColumn(copy: Bool) {
        let place = location
        guard let card = address(place) else { return }
        let other = place.column.other
        guard perform([copy ? .copy(card, topic: place.topic, column: other) : .move(card, topic: place.topic, column: other)],
                      at: place) else { return }
        if copy {
            say("Karte nach \(column.other.label(in: .de)) kopiert", "Card copied to \(column.other.label(in: .en))")
        } else {
            let moved = place.column.other
            focus(CardLocation(topic: place.topic, column: moved, index: workshop[topic: place.topic][moved].count - 1))
        }
    }

    mutating func cycleMethod() {
        guard let card = focusedCard else { return }
        let methods: [CollectionMethod?] = [nil] + CollectionMethod.allCases
        let current = methods.firstIndex(of: card.method) ?? 0
        let next = methods[(current + 1) % methods.count]
        let place = location
        change(at: place) { $0[topic: place.topic][place.column][place.index].method = next }
        say("Methode: " + (next?.name(in: .de) ?? "keine"), "Method: " + (next?.name(in: .en) ?? "none"))
    }

    /// Several pasted lines become one card each in the focused column, as one undo step.
    mutating func addCards(fromPastedLines text: String, at index: Int? = nil) {
        let cards = text.split(whereSeparator: \.isNewline).map { newCard(CardText.cleaned(String($0))) }.filter { !$0.isBlank }
        guard !cards.isEmpty else { return }
        let place = location
        let at = min(index ?? (focusedField[column].isEmpty ? 0 : cardIndex + 1), focusedField[column].count)
        let edits = cards.enumerated().map { WorkshopEdit.add($1, topic: place.topic, column: place.column, at: at + $0) }
        guard perform(edits, at: place) else { return }
        focus(CardLocation(topic: place.topic, column: place.column, index: at + cards.count - 1))
        cards.count == 1 ? say("1 Karte eingefügt", "1 card added") : say("\(cards.count) Karten eingefügt", "\(cards.count) cards added")
    }

    mutating func undo() {
        travel(back: true)
    }

    mutating func redo() {
        travel(back: false)
    }

    /// One step through the history: back (undo) or forward again (redo); the other stack keeps the way back.
    private mutating func travel(back: Bool) {
        guard let location = document.travel(back: back) else {
            return back ? say("Nichts rückgängig zu machen", "Nothing to undo") : say("Nichts zu wiederholen", "Nothing to redo")
        }
        restore(location)
        back ? say("Rückgängig gemacht", "Undone") : say("Wiederholt", "Redone")
    }

    /// After undo or redo, shows where the change happened.
    private mutating func restore(_ place: CardLocation) {
        if screen == .field || screen == .presentation {
            focus(place)
        } else {
            navigation.select(topic: place.topic)
        }
    }
}

extension BoardState {
    /// The card at a place of the workshop as it is now, as an edit names it.
    func address(_ place: CardLocation) -> CardAddress? {
        CardAddress(topic: place.topic, column: place.column, index: place.index, in: workshop)
    }

    /// Carries out edits as one undoable step at `place` – the way every card change of the board goes, as every
    /// other writer's does (`WorkshopEdit`). A refusal is said and changes nothing; false then.
    @discardableResult
    mutating func perform(_ edits: [WorkshopEdit], at place: CardLocation) -> Bool {
        var changed = workshop
        for edit in edits {
            if case .failure(let refusal) = changed.apply(edit) {
                let text = refusal.message(in: language)
                fail(text.prefix(1).uppercased() + text.dropFirst())
                return false
            }
        }
        change(at: place) { $0 = changed }
        return true
    }
}
