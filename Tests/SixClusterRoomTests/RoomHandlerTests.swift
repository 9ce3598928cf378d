import Foundation
import Testing
import SixClusterFiles
import SixClusterModel
import SixClusterRoom
import SixClusterTestSupport

@Suite("The room's rules: joining, reading, sending, and bad input")
struct RoomHandlerTests {
    /// A room on a copy of the bicycle workshop, its token, and the file.
    private func room() throws -> (RoomHandler, RoomToken, URL) {
        let copy = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml")
        let token = RoomToken()
        return (RoomHandler(file: SharedWorkshopFile(path: copy.path, language: .de), token: token, language: .de), token, copy)
    }

    /// Joins with the token; the cookie header the browser sends from then on.
    private func join(_ room: RoomHandler, _ token: RoomToken) throws -> String {
        let answer = room.respond(to: RoomRequest(method: "GET", path: "/join", query: ["t": token.value]), now: 0)
        #expect(answer.status == 303 && answer.headers["Location"] == "/")
        let cookie = try #require(answer.headers["Set-Cookie"])
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        return String(cookie.split(separator: ";")[0])
    }

    private func send(_ room: RoomHandler, _ cookie: String, _ json: String, at now: Double = 0) -> RoomResponse {
        room.respond(to: RoomRequest(method: "POST", path: "/api/cards", cookie: cookie, body: Array(json.utf8)), now: now)
    }

    @Test("the token opens the room once as a session cookie; without it, or with a wrong one, 403 and no data")
    func joining() throws {
        let (room, token, _) = try room()
        for request in [RoomRequest(method: "GET", path: "/join", query: ["t": RoomToken().value]),
                        RoomRequest(method: "GET", path: "/join"), RoomRequest(method: "GET", path: "/"),
                        RoomRequest(method: "GET", path: "/api/state", cookie: "sixcluster-room=\(token.value)")] {
            let answer = room.respond(to: request, now: 0)
            #expect(answer.status == 403)
            #expect(!answer.text.contains("Kundenbedürfnisse") && !answer.text.contains(token.value))
        }
        let cookie = try join(room, token)
        #expect(!cookie.contains(token.value), "the session is not the token")
        let page = room.respond(to: RoomRequest(method: "GET", path: "/", cookie: cookie), now: 0)
        #expect(page.status == 200 && page.contentType.hasPrefix("text/html") && !page.text.contains(token.value))
        let state = room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: cookie), now: 0)
        #expect(state.status == 200 && state.text.contains("\"you\":\"Gast 1\"") && state.text.contains("Kundenbedürfnisse"))
        #expect(room.joinedCount == 1)
    }

    @Test("every answer carries the security headers; unknown paths are 404, wrong methods 405, no listing")
    func headersAndRoutes() throws {
        let (room, token, _) = try room()
        let cookie = try join(room, token)
        for (method, path, status) in [("GET", "/nothing", 404), ("GET", "/..%2f", 404), ("DELETE", "/api/cards", 405),
                                       ("POST", "/join", 405), ("GET", "/room.js", 200), ("GET", "/room.css", 200)] {
            let answer = room.respond(to: RoomRequest(method: method, path: path, cookie: cookie), now: 0)
            #expect(answer.status == status, "\(method) \(path)")
            #expect(answer.allHeaders["Content-Security-Policy"]?.hasPrefix("default-src 'self'") == true)
            #expect(answer.allHeaders["X-Content-Type-Options"] == "nosniff" && answer.allHeaders["Referrer-Policy"] == "no-referrer")
            #expect(!answer.text.contains("/tmp") && !answer.text.contains(".yaml"))
        }
    }

    @Test("a card goes into the file with the participant's name; markup stays text, control, bidi and zero-width characters go")
    func addsCard() throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        let named = room.respond(to: RoomRequest(method: "POST", path: "/api/name", cookie: cookie, body: Array(#"{"name":"Jörg\u0007 M."}"#.utf8)), now: 0)
        #expect(named.text == #"{"name":"Jörg M."}"#)
        let answer = send(room, cookie, #"{"id":"c1","field":7,"column":"soll","text":"<script>x</script> Lie\u200Bferung\u202E\nin 2 Tagen"}"#)
        #expect(answer.status == 201)
        let card = try #require(WorkshopFiles.read(file)[topic: 7].soll.last)
        #expect(card.text == "<script>x</script> Lieferung in 2 Tagen")
        #expect(card.author == "Jörg M.")
    }

    @Test("the same submission sent again is taken once")
    func idempotent() throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        let before = try WorkshopFiles.read(file)[topic: 3].ist.count
        #expect(send(room, cookie, #"{"id":"same","field":3,"column":"ist","text":"Beratung im Laden"}"#).status == 201)
        let again = send(room, cookie, #"{"id":"same","field":3,"column":"ist","text":"Beratung im Laden"}"#)
        #expect(again.status == 200 && again.text.contains("known"))
        #expect(try WorkshopFiles.read(file)[topic: 3].ist.count == before + 1)
    }

    @Test("bad input gets a clear answer and changes nothing", arguments: [
        (#"{"id":"x","field":7,"column":"soll","text":"#, 400, "kein gültiges JSON"),
        (#"[1,2]"#, 400, "kein gültiges JSON"),
        (#"{"id":"x","field":21,"column":"soll","text":"a"}"#, 422, "Kein Feld „21“"),
        (#"{"id":"x","field":7,"column":"mitte","text":"a"}"#, 422, "keine Spalte"),
        (#"{"id":"x","field":7,"column":"soll","text":" \u200B\n "}"#, 422, "leer"),
        (#"{"id":"x","field":7,"column":"soll","text":""# + String(repeating: "a", count: 501) + #""}"#, 422, "höchstens 500 Zeichen"),
        (#"{"id":"x","field":7,"column":"soll","text":""# + String(repeating: "a", count: 17_000) + #""}"#, 413, "16 KB"),
    ])
    func badInput(body: String, status: Int, says: String) throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        let before = try Data(contentsOf: file)
        let answer = send(room, cookie, body)
        #expect(answer.status == status)
        #expect(answer.text.contains(says), "\(answer.text)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("more cards a minute than a person types are refused politely, and taken again a minute later")
    func rateLimit() throws {
        let (room, token, _) = try room()
        let cookie = try join(room, token)
        for number in 0..<RoomHandler.cardsPerMinute {
            #expect(send(room, cookie, #"{"id":"n\#(number)","field":5,"column":"ist","text":"Karte \#(number)"}"#, at: 10).status == 201)
        }
        let refused = send(room, cookie, #"{"id":"over","field":5,"column":"ist","text":"eine zu viel"}"#, at: 30)
        #expect(refused.status == 429 && refused.text.contains("bitte kurz warten"))
        #expect(send(room, cookie, #"{"id":"over","field":5,"column":"ist","text":"eine zu viel"}"#, at: 71).status == 201)
    }

    private func post(_ room: RoomHandler, _ cookie: String, _ path: String, _ json: String) -> RoomResponse {
        room.respond(to: RoomRequest(method: "POST", path: path, cookie: cookie, body: Array(json.utf8)), now: 0)
    }

    @Test("a participant changes and deletes their own cards, and nobody else's")
    func ownCards() throws {
        let (room, token, file) = try room()
        let (mine, theirs) = (try join(room, token), try join(room, token))
        #expect(send(room, mine, #"{"id":"m1","field":4,"column":"ist","text":"Kunden vergessen Maße"}"#).status == 201)
        let state = room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: mine), now: 0).text
        #expect(!state.contains(#""mine":"m1""#), "field 4 is not presented")
        #expect(post(room, theirs, "/api/cards/edit", #"{"id":"m1","text":"fremd"}"#).status == 404, "not theirs")
        #expect(post(room, mine, "/api/cards/edit", #"{"id":"m1","text":"Kunden vergessen oft die Maße"}"#).status == 200)
        #expect(try WorkshopFiles.read(file)[topic: 4].ist.map(\.text).contains("Kunden vergessen oft die Maße"))
        #expect(post(room, mine, "/api/cards/edit", #"{"id":"m1","text":" "}"#).status == 422, "empty")
        #expect(post(room, theirs, "/api/cards/delete", #"{"id":"m1"}"#).status == 404)
        #expect(post(room, mine, "/api/cards/delete", #"{"id":"m1"}"#).status == 200)
        #expect(!(try WorkshopFiles.read(file)[topic: 4].ist.map(\.text).contains("Kunden vergessen oft die Maße")))
        #expect(post(room, mine, "/api/cards/delete", #"{"id":"m1"}"#).status == 404, "gone")
    }

    @Test("dots go on Soll cards up to the limit per person, are taken back only where given, and land in the file")
    func dots() throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        let target = try #require(WorkshopFiles.read(file)[topic: 1].soll.first)
        let dot = { (dots: Int) in
            post(room, cookie, "/api/dots", #"{"field":1,"text":"\#(target.text)","by":null,"dots":\#(dots)}"#)
        }
        #expect(dot(-1).status == 409, "nothing to take back")
        for left in [2, 1, 0] {
            let answer = dot(1)
            #expect(answer.status == 200 && answer.text == #"{"dotsLeft":\#(left)}"#, "\(answer.text)")
        }
        let refused = dot(1)
        #expect(refused.status == 409 && refused.text.contains("Alle 3 Punkte"))
        #expect(try WorkshopFiles.read(file)[topic: 1].soll.first?.votes == target.votes + 3)
        #expect(dot(-1).status == 200)
        #expect(try WorkshopFiles.read(file)[topic: 1].soll.first?.votes == target.votes + 2)
        #expect(dot(2).status == 422, "one at a time")
        let state = room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: cookie), now: 0).text
        #expect(state.contains(#""dotsLeft":1"#) && state.contains(#""myDots":2"#))
    }

    @Test("a closed room answers every participant's request with 410 and takes nothing more")
    func closed() throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        let before = try Data(contentsOf: file)
        room.close()
        let answer = send(room, cookie, #"{"id":"late","field":2,"column":"ist","text":"zu spät"}"#)
        #expect(answer.status == 410 && answer.text.contains("Der Raum ist geschlossen"))
        #expect(room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: cookie), now: 0).status == 410)
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("silent brainstorming: a hidden field's cards wait beside the file, each author sees only their own count, all come in at once when revealed")
    func hiddenUntilRevealed() throws {
        let (room, token, file) = try room()
        let (anna, ben) = (try join(room, token), try join(room, token))
        room.hide(1, true)
        let before = try Data(contentsOf: file)
        #expect(send(room, anna, #"{"id":"h1","field":1,"column":"ist","text":"Erste Idee"}"#).text.contains("held"))
        #expect(send(room, ben, #"{"id":"h2","field":1,"column":"soll","text":"Zweite Idee"}"#).text.contains("held"))
        #expect(send(room, anna, #"{"id":"h3","field":1,"column":"ist","text":"Dritte Idee"}"#).status == 201)
        #expect(try Data(contentsOf: file) == before, "nothing in the workshop yet")
        #expect(room.heldCounts == [1: 3])
        let state = room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: anna), now: 0).text
        #expect(state.contains(#""hidden":true"#) && state.contains(#""myHeld":["Erste Idee","Dritte Idee"]"#) && !state.contains("Zweite Idee"))
        let waiting = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).sixcluster-room-held")
        #expect(FileManager.default.fileExists(atPath: waiting.path), "kept beside the file before the phone hears")
        // A room opened again (after a crash) finds them waiting, the field still hidden.
        let again = RoomHandler(file: SharedWorkshopFile(path: file.path, language: .de), token: RoomToken(), language: .de)
        #expect(again.heldCounts == [1: 3])
        room.hide(1, false)
        let field = try WorkshopFiles.read(file)[topic: 1]
        #expect(Array(field.ist.suffix(2).map(\.text)) == ["Erste Idee", "Dritte Idee"] && field.soll.last?.text == "Zweite Idee")
        #expect(field.ist.last?.author == "Gast 1")
        #expect(room.heldCounts.isEmpty && !FileManager.default.fileExists(atPath: waiting.path))
    }

    @Test("a room that closes reveals what it held: nothing acknowledged stays behind")
    func closingReveals() throws {
        let (room, token, file) = try room()
        let cookie = try join(room, token)
        room.hide(6, true)
        #expect(send(room, cookie, #"{"id":"c1","field":6,"column":"soll","text":"Noch verdeckt"}"#).status == 201)
        room.close()
        #expect(try WorkshopFiles.read(file)[topic: 6].soll.last?.text == "Noch verdeckt")
    }

    @Test("the facilitator takes somebody out: their cookie lets them in no more, their cards stay, no guest number comes twice")
    func removeParticipant() throws {
        let copy = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml")
        let token = RoomToken()
        let heard = Heard()
        let room = RoomHandler(file: SharedWorkshopFile(path: copy.path, language: .de), token: token, language: .de) { heard.names = $0 }
        let anna = try join(room, token), guest = try join(room, token)
        #expect(post(room, anna, "/api/name", #"{"name":"Anna"}"#).status == 200)
        #expect(heard.names == ["Anna", "Gast 2"] && room.peopleNames == ["Anna", "Gast 2"], "the board hears names as they change")
        #expect(send(room, guest, #"{"id":"g-1","field":1,"column":"ist","text":"Bleibt da"}"#).status == 201)
        #expect(room.remove(named: "Gast 2") == 1 && room.remove(named: "Niemand") == 0)
        #expect(heard.names == ["Anna"])
        let refused = room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: guest), now: 0)
        #expect(refused.status == 403)
        #expect(send(room, guest, #"{"id":"g-2","field":1,"column":"ist","text":"Nicht mehr"}"#).status == 403)
        let texts = try WorkshopFiles.read(copy)[topic: 1].ist.map(\.text)
        #expect(texts.contains("Bleibt da") && !texts.contains("Nicht mehr"), "their cards stay")
        _ = try join(room, token)
        #expect(room.peopleNames == ["Anna", "Gast 3"], "a new guest is not a second Gast 2")
        #expect(room.respond(to: RoomRequest(method: "GET", path: "/api/state", cookie: anna), now: 0).status == 200)
    }

    @Test("the whole board as a poster for the phones: an SVG image of the file as it is, only for those in the room")
    func poster() throws {
        let (room, token, _) = try room()
        #expect(room.respond(to: RoomRequest(method: "GET", path: "/poster.svg"), now: 0).status == 403)
        let cookie = try join(room, token)
        #expect(send(room, cookie, #"{"id":"p-1","field":8,"column":"ist","text":"<script>alert(1)</script> & mehr"}"#).status == 201)
        let answer = room.respond(to: RoomRequest(method: "GET", path: "/poster.svg", query: ["lang": "en"], cookie: cookie), now: 0)
        #expect(answer.status == 200 && answer.contentType.hasPrefix("image/svg+xml"))
        #expect(answer.text.hasPrefix("<?xml") && answer.text.contains("&lt;script&gt;alert(1)") && answer.text.contains("&amp; mehr"))
        #expect(answer.text.contains("CUSTOMER") && !answer.text.contains("<script>"), "the poster's own words in the language asked for")
        #expect(answer.allHeaders["Content-Security-Policy"]?.hasPrefix("default-src 'self'") == true)
        #expect(room.respond(to: RoomRequest(method: "POST", path: "/poster.svg", cookie: cookie), now: 0).status == 405)
    }

    @Test("a card whose write a killed room had begun is taken once when sent again: found in the file by its noted fingerprint")
    func resentAfterKill() throws {
        let copy = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml")
        // The room before was killed after writing "Schon da" and before noting its id; "Nie geschrieben" it had
        // only begun.
        var workshop = try WorkshopFiles.read(copy)
        workshop[topic: 5].ist.append(Card("Schon da", author: "Gast 4"))
        try WorkshopEncoder().encode(workshop).write(to: copy, atomically: true, encoding: .utf8)
        let log = copy.deletingLastPathComponent().appendingPathComponent("." + copy.lastPathComponent + ".sixcluster-room-taken")
        try "? k-1 5 ist \(Fingerprint.stable("Schon da"))\n? k-2 5 ist \(Fingerprint.stable("Nie geschrieben"))\nk-0\n"
            .write(to: log, atomically: true, encoding: .utf8)
        let token = RoomToken()
        let room = RoomHandler(file: SharedWorkshopFile(path: copy.path, language: .de), token: token, language: .de)
        let cookie = try join(room, token)
        let again = send(room, cookie, #"{"id":"k-1","field":5,"column":"ist","text":"Schon da"}"#)
        #expect(again.status == 200 && again.text.contains("known"), "found in the file, not written twice")
        #expect(send(room, cookie, #"{"id":"k-2","field":5,"column":"ist","text":"Nie geschrieben"}"#).status == 201)
        #expect(send(room, cookie, #"{"id":"k-0","field":5,"column":"ist","text":"Längst da"}"#).text.contains("known"))
        let texts = try WorkshopFiles.read(copy)[topic: 5].ist.map(\.text)
        #expect(texts.filter { $0 == "Schon da" }.count == 1 && texts.filter { $0 == "Nie geschrieben" }.count == 1)
        #expect(!texts.contains("Längst da"))
        let noted = try String(contentsOf: log, encoding: .utf8)
        #expect(noted.contains("\nk-1\n") && !noted.contains("Schon da"), "ids and fingerprints, no card text")
    }

    @Test("the token is 128 random bits as 32 hex digits, compared whole")
    func token() {
        let (a, b) = (RoomToken(), RoomToken())
        #expect(a != b && a.value.count == 32)
        #expect(RoomToken(a.value) == a && RoomToken("xyz") == nil)
        #expect(a.matches(a.value) && !a.matches(b.value) && !a.matches(String(a.value.dropLast())))
    }
}

/// What the room told its board, for a test to look at.
private final class Heard: @unchecked Sendable {
    var names: [String] = []
}
