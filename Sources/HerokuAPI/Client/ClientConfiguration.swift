/// Tunables for ``HerokuClient``. The defaults suit the real Heroku API; tests shrink the
/// timeouts and inject a ``clock`` and ``jitter`` so they run fast and deterministically.
public struct ClientConfiguration: Sendable {
    /// Sent as `User-Agent`, e.g. `heroku-warehouse/0.1.0 (swift; linux)`.
    public var userAgent: String
    /// Objects per page, sent as `max=` in the `Range` header (Heroku allows at most 1000).
    public var pageSize: Int
    /// Time allowed for one request until the response head arrives, and the longest
    /// silence while reading a body.
    public var requestTimeout: Duration
    /// How many times one request may be retried after a 5xx, 429 or broken connection.
    public var maxRetries: Int
    /// The first backoff before jitter; it doubles on each retry.
    public var initialBackoff: Duration
    /// The longest backoff before jitter.
    public var maxBackoff: Duration
    /// The longest single wait for the rate limit (a 429's `Retry-After`, or a pause when
    /// `RateLimit-Remaining` runs low).
    public var maxWait: Duration
    /// Safety cap on the pages of one list.
    public var maxPages: Int
    /// The largest response body accepted, in bytes.
    public var maxBodyBytes: Int
    /// When `RateLimit-Remaining` on a response is below this floor (or is 0), the client
    /// pauses before its next request, about one ``rateLimitRefillInterval`` per missing token.
    /// The tokens below it are left to the account's other tools (`load --rate-limit-reserve`).
    public var rateLimitFloor: Int
    /// How long Heroku takes to refill one rate-limit token (4500 per hour: 0.8 s).
    public var rateLimitRefillInterval: Duration
    /// The clock every wait (backoff, `Retry-After`, rate-limit pause) sleeps on and every
    /// rate-limit reading is dated by; tests give one that moves only when slept on.
    public var clock: any Clock<Duration>
    /// Maps a backoff ceiling to the actual wait (full jitter: uniform in `0...ceiling`).
    public var jitter: @Sendable (Duration) -> Duration

    /// The default `User-Agent`.
    public static var defaultUserAgent: String {
        #if os(Linux)
        let os = "linux"
        #elseif os(macOS)
        let os = "macos"
        #else
        let os = "unknown"
        #endif
        return "heroku-warehouse/\(HerokuWarehouseVersion.current) (swift; \(os))"
    }

    /// Creates a configuration; every parameter has a production default.
    public init(
        userAgent: String = ClientConfiguration.defaultUserAgent,
        pageSize: Int = 1000,
        requestTimeout: Duration = .seconds(30),
        maxRetries: Int = 5,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(30),
        maxWait: Duration = .seconds(300),
        maxPages: Int = 10_000,
        maxBodyBytes: Int = 64 * 1024 * 1024,
        rateLimitFloor: Int = 0,
        rateLimitRefillInterval: Duration = .milliseconds(800),
        clock: any Clock<Duration> = ContinuousClock(),
        jitter: @escaping @Sendable (Duration) -> Duration = ClientConfiguration.fullJitter
    ) {
        self.userAgent = userAgent
        self.pageSize = max(1, pageSize)
        self.requestTimeout = requestTimeout
        self.maxRetries = max(0, maxRetries)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxWait = maxWait
        self.maxPages = max(1, maxPages)
        self.maxBodyBytes = max(1, maxBodyBytes)
        self.rateLimitFloor = max(0, rateLimitFloor)
        self.rateLimitRefillInterval = rateLimitRefillInterval
        self.clock = clock
        self.jitter = jitter
    }

    /// Full jitter: a uniformly random duration between zero and `ceiling`.
    public static let fullJitter: @Sendable (Duration) -> Duration = { ceiling in
        let seconds = ceiling / .seconds(1)
        guard seconds > 0 else { return .zero }
        return .seconds(Double.random(in: 0...seconds))
    }

    /// The backoff ceiling before the retry numbered `retry` (0 for the first retry):
    /// `initialBackoff × 2^retry`, at most `maxBackoff`.
    func backoffCeiling(retry: Int) -> Duration {
        let seconds = initialBackoff / .seconds(1) * pow2(min(retry, 62))
        return .seconds(min(seconds, maxBackoff / .seconds(1)))
    }

    private func pow2(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent { value *= 2 }
        return value
    }
}
