import SixClusterModel

extension RoomHandler {
    /// The workshop as the file holds it now (read again only when it changed). Called under the lock.
    func currentWorkshop() -> Workshop? {
        if workshop == nil || file.hasChanged, case .success(let read) = file.read() { workshop = read }
        return workshop
    }

    /// The field the facilitator presents (the leading board's, else the first board's, else field 1).
    func presentedTopic() -> Int {
        let boards = file.others().filter { $0.kind == .board }
        let topic = (boards.first { $0.leads } ?? boards.first)?.topic ?? 1
        return (1...ModelTemplate.topicCount).contains(topic) ? topic : 1
    }

    var guestWord: String { language.pick(de: "Gast", en: "Guest") }

    /// `/poster.svg`: the whole board as the poster shows it, as the file holds it now (held cards not yet among
    /// them). An image: the page shows it in an `img`, where nothing in it can run.
    func poster(in language: Language) -> RoomResponse {
        guard let workshop = lock.withLock({ currentWorkshop() }) else {
            return problem(503, de: "Das Board ist gerade nicht lesbar", en: "The board cannot be read just now")
        }
        return RoomResponse(status: 200, contentType: "image/svg+xml; charset=utf-8",
                            body: Array(SVGPoster(language: language).render(workshop).utf8))
    }

    /// `/api/state`: who I am, the presented field – or, where the facilitator lets phones pick, the one asked
    /// for – with its questions and cards (which are mine, how many dots each has and how many of them I gave), my
    /// dots left, whether I may pick a field, and every field's name.
    func state(for session: RoomToken, in language: Language, asking: Int?) -> RoomResponse {
        let (participant, workshop, presented, anyField, hidden): (RoomParticipant?, Workshop?, Int, Bool, Set<Int>) = lock.withLock {
            (participants[session], currentWorkshop(), presentedTopic(), settings.anyField, settings.hidden)
        }
        let waiting = lock.withLock { held.cards }
        let topic = anyField ? asking.flatMap { (1...ModelTemplate.topicCount).contains($0) ? $0 : nil } ?? presented : presented
        guard let participant else { return problem(403, de: "Kein Zutritt", en: "No access") }
        let template = ModelTemplate.builtIn
        let field = template.topic(topic)
        let name = participant.name(guestWord: guestWord)
        let myHeld = waiting.filter { $0.field == topic && $0.author == name }.map(\.text)
        let cards = { (column: Situation) in
            (workshop?[topic: topic][column] ?? []).map { card in
                let key = RoomCardKey(field: topic, column: column, text: card.text, author: card.author)
                return RoomState.Card(text: card.text, by: card.author, dots: card.votes, mine: participant.ownID(of: key),
                                      myDots: participant.given[key] ?? 0)
            }
        }
        let state = RoomState(
            version: changes.current, you: name, language: language.rawValue,
            dotsLeft: Self.dotLimit - participant.dotsGiven, anyField: anyField, hidden: hidden.contains(topic), myHeld: myHeld,
            field: RoomState.Field(number: topic, name: field.name[language], questions: field.questions[language],
                                   ist: cards(.ist), soll: cards(.soll)),
            fields: template.topics.map { RoomState.FieldName(number: $0.number, name: $0.name[language]) })
        return json(200, state)
    }
}
