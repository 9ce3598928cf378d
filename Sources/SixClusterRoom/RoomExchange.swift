/// One request as the room sees it, whatever server carried it.
public struct RoomRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The query's parameters.
    public var query: [String: String]
    /// The `Cookie` header, if any.
    public var cookie: String?
    /// The body (the server reads at most `RoomHandler.bodyLimit` + 1 bytes of it).
    public var body: [UInt8]

    /// A request.
    public init(method: String, path: String, query: [String: String] = [:], cookie: String? = nil, body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.cookie = cookie
        self.body = body
    }
}

/// The room's answer: a status, headers, a body.
public struct RoomResponse: Equatable, Sendable {
    public var status: Int
    /// Headers besides the ones every answer carries (content type, security headers).
    public var headers: [String: String]
    public var contentType: String
    public var body: [UInt8]

    /// An answer.
    public init(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// The body as text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The headers every answer of the room carries: only its own scripts and styles, no guessing of types, no
    /// address passed on, nothing cached.
    public static let securityHeaders = [
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    ]

    /// All headers to send: the answer's own, the content type and the security headers.
    public var allHeaders: [String: String] {
        headers.merging(Self.securityHeaders) { own, _ in own }.merging(["Content-Type": contentType]) { own, _ in own }
    }
}
