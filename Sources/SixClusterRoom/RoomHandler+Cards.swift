import SixClusterFiles
import SixClusterModel

extension RoomHandler {
    /// `/api/cards`: one card, `{"id", "field", "column": "ist"|"soll", "text"}`; the same id again is taken once.
    func addCard(_ request: RoomRequest, from session: RoomToken, now: Double) -> RoomResponse {
        guard let sent = decode(RoomCardSubmission.self, request) else { return refused(request) }
        guard (1...ModelTemplate.topicCount).contains(sent.field), let column = Situation(rawValue: sent.column) else {
            return problem(422, de: "Kein Feld „\(sent.field)“ (1 bis 20) oder keine Spalte ist/soll",
                           en: "No field “\(sent.field)” (1 to 20) or no column ist/soll")
        }
        let text: String
        switch cardText(sent.text) {
        case .success(let cleaned): text = cleaned
        case .failure(let refusal): return refusal.response
        }
        let id = String(RoomText.cleaned(sent.id).prefix(64))
        if lock.withLock({ !pending.insert(id).inserted }) {
            return problem(409, de: "Diese Karte wird gerade gespeichert", en: "This card is being stored just now")
        }
        defer { _ = lock.withLock { pending.remove(id) } }
        let admitted: (name: String, known: Bool, method: CollectionMethod?)? = lock.withLock {
            guard var participant = participants[session] else { return nil }
            if taken.contains(id) { return (participant.name(guestWord: guestWord), true, nil) }
            guard participant.allowsCard(at: now, perMinute: Self.cardsPerMinute) else { return nil }
            participants[session] = participant
            return (participant.name(guestWord: guestWord), false, settings.method)
        }
        guard let admitted else {
            return problem(429, de: "Zu viele Karten in einer Minute – bitte kurz warten", en: "Too many cards in a minute – please wait a moment")
        }
        if admitted.known { return json(200, RoomCardReceipt(id: id, status: "known")) }
        if let counts = holdIfHidden(RoomHeldCards.Held(id: id, field: sent.field, column: column, text: text, author: admitted.name,
                                                         method: admitted.method)) {
            guard let counts = counts else {
                return problem(503, de: "Die Karte konnte nicht gespeichert werden – sie wird gleich wieder gesendet",
                               en: "The card could not be stored – it is sent again shortly")
            }
            heldChanged(counts)
            return json(201, RoomCardReceipt(id: id, status: "held"))
        }
        // Sent again after a room was stopped between writing the card and noting its id: taken once.
        if lock.withLock({ pendingIntents[id].map { intent in currentWorkshop().map(intent.isWritten) ?? false } ?? false }) {
            lock.withLock {
                taken.insert(id)
                pendingIntents[id] = nil
            }
            takenLog.append([id])
            return json(200, RoomCardReceipt(id: id, status: "known"))
        }
        let card = Card(text, author: admitted.name, method: admitted.method)
        let intent = RoomTakenLog.Intent(id: id, field: sent.field, column: column, text: text)
        return write(session, id: id, intent: intent, { _ in .success([.add(card, topic: sent.field, column: column)]) }) { participant in
            participant.own[id] = RoomCardKey(field: sent.field, column: column, text: text, author: admitted.name)
        } answer: { json(201, RoomCardReceipt(id: id, status: "added")) }
    }

    /// `/api/cards/edit`: one of the sender's own cards gets a new text, `{"id", "text"}`.
    func editCard(_ request: RoomRequest, from session: RoomToken) -> RoomResponse {
        guard let sent = decode(RoomCardChange.self, request) else { return refused(request) }
        let text: String
        switch cardText(sent.text ?? "") {
        case .success(let cleaned): text = cleaned
        case .failure(let refusal): return refusal.response
        }
        guard let key = lock.withLock({ participants[session]?.own[sent.id] }) else { return notYours() }
        return write(session, { workshop in key.address(in: workshop).map { .success([.edit($0, text: text)]) } ?? .failure(.cardGone) }) {
            participant in participant.own[sent.id]?.text = text
        } answer: { json(200, RoomCardReceipt(id: sent.id, status: "edited")) }
    }

    /// `/api/cards/delete`: one of the sender's own cards goes, `{"id"}`.
    func deleteCard(_ request: RoomRequest, from session: RoomToken) -> RoomResponse {
        guard let sent = decode(RoomCardChange.self, request) else { return refused(request) }
        guard let key = lock.withLock({ participants[session]?.own[sent.id] }) else { return notYours() }
        return write(session, { workshop in key.address(in: workshop).map { .success([.delete($0)]) } ?? .failure(.cardGone) }) {
            participant in participant.own[sent.id] = nil
        } answer: { json(200, RoomCardReceipt(id: sent.id, status: "deleted")) }
    }

    /// `/api/dots`: a dot given to a Soll card or taken back, up to `dotLimit` per person over all cards.
    func giveDot(_ request: RoomRequest, from session: RoomToken) -> RoomResponse {
        guard let sent = decode(RoomDot.self, request) else { return refused(request) }
        let key = RoomCardKey(field: sent.field, column: .soll, text: sent.text, author: sent.by)
        guard sent.dots == 1 || sent.dots == -1 else {
            return problem(422, de: "Ein Punkt mehr (1) oder weniger (-1)", en: "One dot more (1) or less (-1)")
        }
        let allowed: Bool = lock.withLock {
            guard let participant = participants[session] else { return false }
            return sent.dots > 0 ? participant.dotsGiven < Self.dotLimit : (participant.given[key] ?? 0) > 0
        }
        guard allowed else {
            return sent.dots > 0
                ? problem(409, de: "Alle \(Self.dotLimit) Punkte sind vergeben – erst einen zurücknehmen",
                          en: "All \(Self.dotLimit) dots are given – take one back first")
                : problem(409, de: "Auf dieser Karte ist kein Punkt von dir", en: "None of your dots is on this card")
        }
        var left = 0
        return write(session, { workshop in key.address(in: workshop).map { .success([.vote($0, dots: sent.dots)]) } ?? .failure(.cardGone) }) {
            participant in
            participant.given[key, default: 0] += sent.dots
            if participant.given[key] == 0 { participant.given[key] = nil }
            left = Self.dotLimit - participant.dotsGiven
        } answer: { json(200, RoomDotReceipt(dotsLeft: left)) }
    }

    /// Keeps a card for a hidden field until it is revealed: nil when its field is not hidden; else the counts of
    /// held cards once it is kept (and noted as taken), or nil inside when it could not be kept.
    private func holdIfHidden(_ card: RoomHeldCards.Held) -> [Int: Int]?? {
        lock.withLock {
            guard settings.hidden.contains(card.field) else { return nil }
            guard held.hold(card) else { return .some(nil) }
            taken.insert(card.id)
            takenLog.append([card.id])
            return .some(held.counts)
        }
    }

    /// A card's text cleaned, or why it is refused (empty, too long).
    private func cardText(_ sent: String) -> Result<String, RoomRefusal> {
        let text = RoomText.cleaned(sent)
        guard !text.isEmpty else { return .failure(RoomRefusal(problem(422, de: "Die Karte ist leer", en: "The card is empty"))) }
        guard text.count <= RoomText.cardLimit else {
            return .failure(RoomRefusal(problem(422, de: "Die Karte ist zu lang: höchstens \(RoomText.cardLimit) Zeichen",
                                               en: "The card is too long: at most \(RoomText.cardLimit) characters")))
        }
        return .success(text)
    }

    private func notYours() -> RoomResponse {
        problem(404, de: "Diese Karte ist nicht deine (oder nicht mehr da)", en: "This card is not yours (or not there any more)")
    }

    /// Writes edits made from the file as it is now, through the shared file; once written, the participant is
    /// updated and the answer given. A card gone, a held-back or failed write each get their own answer.
    private func write(_ session: RoomToken, id: String? = nil, intent: RoomTakenLog.Intent? = nil,
                       _ edits: @escaping (Workshop) -> Result<[WorkshopEdit], EditRefusal>,
                       then update: (inout RoomParticipant) -> Void, answer: () -> RoomResponse) -> RoomResponse {
        switch writer.write(id: id, intent: intent, edits) {
        case .written(let written):
            lock.withLock {
                if let id { taken.insert(id) }
                if var participant = participants[session] {
                    update(&participant)
                    participants[session] = participant
                }
                workshop = written
            }
            return answer()
        case .refused(.cardGone):
            return problem(409, de: "Die Karte wurde eben am Board geändert oder gelöscht", en: "The card was just changed or deleted on the board")
        case .refused, .heldBack(.refused), .heldBack(.heldBackByComments), .heldBack(.heldBackByProtection):
            return problem(409, de: "Die Datei nimmt gerade keine Karten an – bitte der Moderation sagen",
                           en: "The file takes no cards just now – please tell the facilitator")
        case .heldBack:
            return problem(503, de: "Das konnte nicht gespeichert werden – es wird gleich wieder versucht",
                           en: "That could not be stored – it is tried again shortly")
        }
    }
}
