import Foundation
import SixClusterFiles
import SixClusterModel

/// The room's rules, as values in and out: who may join (the join token, exchanged once for a session cookie),
/// what a participant may read (the field the facilitator presents, with its cards) and send (cards, a name), and
/// how bad input is answered. Every card goes through the shared workshop file like any other writer's. Safe to
/// call from several threads at once.
public final class RoomHandler: @unchecked Sendable {
    /// The largest body the room reads.
    public static let bodyLimit = 16 * 1024
    /// Cards one person may send per minute – more than anybody types.
    public static let cardsPerMinute = 30
    /// The cookie that carries a participant's session.
    static let cookieName = "sixcluster-room"

    private let file: SharedWorkshopFile
    private let token: RoomToken
    private let language: Language
    private let lock = NSLock()
    private var participants: [RoomToken: RoomParticipant] = [:]
    private var workshop: Workshop?
    /// The room's changes, for the phones that wait for the next one.
    public let changes = RoomChanges()

    /// Told the new number of participants whenever somebody joins (on the joining request's thread).
    private let joined: @Sendable (Int) -> Void

    /// The room for the shared file, joined with `token`; `language` for what the room says; `joined` hears of
    /// every new participant.
    public init(file: SharedWorkshopFile, token: RoomToken, language: Language, joined: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.file = file
        self.token = token
        self.language = language
        self.joined = joined
    }

    /// What the phones' view of the room depends on: the file as it is on disk, and the field the facilitator
    /// presents.
    public struct Fingerprint: Equatable, Sendable {
        var stamp: FileStamp?
        var topic: Int
    }

    /// The room's fingerprint now (looked at a few times a second by the server).
    public func fingerprint() -> Fingerprint {
        lock.withLock { Fingerprint(stamp: FileStamp.of(file.path), topic: presentedTopic()) }
    }

    /// How many have joined.
    public var joinedCount: Int {
        lock.withLock { participants.count }
    }

    /// The answer to one request; `now` is a monotonic clock in seconds.
    public func respond(to request: RoomRequest, now: Double) -> RoomResponse {
        switch (request.method, request.path) {
        case ("GET", "/join"): return join(request)
        case ("GET", "/room.css"): return RoomResponse(status: 200, contentType: "text/css; charset=utf-8", body: Array(RoomPage.css.utf8))
        case ("GET", "/room.js"): return RoomResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Array(RoomPage.script.utf8))
        case (_, "/join"), (_, "/room.css"), (_, "/room.js"): return problem(405, de: "Nicht erlaubt", en: "Not allowed")
        default: break
        }
        guard let session = session(of: request) else {
            return problem(403, de: "Kein Zutritt – bitte den QR-Code am Board scannen", en: "No access – please scan the QR code on the board")
        }
        switch (request.method, request.path) {
        case ("GET", "/"): return RoomResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(RoomPage.html(language).utf8))
        case ("GET", "/api/state"): return state(for: session, in: request.query["lang"].flatMap(Language.init(rawValue:)) ?? language)
        case ("POST", "/api/cards"): return addCard(request, from: session, now: now)
        case ("POST", "/api/name"): return setName(request, for: session)
        case (_, "/"), (_, "/api/state"), (_, "/api/cards"), (_, "/api/name"): return problem(405, de: "Nicht erlaubt", en: "Not allowed")
        default: return problem(404, de: "Nicht gefunden", en: "Not found")
        }
    }

    /// `/join?t=TOKEN`: the token, once right, becomes a session cookie (HttpOnly, SameSite=Strict) and the
    /// browser goes on to the page, so that the token leaves the address bar and the history.
    private func join(_ request: RoomRequest) -> RoomResponse {
        guard let given = request.query["t"], token.matches(given) else {
            return problem(403, de: "Dieser Link gilt nicht (mehr) – bitte den QR-Code am Board scannen",
                           en: "This link is not (or no longer) valid – please scan the QR code on the board")
        }
        var count: Int?
        let session = session(of: request) ?? lock.withLock {
            let session = RoomToken()
            participants[session] = RoomParticipant(number: participants.count + 1)
            count = participants.count
            return session
        }
        if let count { joined(count) }
        return RoomResponse(status: 303, contentType: "text/plain; charset=utf-8", body: [], headers: [
            "Location": "/",
            "Set-Cookie": "\(Self.cookieName)=\(session.value); Path=/; HttpOnly; SameSite=Strict",
        ])
    }

    /// Whether the request comes from a participant who joined.
    public func admits(_ request: RoomRequest) -> Bool {
        session(of: request) != nil
    }

    /// The participant a request's cookie names, if it names one that joined.
    private func session(of request: RoomRequest) -> RoomToken? {
        guard let cookie = request.cookie else { return nil }
        for pair in cookie.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0] == Self.cookieName, let session = RoomToken(parts[1]) else { continue }
            if lock.withLock({ participants[session] != nil }) { return session }
        }
        return nil
    }

    /// The workshop as the file holds it now (read again only when it changed).
    private func currentWorkshop() -> Workshop? {
        if workshop == nil || file.hasChanged, case .success(let read) = file.read() { workshop = read }
        return workshop
    }

    /// The field the facilitator presents (the leading board's, else the first board's, else field 1).
    private func presentedTopic() -> Int {
        let boards = file.others().filter { $0.kind == .board }
        let topic = (boards.first { $0.leads } ?? boards.first)?.topic ?? 1
        return (1...ModelTemplate.topicCount).contains(topic) ? topic : 1
    }

    private var guestWord: String { language.pick(de: "Gast", en: "Guest") }

    /// `/api/state`: who I am, the presented field with its questions and cards, and every field's name.
    private func state(for session: RoomToken, in language: Language) -> RoomResponse {
        let name = lock.withLock { participants[session]?.name(guestWord: guestWord) ?? "" }
        let (workshop, topic) = lock.withLock { (currentWorkshop(), presentedTopic()) }
        let template = ModelTemplate.builtIn
        let field = template.topic(topic)
        let cards = { (column: Situation) in (workshop?[topic: topic][column] ?? []).map { RoomState.Card(text: $0.text, by: $0.author) } }
        let state = RoomState(
            version: changes.current, you: name, language: language.rawValue,
            field: RoomState.Field(number: topic, name: field.name[language], questions: field.questions[language],
                                   ist: cards(.ist), soll: cards(.soll)),
            fields: template.topics.map { RoomState.FieldName(number: $0.number, name: $0.name[language]) })
        return json(200, state)
    }

    /// `/api/cards`: one card, `{"id", "field", "column": "ist"|"soll", "text"}`; the same id again is taken once.
    private func addCard(_ request: RoomRequest, from session: RoomToken, now: Double) -> RoomResponse {
        guard request.body.count <= Self.bodyLimit else { return tooLarge() }
        guard let sent = try? JSONDecoder().decode(RoomCardSubmission.self, from: Data(request.body)) else {
            return problem(400, de: "Die Anfrage ist kein gültiges JSON", en: "The request is not valid JSON")
        }
        guard (1...ModelTemplate.topicCount).contains(sent.field), let column = Situation(rawValue: sent.column) else {
            return problem(422, de: "Kein Feld „\(sent.field)“ (1 bis 20) oder keine Spalte ist/soll",
                           en: "No field “\(sent.field)” (1 to 20) or no column ist/soll")
        }
        let text = RoomText.cleaned(sent.text)
        guard !text.isEmpty else { return problem(422, de: "Die Karte ist leer", en: "The card is empty") }
        guard text.count <= RoomText.cardLimit else {
            return problem(422, de: "Die Karte ist zu lang: höchstens \(RoomText.cardLimit) Zeichen",
                           en: "The card is too long: at most \(RoomText.cardLimit) characters")
        }
        let id = RoomText.cleaned(sent.id).prefix(64)
        let admitted: (name: String, known: Bool)? = lock.withLock {
            guard var participant = participants[session] else { return nil }
            if participant.taken.contains(String(id)) { return (participant.name(guestWord: guestWord), true) }
            guard participant.allowsCard(at: now, perMinute: Self.cardsPerMinute) else { return nil }
            participants[session] = participant
            return (participant.name(guestWord: guestWord), false)
        }
        guard let admitted else {
            return problem(429, de: "Zu viele Karten in einer Minute – bitte kurz warten", en: "Too many cards in a minute – please wait a moment")
        }
        if admitted.known { return json(200, RoomCardReceipt(id: String(id), status: "known")) }
        let card = Card(text, author: admitted.name)
        switch lock.withLock({ file.apply([.add(card, topic: sent.field, column: column)]) }) {
        case .written(let written, _, _):
            lock.withLock {
                participants[session]?.take(String(id))
                workshop = written
            }
            return json(201, RoomCardReceipt(id: String(id), status: "added"))
        case .refused, .heldBackByComments, .heldBackByProtection:
            return problem(409, de: "Die Datei nimmt gerade keine Karten an – bitte der Moderation sagen",
                           en: "The file takes no cards just now – please tell the facilitator")
        case .unreadable, .failed, .busy:
            return problem(503, de: "Die Karte konnte nicht gespeichert werden – sie wird gleich wieder gesendet",
                           en: "The card could not be stored – it is sent again shortly")
        }
    }

    /// `/api/name`: `{"name"}`, cleaned and at most 40 characters; empty makes the participant a guest again.
    private func setName(_ request: RoomRequest, for session: RoomToken) -> RoomResponse {
        guard request.body.count <= Self.bodyLimit else { return tooLarge() }
        guard let sent = try? JSONDecoder().decode(RoomNameSubmission.self, from: Data(request.body)) else {
            return problem(400, de: "Die Anfrage ist kein gültiges JSON", en: "The request is not valid JSON")
        }
        let name = String(RoomText.cleaned(sent.name).prefix(RoomText.nameLimit))
        let shown = lock.withLock {
            participants[session]?.chosenName = name.isEmpty ? nil : name
            return participants[session]?.name(guestWord: guestWord) ?? name
        }
        return json(200, RoomNameSubmission(name: shown))
    }

    private func tooLarge() -> RoomResponse {
        problem(413, de: "Zu groß: höchstens 16 KB", en: "Too large: at most 16 KB")
    }

    /// An answer as JSON.
    private func json(_ status: Int, _ value: some Encodable) -> RoomResponse {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return RoomResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(data))
    }

    /// A refusal as JSON, `{"error": "…"}`, in the room's language.
    private func problem(_ status: Int, de: String, en: String) -> RoomResponse {
        json(status, ["error": language.pick(de: de, en: en)])
    }
}
