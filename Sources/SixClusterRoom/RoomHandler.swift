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

    /// Dots one person may give, over all cards.
    public static let dotLimit = 3

    let file: SharedWorkshopFile
    private var token: RoomToken
    /// What the facilitator decided for the room (under the lock).
    var settings = RoomSettings()
    let language: Language
    let lock = NSLock()
    var participants: [RoomToken: RoomParticipant] = [:]
    /// How many have joined since the room opened, counting those taken out.
    private var joinedEver = 0
    /// The ids of the submissions written, also by a room before this one that did not close in order.
    var taken: Set<String>
    /// The ids of submissions being written now (a second copy waits for nobody and is turned away).
    var pending: Set<String> = []
    let takenLog: RoomTakenLog
    /// Cards a room before this one was about to write when it stopped, by id: one sent again is taken once when
    /// the file already holds it.
    var pendingIntents: [String: RoomTakenLog.Intent]
    var workshop: Workshop?
    /// The room's writes, several requests' cards in one write (with a shared file of its own: the one above is
    /// read under the lock, this one written by whoever writes for the others).
    let writer: RoomWriter
    /// The room's changes, for the phones that wait for the next one.
    public let changes = RoomChanges()

    /// Told the names of those in the room whenever somebody joins, takes a name or is taken out (on that
    /// request's thread).
    private let joined: @Sendable ([String]) -> Void
    /// Told how many cards wait in each hidden field whenever that changes.
    let heldChanged: @Sendable ([Int: Int]) -> Void
    /// Phone cards waiting for their field to be revealed (as a room before this one may have left them).
    var held: RoomHeldCards

    /// The room for the shared file, joined with `token`; `language` for what the room says; `joined` hears of
    /// every new participant.
    public init(file: SharedWorkshopFile, token: RoomToken, language: Language, joined: @escaping @Sendable ([String]) -> Void = { _ in },
                held heldChanged: @escaping @Sendable ([Int: Int]) -> Void = { _ in }) {
        self.file = file
        takenLog = RoomTakenLog(workshop: file.path)
        (taken, pendingIntents) = takenLog.load()
        writer = RoomWriter(file: SharedWorkshopFile(path: file.path, language: language), log: takenLog)
        self.token = token
        self.language = language
        self.joined = joined
        self.heldChanged = heldChanged
        held = RoomHeldCards(workshop: file.path, language: language)
        // Cards a room before this one held stay hidden until the facilitator reveals their fields.
        settings.hidden = Set(held.counts.keys)
    }

    /// What the phones' view of the room depends on: the file as it is on disk, and the field the facilitator
    /// presents.
    public struct Fingerprint: Equatable, Sendable {
        var stamp: FileStamp?
        var topic: Int
        var settings: RoomSettings
        var held: Int
    }

    /// The room's fingerprint now (looked at a few times a second by the server).
    public func fingerprint() -> Fingerprint {
        lock.withLock { Fingerprint(stamp: FileStamp.of(file.path), topic: presentedTopic(), settings: settings, held: held.cards.count) }
    }

    /// How many have joined.
    public var joinedCount: Int {
        lock.withLock { participants.count }
    }

    /// The names of those in the room (a chosen name, or "Gast 3"), in the order they joined.
    public var peopleNames: [String] {
        lock.withLock { participants.values.sorted { $0.number < $1.number }.map { $0.name(guestWord: guestWord) } }
    }

    /// Takes whoever goes by `name` out of the room: their cookie lets them in no more (the page says so), their
    /// cards stay on the board. They can come back only through the link while joining is open – the facilitator
    /// closes joining or makes a new link first. Gives how many were taken out.
    @discardableResult
    public func remove(named name: String) -> Int {
        let count = lock.withLock {
            let leaving = participants.filter { $0.value.name(guestWord: guestWord) == name }.map(\.key)
            leaving.forEach { participants[$0] = nil }
            return leaving.count
        }
        if count > 0 { joined(peopleNames) }
        return count
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
        if lock.withLock({ closing }) {
            return problem(410, de: "Der Raum ist geschlossen", en: "The room is closed")
        }
        guard let session = session(of: request) else {
            return problem(403, de: "Kein Zutritt – bitte den QR-Code am Board scannen", en: "No access – please scan the QR code on the board")
        }
        switch (request.method, request.path) {
        case ("GET", "/"): return RoomResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(RoomPage.html(language).utf8))
        case ("GET", "/api/state"):
            return state(for: session, in: request.query["lang"].flatMap(Language.init(rawValue:)) ?? language,
                         asking: request.query["field"].flatMap(Int.init))
        case ("POST", "/api/cards"): return addCard(request, from: session, now: now)
        case ("POST", "/api/cards/edit"): return editCard(request, from: session)
        case ("POST", "/api/cards/delete"): return deleteCard(request, from: session)
        case ("POST", "/api/dots"): return giveDot(request, from: session)
        case ("POST", "/api/name"): return setName(request, for: session)
        case ("GET", "/poster.svg"): return poster(in: request.query["lang"].flatMap(Language.init(rawValue:)) ?? language)
        case (_, "/"), (_, "/api/state"), (_, "/api/cards"), (_, "/api/cards/edit"), (_, "/api/cards/delete"), (_, "/api/dots"),
             (_, "/api/name"), (_, "/poster.svg"):
            return problem(405, de: "Nicht erlaubt", en: "Not allowed")
        default: return problem(404, de: "Nicht gefunden", en: "Not found")
        }
    }

    /// `/join?t=TOKEN`: the token, once right, becomes a session cookie (HttpOnly, SameSite=Strict) and the
    /// browser goes on to the page, so that the token leaves the address bar and the history.
    private func join(_ request: RoomRequest) -> RoomResponse {
        let (current, open) = lock.withLock { (token, settings.joiningOpen) }
        guard let given = request.query["t"], current.matches(given) else {
            return problem(403, de: "Dieser Link gilt nicht (mehr) – bitte den QR-Code am Board scannen",
                           en: "This link is not (or no longer) valid – please scan the QR code on the board")
        }
        guard open || session(of: request) != nil else {
            return problem(403, de: "Der Raum nimmt gerade niemanden mehr auf – bitte die Moderation fragen",
                           en: "The room lets nobody new in just now – please ask the facilitator")
        }
        var count: Int?
        let session = session(of: request) ?? lock.withLock {
            let session = RoomToken()
            // Numbered by who came before, also those taken out since: no two guests share a number.
            joinedEver += 1
            participants[session] = RoomParticipant(number: joinedEver)
            count = participants.count
            return session
        }
        if count != nil { joined(peopleNames) }
        return RoomResponse(status: 303, contentType: "text/plain; charset=utf-8", body: [], headers: [
            "Location": "/",
            "Set-Cookie": "\(Self.cookieName)=\(session.value); Path=/; HttpOnly; SameSite=Strict",
        ])
    }

    /// Whether the room is closing: phones hear so, and nothing more is taken.
    private var closing = false

    /// The room closes: every phone waiting is told, and every request from now on.
    public func close() {
        lock.withLock { closing = true }
        changes.close()
        // What phones sent for hidden fields goes into the workshop: nothing acknowledged stays behind.
        for field in lock.withLock({ held.counts.keys.sorted() }) { reveal(field) }
        if lock.withLock({ held.cards.isEmpty }) { takenLog.remove() }
    }

    /// How many cards wait in each hidden field.
    public var heldCounts: [Int: Int] {
        lock.withLock { held.counts }
    }

    /// Hides a field's phone cards until revealed (silent brainstorming), or reveals them: all at once into the
    /// field, in the order they came.
    public func hide(_ field: Int, _ hidden: Bool) {
        if hidden {
            _ = lock.withLock { settings.hidden.insert(field) }
        } else {
            reveal(field)
        }
    }

    /// Writes a field's held cards into the workshop in one write, and shows the field's cards again.
    private func reveal(_ field: Int) {
        let waiting = lock.withLock {
            settings.hidden.remove(field)
            return held.waiting(in: field)
        }
        guard !waiting.isEmpty else { return }
        let edits = waiting.map { WorkshopEdit.add($0.card, topic: $0.field, column: $0.column) }
        guard case .written(let written) = writer.write({ _ in .success(edits) }) else {
            // Not written (the file is held back or gone): the cards keep waiting, the field stays hidden.
            _ = lock.withLock { settings.hidden.insert(field) }
            return
        }
        let counts = lock.withLock {
            held.written(Set(waiting.map(\.id)))
            workshop = written
            return held.counts
        }
        heldChanged(counts)
    }

    /// The answer when the room carries as many requests as it can.
    public func full() -> RoomResponse {
        problem(503, de: "Der Raum ist gerade voll – bitte gleich noch einmal", en: "The room is full just now – please try again in a moment")
    }

    /// Changes what the facilitator decided for the room.
    public func change(_ change: (inout RoomSettings) -> Void) {
        lock.withLock { change(&settings) }
    }

    /// A new join token: the old link lets nobody new in from now on; whoever joined stays in.
    public func renewToken() -> RoomToken {
        lock.withLock {
            token = RoomToken()
            return token
        }
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

    /// `/api/name`: `{"name"}`, cleaned and at most 40 characters; empty makes the participant a guest again.
    private func setName(_ request: RoomRequest, for session: RoomToken) -> RoomResponse {
        guard let sent = decode(RoomNameSubmission.self, request) else { return refused(request) }
        let name = String(RoomText.cleaned(sent.name).prefix(RoomText.nameLimit))
        let shown = lock.withLock {
            participants[session]?.chosenName = name.isEmpty ? nil : name
            return participants[session]?.name(guestWord: guestWord) ?? name
        }
        // The board's list of names follows.
        joined(peopleNames)
        return json(200, RoomNameSubmission(name: shown))
    }

    /// The answer to a body that is too large or not the JSON a route takes.
    func refused(_ request: RoomRequest) -> RoomResponse {
        request.body.count > Self.bodyLimit
            ? problem(413, de: "Zu groß: höchstens 16 KB", en: "Too large: at most 16 KB")
            : problem(400, de: "Die Anfrage ist kein gültiges JSON", en: "The request is not valid JSON")
    }

    /// A request's body as JSON of a type; nil when it is too large or not that JSON (see `refused`).
    func decode<T: Decodable>(_ type: T.Type, _ request: RoomRequest) -> T? {
        guard request.body.count <= Self.bodyLimit else { return nil }
        return try? JSONDecoder().decode(type, from: Data(request.body))
    }

    /// An answer as JSON.
    func json(_ status: Int, _ value: some Encodable) -> RoomResponse {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return RoomResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(data))
    }

    /// A refusal as JSON, `{"error": "…"}`, in the room's language.
    func problem(_ status: Int, de: String, en: String) -> RoomResponse {
        json(status, ["error": language.pick(de: de, en: en)])
    }
}

/// A request the room turns down, with its answer.
struct RoomRefusal: Error {
    let response: RoomResponse

    init(_ response: RoomResponse) {
        self.response = response
    }
}
