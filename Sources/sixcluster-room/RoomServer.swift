import FlyingFox
import Foundation
import SixClusterRoom

/// The room's web server: FlyingFox carries each request to the room's rules (`RoomHandler`) and its answer back.
/// It reads at most a little more than the room's body limit of any request, and logs nothing (a join link holds
/// the token).
struct RoomServer: HTTPHandler {
    let room: RoomHandler

    /// Requests the room carries at once (each phone keeps one waiting for the next change); more are turned away.
    static let requestLimit = 400
    let inFlight = RoomRequestCount()

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard inFlight.enter(limit: Self.requestLimit) else {
            return response(room.full())
        }
        defer { inFlight.leave() }
        var body: [UInt8] = []
        if let length = request.headers[.contentLength].flatMap(Int.init), length > RoomHandler.bodyLimit {
            body = Array(repeating: 0, count: RoomHandler.bodyLimit + 1)
        } else {
            for try await chunk in request.bodySequence {
                body += chunk
                if body.count > RoomHandler.bodyLimit { break }
            }
        }
        let query = Dictionary(request.query.map { ($0.name, $0.value) }) { first, _ in first }
        let exchange = RoomRequest(method: request.method.rawValue, path: request.path, query: query,
                                   cookie: request.headers[HTTPHeader("Cookie")], body: body)
        // A participant's phone that has a state asks for the next one: the answer waits for a change, at most 20
        // seconds. Nobody else is kept waiting.
        if request.method == .GET, request.path == "/api/state", let after = query["after"].flatMap(Int.init), room.admits(exchange) {
            _ = await room.changes.wait(after: after, seconds: 20)
        }
        // The room's rules read and write files and wait for the room's writer: off the few threads that carry
        // the connections.
        let room = room
        let answer = await withCheckedContinuation { (done: CheckedContinuation<RoomResponse, Never>) in
            DispatchQueue.global().async { done.resume(returning: room.respond(to: exchange, now: ProcessInfo.processInfo.systemUptime)) }
        }
        return response(answer)
    }

    /// The room's answer as FlyingFox sends it.
    private func response(_ answer: RoomResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in answer.allHeaders { headers[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers,
                            body: Data(answer.body))
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 303: "See Other"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 409: "Conflict"
        case 410: "Gone"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        default: "Service Unavailable"
        }
    }
}
