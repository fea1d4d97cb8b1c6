import Foundation

/// The protocol checks around routing, in Heroku's order: injected faults, Bearer auth
/// (not for `/addon-services`), the v3 `Accept` header, the rate limit (not for
/// `/account/rate-limits`), the method; then a stale-ETag fault's 304 or the route, the
/// common headers and the request log.
enum SandboxRequestPipeline {
    static let acceptedMediaType = "application/vnd.heroku+json; version=3"

    static func handle(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse {
        var response = respond(request, state: &state)
        finish(&response, request: request, state: &state)
        var record = SandboxRequestRecord(
            method: request.method, path: request.path, range: request.header("Range"),
            status: response.dropConnection ? 0 : response.status, timestamp: Date())
        record.query = request.query
        state.requests.append(record)
        return response
    }

    private static func respond(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse {
        let fault = state.firingFault(for: request)
        var response: SandboxHTTPResponse
        if let fault, let injected = injectedResponse(fault) {
            response = injected
        } else if let failure = check(request, state: &state) {
            response = failure
        } else if let fault, fault.staleETags, let etag = request.header("If-None-Match") {
            // Heroku's stale ETags: "not modified", whatever the list now holds.
            response = SandboxHTTPResponse(status: 304, body: [])
            response.setHeader("ETag", etag)
        } else {
            response = SandboxRouter.route(request, state: &state)
            if let fault { alter(&response, by: fault, request: request) }
        }
        if let message = fault?.warningMessage { response.setHeader("Warning-Message", message) }
        response.delay = state.configuration.latency + (fault?.delay ?? .zero)
        return response
    }

    /// The response a fault answers with instead of the checks and the route, or nil: a
    /// dropped connection, or its ``SandboxFault/status``.
    private static func injectedResponse(_ fault: SandboxFault) -> SandboxHTTPResponse? {
        if fault.dropConnection {
            var response = SandboxHTTPResponse(status: 0, body: [])
            response.dropConnection = true
            return response
        }
        guard let status = fault.status else { return nil }
        let body = fault.body ?? ["id": .string(SandboxHTTPResponse.errorID(for: status)),
                                  "message": "Injected fault from the Heroku sandbox."]
        var response = fault.rawBody.map { SandboxHTTPResponse(status: status, body: Array($0.utf8)) }
            ?? SandboxHTTPResponse(status: status, json: body)
        if let retryAfter = fault.retryAfter { response.setHeader("Retry-After", String(retryAfter)) }
        return response
    }

    /// Applies a fault that lets the request through to its routed response.
    private static func alter(_ response: inout SandboxHTTPResponse, by fault: SandboxFault,
                              request: SandboxHTTPRequest) {
        if fault.loopNextRange || fault.dropNextRange {
            response.status = 206
            response.headers.removeAll { $0.name.lowercased() == "next-range" }
            if fault.loopNextRange { response.setHeader("Next-Range", request.header("Range") ?? "id ..; max=1000") }
        }
        if let cut = fault.truncateAfterBytes {
            response.truncateAfterBytes = cut
        }
    }

    /// The error response for a request that fails a protocol check, or nil.
    private static func check(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse? {
        let isPublic = request.path == "/addon-services" || request.path.hasPrefix("/addon-services/")
        if !isPublic {
            guard request.header("Authorization") == "Bearer \(state.configuration.apiKey)" else {
                return .error(401, "unauthorized", "Invalid credentials provided.")
            }
        }
        guard let accept = request.header("Accept"), accept.contains(acceptedMediaType) else {
            return .error(406, "not_acceptable",
                          "The requested API version is not supported. Please send `Accept: \(acceptedMediaType)`.")
        }
        if request.path != "/account/rate-limits" {
            guard state.rateLimiter.take() else {
                var response = SandboxHTTPResponse.error(429, "rate_limit", SandboxHTTPResponse.rateLimitMessage)
                if state.configuration.rateLimitSendsRetryAfter {
                    response.setHeader("Retry-After", String(state.rateLimiter.retryAfterSeconds))
                }
                return response
            }
        }
        guard request.method == "GET" else {
            var response = SandboxHTTPResponse.error(405, "method_not_allowed",
                                                     "The sandbox only serves GET requests.")
            response.setHeader("Allow", "GET")
            return response
        }
        return nil
    }

    /// Adds the headers every response carries, and answers 304 to a matching `If-None-Match`.
    ///
    /// The `ETag` is FNV-1a of the body alone (unless a stale-ETag fault already set one): not
    /// of the status nor of `Next-Range`. So a full page (`max` objects) keeps its ETag when
    /// objects are appended after it: what was the list's last page (200, no `Next-Range`)
    /// becomes a 206 with a `Next-Range`, yet still answers 304 to its stored ETag, as a 304
    /// from Heroku on such a page says nothing about objects after it. The 304 keeps the
    /// headers the 200 or 206 would have carried (`Content-Range`, `Next-Range`), which real
    /// Heroku is not known to send; a client must not count on them.
    private static func finish(_ response: inout SandboxHTTPResponse, request: SandboxHTTPRequest,
                               state: inout SandboxState) {
        guard !response.dropConnection else { return }
        let etag = response.header("ETag") ?? "\"\(fnv1a(response.body))\""
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        response.setHeader("Request-Id", UUID().uuidString.lowercased())
        response.setHeader("RateLimit-Remaining", String(state.rateLimiter.remaining()))
        response.setHeader("Ratelimit-Multiplier", "1")
        response.setHeader("ETag", etag)
        if response.status == 200 || response.status == 206, request.header("If-None-Match") == etag {
            response.status = 304
            response.body = []
        }
    }

    /// FNV-1a 64-bit, as 16 hex digits.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        let hex = String(SandboxFormat.fnv1a(bytes), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
