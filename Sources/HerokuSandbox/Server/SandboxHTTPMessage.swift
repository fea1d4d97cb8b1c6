/// A request as the router sees it (independent of NIO, so routing is testable directly).
struct SandboxHTTPRequest: Sendable {
    var method: String
    var path: String
    var query: String?
    var headers: [(name: String, value: String)]

    /// Splits a request target into path and query.
    init(method: String, target: String, headers: [(name: String, value: String)]) {
        self.method = method
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
        }
        self.headers = headers
    }

    /// The first header with that name (case-insensitive).
    func header(_ name: String) -> String? {
        firstHeader(name, in: headers)
    }
}

/// The value of the first header named `name` (case-insensitive).
private func firstHeader(_ name: String, in headers: [(name: String, value: String)]) -> String? {
    let lowered = name.lowercased()
    return headers.first { $0.name.lowercased() == lowered }?.value
}

/// A response the router produced, before it is written to the wire.
struct SandboxHTTPResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []
    /// Close the connection instead of answering.
    var dropConnection = false
    /// Wait this long before answering.
    var delay: Duration = .zero
    /// Send only this many body bytes, then close (the head announces the full length).
    var truncateAfterBytes: Int?

    init(status: Int, json: SandboxJSON) {
        self.status = status
        body = json.servedBytes
    }

    init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }

    /// A Heroku error response: `{"id": ..., "message": ...}`.
    static func error(_ status: Int, _ id: String, _ message: String) -> SandboxHTTPResponse {
        SandboxHTTPResponse(status: status, json: ["id": .string(id), "message": .string(message)])
    }

    /// Heroku's message for an empty rate-limit pool.
    static let rateLimitMessage =
        "Your account reached the API rate limit\nPlease wait a few minutes before making new requests"

    static func notFound(_ resource: String) -> SandboxHTTPResponse {
        SandboxHTTPResponse(status: 404, json: [
            "resource": .string(resource), "id": "not_found", "message": .string("Couldn't find that \(resource)."),
        ])
    }

    static let unknownEndpoint = error(
        404, "not_found",
        "The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), "
            + "and did you specify your intended version with the `Accept` header?")

    /// The error id Heroku uses for a status (for injected faults).
    static func errorID(for status: Int) -> String {
        switch status {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 402: "delinquent"
        case 403: "forbidden"
        case 404: "not_found"
        case 406: "not_acceptable"
        case 409: "conflict"
        case 410: "gone"
        case 416: "requested_range_not_satisfiable"
        case 422: "invalid_params"
        case 429: "rate_limit"
        case 503: "unavailable"
        default: "internal_server_error"
        }
    }

    /// The first header with that name (case-insensitive).
    func header(_ name: String) -> String? {
        firstHeader(name, in: headers)
    }

    mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
        headers.append((name, value))
    }
}
