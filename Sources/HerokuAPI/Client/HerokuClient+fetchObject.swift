import Foundation

extension HerokuClient {
    /// Fetches a single resource, such as `/account` or `/apps/{id}`.
    ///
    /// - Parameter path: the API path, starting with `/`.
    /// - Returns: the raw body with status, `Request-Id` and counters.
    /// - Throws: ``HerokuAPIError`` after the retries the configuration allows.
    public func fetchObject(path: String) async throws -> FetchedObject {
        try await fetchObject(path: path, pausing: true)
    }

    /// `pausing` false: sent even while the client pauses for the rate limit (a request that
    /// uses no token).
    private func fetchObject(path: String, pausing: Bool) async throws -> FetchedObject {
        var counters = RequestCounters()
        let response = try await perform(path: path, range: nil, pausing: pausing, counters: &counters)
        return FetchedObject(
            bytes: response.body, status: response.status, requestID: response.requestID,
            rateLimitRemaining: response.rateLimitRemaining.flatMap { Int($0.trimmingWhitespaceAndNewlines()) },
            etag: response.etag, contentType: response.contentType,
            requests: counters.requests, retries: counters.retries,
            waitedForRateLimit: counters.waitedForRateLimit)
    }

    /// The account's remaining rate-limit tokens, from `GET /account/rate-limits`
    /// (which does not use up a token, so it does not wait for a rate-limit pause).
    ///
    /// - Returns: the body's `remaining`, else the `RateLimit-Remaining` header, else `nil`.
    /// - Throws: ``HerokuAPIError`` when the request fails.
    public func rateLimitRemaining() async throws -> Int? {
        let object = try await fetchObject(path: "/account/rate-limits", pausing: false)
        if let json = try? JSONSerialization.jsonObject(with: Data(object.bytes)) as? [String: Any],
           let remaining = json["remaining"] as? NSNumber {
            return remaining.intValue
        }
        return object.rateLimitRemaining
    }
}
