/// Faults that make the sandbox answer the way real Heroku does where it is less honest
/// than a fake (stale ETags, 429s without `Retry-After`, deprecation headers).
extension SandboxFault {
    /// Every request under `pathPrefix` carrying `If-None-Match` answers `304 Not Modified`
    /// with that same `ETag`, whatever the data now is (platform-api issue #73); requests
    /// without it answer normally.
    ///
    /// ```swift
    /// server.inject(.staleETags(pathPrefix: "/apps"))
    /// ```
    public static func staleETags(pathPrefix: String = "/", trigger: Trigger = .always) -> SandboxFault {
        SandboxFault(pathPrefix: pathPrefix, status: nil, trigger: trigger, staleETags: true)
    }

    /// `429 {"id": "rate_limit", ...}` without `Retry-After`, as real Heroku usually answers
    /// an empty pool: for the next `n` requests (`.times(n)`) or each one with a probability
    /// (`.probability(p)`).
    ///
    /// ```swift
    /// server.inject(.rateLimitedWithoutRetryAfter(trigger: .times(3)))
    /// ```
    public static func rateLimitedWithoutRetryAfter(pathPrefix: String = "/",
                                                    trigger: Trigger = .times(1)) -> SandboxFault {
        SandboxFault(pathPrefix: pathPrefix, status: 429, trigger: trigger,
                     body: ["id": "rate_limit", "message": .string(SandboxHTTPResponse.rateLimitMessage)],
                     retryAfter: nil)
    }

    /// Matching requests answer normally, with `Warning-Message: <message>`: the header
    /// Heroku announces deprecations in.
    ///
    /// ```swift
    /// server.inject(.deprecationWarning("This endpoint is deprecated.", pathPrefix: "/apps"))
    /// ```
    public static func deprecationWarning(_ message: String, pathPrefix: String = "/",
                                          trigger: Trigger = .always) -> SandboxFault {
        SandboxFault(pathPrefix: pathPrefix, status: nil, trigger: trigger, warningMessage: message)
    }
}
