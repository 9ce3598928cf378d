/// One change of a workshop's cards, as a value: what every writer – a board, `sixcluster add`, a script – asks
/// for. `Workshop.apply(_:)` carries it out or says why it cannot; cards are named by `CardAddress`, never by a
/// place alone.
public enum WorkshopEdit: Equatable, Sendable {
    /// A new card in a field's column, at an index (nil: at the end).
    case add(Card, topic: Int, column: Situation, at: Int? = nil)
    /// New cards at the end of a field's column, in one step (an import's answers: a column changed once, not once
    /// per card).
    case addAll([Card], topic: Int, column: Situation)
    /// A new point in the parking lot, at an index (nil: at the end).
    case park(Card, at: Int? = nil)
    /// A point taken out of the parking lot.
    case deleteParked(Card)
    /// A card's text changed.
    case edit(CardAddress, text: String)
    /// A card replaced as a whole (its text and details; a conflict settled by choosing).
    case replace(CardAddress, with: Card)
    /// A card deleted.
    case delete(CardAddress)
    /// A card moved to the end of a column of a field (the same field's other column, or another field).
    case move(CardAddress, topic: Int, column: Situation)
    /// A card copied to the end of a column of a field.
    case copy(CardAddress, topic: Int, column: Situation)
    /// Dots given (positive) or taken (negative); never below none.
    case vote(CardAddress, dots: Int)
    /// A target's owner set (nil: none).
    case setOwner(CardAddress, String?)
    /// A target's due date set (nil: none).
    case setDue(CardAddress, String?)
    /// An action's status set (a target with an owner or a due date).
    case setStatus(CardAddress, ActionStatus)
    /// A parked point moved into a field's column.
    case unpark(Card, topic: Int, column: Situation)

    /// The longest text a card may have, in characters.
    public static let longestText = 4000
}

/// Why an edit could not be carried out; the workshop is unchanged.
public enum EditRefusal: Error, Equatable, Sendable {
    /// The card is not there any more (another writer changed or deleted it).
    case cardGone
    /// No field has this number.
    case noSuchField(Int)
    /// The text is empty (or only spaces).
    case emptyText
    /// The text is longer than `WorkshopEdit.longestText` characters.
    case textTooLong(Int)
    /// Owner and due date belong to Soll cards (targets).
    case notATarget
    /// A status belongs to an action: a target with an owner or a due date.
    case notAnAction

    /// The refusal in words.
    public func message(in language: Language) -> String {
        switch self {
        case .cardGone:
            language.pick(de: "die Karte gibt es nicht mehr (die Datei wurde inzwischen geändert)",
                          en: "the card is gone (the file changed meanwhile)")
        case .noSuchField(let number):
            language.pick(de: "kein Feld \(number): die Felder sind von 1 bis 20 nummeriert",
                          en: "no field \(number): fields are numbered 1 to 20")
        case .emptyText:
            language.pick(de: "leerer Text: keine Karte", en: "empty text: no card")
        case .textTooLong(let count):
            language.pick(de: "der Text ist \(count) Zeichen lang; eine Karte hat höchstens \(WorkshopEdit.longestText)",
                          en: "the text is \(count) characters long; a card holds at most \(WorkshopEdit.longestText)")
        case .notATarget:
            language.pick(de: "Verantwortliche und Termine gibt es für Soll-Karten (Ziele)",
                          en: "owners and due dates are for Soll cards (targets)")
        case .notAnAction:
            language.pick(de: "einen Status hat eine Maßnahme: eine Soll-Karte mit Verantwortlichem oder Termin",
                          en: "a status belongs to an action: a Soll card with an owner or a due date")
        }
    }
}

extension Workshop {
    /// Carries out an edit. Gives the edits that take it back again (applied in order), or why it could not be
    /// carried out – then the workshop is unchanged.
    @discardableResult
    public mutating func apply(_ edit: WorkshopEdit) -> Result<[WorkshopEdit], EditRefusal> {
        do {
            return .success(try perform(edit))
        } catch {
            return .failure(error)
        }
    }

    private mutating func perform(_ edit: WorkshopEdit) throws(EditRefusal) -> [WorkshopEdit] {
        switch edit {
        case .add(let card, let topic, let column, let index):
            try Self.check(card.text)
            try Self.check(field: topic)
            let count = self[topic: topic][column].count
            let at = min(max(0, index ?? count), count)
            self[topic: topic][column].insert(card, at: at)
            return [.delete(CardAddress(topic: topic, column: column, index: at, card: card))]
        case .addAll(let cards, let topic, let column):
            try Self.check(field: topic)
            for card in cards { try Self.check(card.text) }
            let start = self[topic: topic][column].count
            self[topic: topic][column].append(contentsOf: cards)
            // Taken back from the last, so that every address stays right.
            return cards.indices.reversed().map { .delete(CardAddress(topic: topic, column: column, index: start + $0, card: cards[$0])) }
        case .park(let card, let index):
            try Self.check(card.text)
            parked.insert(card, at: min(max(0, index ?? parked.count), parked.count))
            return [.deleteParked(card)]
        case .deleteParked(let card):
            guard let index = parked.lastIndex(of: card) else { throw .cardGone }
            parked.remove(at: index)
            return [.park(card, at: index)]
        case .edit(let address, let text):
            try Self.check(text)
            let place = try find(address)
            let before = self[topic: place.topic][place.column][place.index]
            self[topic: place.topic][place.column][place.index].text = text
            return [.edit(self.address(place), text: before.text)]
        case .replace(let address, let card):
            try Self.check(card.text)
            let place = try find(address)
            let before = self[topic: place.topic][place.column][place.index]
            self[topic: place.topic][place.column][place.index] = card
            return [.replace(self.address(place), with: before)]
        case .delete(let address):
            let place = try find(address)
            let card = self[topic: place.topic][place.column].remove(at: place.index)
            return [.add(card, topic: place.topic, column: place.column, at: place.index)]
        case .move(let address, let topic, let column), .copy(let address, let topic, let column):
            try Self.check(field: topic)
            let place = try find(address)
            let card = self[topic: place.topic][place.column][place.index]
            let moves: Bool
            if case .move = edit { moves = true } else { moves = false }
            if moves { self[topic: place.topic][place.column].remove(at: place.index) }
            self[topic: topic][column].append(card)
            let arrived = CardAddress(topic: topic, column: column, index: self[topic: topic][column].count - 1, card: card)
            return moves ? [.delete(arrived), .add(card, topic: place.topic, column: place.column, at: place.index)] : [.delete(arrived)]
        case .vote(let address, let dots):
            let place = try find(address)
            let votes = self[topic: place.topic][place.column][place.index].votes
            self[topic: place.topic][place.column][place.index].votes = max(0, votes + dots)
            return [.vote(self.address(place), dots: votes - max(0, votes + dots))]
        case .setOwner(let address, let owner):
            let place = try findTarget(address)
            let before = self[topic: place.topic][.soll][place.index].owner
            self[topic: place.topic][.soll][place.index].owner = Self.detail(owner)
            return [.setOwner(self.address(place), before)]
        case .setDue(let address, let due):
            let place = try findTarget(address)
            let before = self[topic: place.topic][.soll][place.index].due
            self[topic: place.topic][.soll][place.index].due = Self.detail(due)
            return [.setDue(self.address(place), before)]
        case .setStatus(let address, let status):
            let place = try findTarget(address)
            let before = self[topic: place.topic][.soll][place.index]
            guard before.isAction || status == .open else { throw .notAnAction }
            self[topic: place.topic][.soll][place.index].status = status
            return [.setStatus(self.address(place), before.status)]
        case .unpark(let card, let topic, let column):
            try Self.check(field: topic)
            guard let index = parked.firstIndex(of: card) else { throw .cardGone }
            parked.remove(at: index)
            self[topic: topic][column].append(card)
            let arrived = CardAddress(topic: topic, column: column, index: self[topic: topic][column].count - 1, card: card)
            return [.delete(arrived), .park(card, at: index)]
        }
    }

    /// The card now at a place, as an address.
    private func address(_ place: (topic: Int, column: Situation, index: Int)) -> CardAddress {
        CardAddress(topic: place.topic, column: place.column, index: place.index, card: self[topic: place.topic][place.column][place.index])
    }

    /// An owner or due date as stored: trimmed, nil when blank.
    private static func detail(_ text: String?) -> String? {
        text.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces }
    }

    private func find(_ address: CardAddress) throws(EditRefusal) -> (topic: Int, column: Situation, index: Int) {
        guard let place = address.resolve(in: self) else { throw .cardGone }
        return place
    }

    private func findTarget(_ address: CardAddress) throws(EditRefusal) -> (topic: Int, column: Situation, index: Int) {
        let place = try find(address)
        guard place.column == .soll else { throw .notATarget }
        return place
    }

    private static func check(field topic: Int) throws(EditRefusal) {
        guard (1...ModelTemplate.topicCount).contains(topic) else { throw .noSuchField(topic) }
    }

    private static func check(_ text: String) throws(EditRefusal) {
        if text.trimmingSpaces.isEmpty { throw .emptyText }
        if text.count > WorkshopEdit.longestText { throw .textTooLong(text.count) }
    }
}
