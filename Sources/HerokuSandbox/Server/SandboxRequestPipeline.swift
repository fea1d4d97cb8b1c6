import Foundation

/// The protocol checks around routing, in Heroku's order: injected faults, Bearer auth
/// (not for `/addon-services`), the v3 `Accept` header, the rate limit (not for
/// `/account/rate-limits`), the method; then the common headers and the request log.
enum SandboxRequestPipeline {
    static let acceptedMediaType = "application/vnd.heroku+json; version=3"

    static func handle(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse {
        var response = respond(request, state: &state)
        finish(&response, request: request, state: &state)
        state.requests.append(SandboxRequestRecord(
            method: request.method, path: request.path, range: request.header("Range"),
            status: response.dropConnection ? 0 : response.status, timestamp: Date()))
        return response
    }

    private static func respond(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse {
        var delay = state.configuration.latency
        let firing = state.firingFault(for: request.path)
        if let fault = firing {
            delay += fault.delay ?? .zero
            if fault.dropConnection {
                var response = SandboxHTTPResponse(status: 0, body: [])
                response.dropConnection = true
                response.delay = delay
                return response
            }
            if let status = fault.status {
                let body = fault.body ?? ["id": .string(SandboxHTTPResponse.errorID(for: status)),
                                          "message": "Injected fault from the Heroku sandbox."]
                var response = fault.rawBody.map { SandboxHTTPResponse(status: status, body: Array($0.utf8)) }
                    ?? SandboxHTTPResponse(status: status, json: body)
                if let retryAfter = fault.retryAfter { response.setHeader("Retry-After", String(retryAfter)) }
                response.delay = delay
                return response
            }
        }
        var response: SandboxHTTPResponse
        if let failure = check(request, state: &state) {
            response = failure
        } else {
            response = SandboxRouter.route(request, state: &state)
            if let fault = firing, fault.loopNextRange || fault.dropNextRange {
                response.status = 206
                response.headers.removeAll { $0.name.lowercased() == "next-range" }
                if fault.loopNextRange { response.setHeader("Next-Range", request.header("Range") ?? "id ..; max=1000") }
            }
            if let fault = firing, let cut = fault.truncateAfterBytes {
                response.truncateAfterBytes = cut
            }
        }
        response.delay = delay
        return response
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
                var response = SandboxHTTPResponse.error(
                    429, "rate_limit",
                    "Your account reached the API rate limit\nPlease wait a few minutes before making new requests")
                response.setHeader("Retry-After", String(state.rateLimiter.retryAfterSeconds))
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
    private static func finish(_ response: inout SandboxHTTPResponse, request: SandboxHTTPRequest,
                               state: inout SandboxState) {
        guard !response.dropConnection else { return }
        let etag = "\"\(fnv1a(response.body))\""
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
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
