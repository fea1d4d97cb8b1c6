/// A failure the sandbox injects into matching requests, to exercise a client's retries.
public struct SandboxFault: Sendable {
    /// When a fault applies.
    public enum Trigger: Sendable, Hashable {
        /// The next `n` matching requests.
        case times(Int)
        /// Each matching request with this probability (seeded, so runs are reproducible).
        case probability(Double)
        /// Every matching request until ``SandboxServer/clearFaults()``.
        case always
    }

    /// Requests whose path starts with this prefix match (`"/"` matches everything).
    public var pathPrefix: String
    /// The status to answer with; nil answers normally (useful with ``delay`` alone).
    public var status: Int?
    /// When the fault applies.
    public var trigger: Trigger
    /// The body; nil means a Heroku error object `{"id": ..., "message": ...}` for ``status``.
    public var body: SandboxJSON?
    /// Close the connection without any response.
    public var dropConnection: Bool
    /// Wait this long before answering (or dropping).
    public var delay: Duration?
    /// `Retry-After` header value to send (e.g. with 429 or 503).
    public var retryAfter: Int?
    /// Matching requests let through untouched before the fault starts (e.g. 1 to hit the
    /// second page of a list).
    public var skipFirst: Int
    /// A body sent exactly as given (not JSON-encoded), e.g. `"<html>"` or `"[{\"id\":"`.
    public var rawBody: String?
    /// Answer normally, but cut the body after this many bytes and close the connection
    /// (the headers announce the full length): a connection dropped mid-body.
    public var truncateAfterBytes: Int?
    /// Answer normally, but with 206 and a `Next-Range` equal to the request's own `Range`,
    /// so a client that follows it blindly loops forever.
    public var loopNextRange: Bool
    /// Answer normally, but with 206 and no `Next-Range`: a list cut short with no way to go
    /// on (reported of Heroku's `/apps` sorted by `name`).
    public var dropNextRange: Bool
    /// Answer `304 Not Modified` to every request carrying `If-None-Match` (echoing that
    /// value as the `ETag`, with an empty body) whatever the data now is: Heroku's stale
    /// ETags on paginated lists (platform-api issue #73). Only requests with `If-None-Match`
    /// match such a fault; the protocol checks (auth, rate limit) still come first, and
    /// ``status``, when set, wins.
    public var staleETags: Bool
    /// Send `Warning-Message: <text>` with the response, as Heroku announces deprecations.
    /// Only the first matching fault fires: to send a warning with another fault's answer,
    /// set both on one fault.
    public var warningMessage: String?

    /// Creates a fault.
    public init(pathPrefix: String, status: Int? = 500, trigger: Trigger = .times(1), body: SandboxJSON? = nil,
                dropConnection: Bool = false, delay: Duration? = nil, retryAfter: Int? = nil, skipFirst: Int = 0,
                rawBody: String? = nil, truncateAfterBytes: Int? = nil, loopNextRange: Bool = false,
                dropNextRange: Bool = false, staleETags: Bool = false, warningMessage: String? = nil) {
        self.skipFirst = skipFirst
        self.staleETags = staleETags
        self.warningMessage = warningMessage
        self.dropNextRange = dropNextRange
        self.rawBody = rawBody
        self.truncateAfterBytes = truncateAfterBytes
        self.loopNextRange = loopNextRange
        self.pathPrefix = pathPrefix
        self.status = status
        self.trigger = trigger
        self.body = body
        self.dropConnection = dropConnection
        self.delay = delay
        self.retryAfter = retryAfter
    }
}

extension SandboxFault {
    /// Whether `request` is one this fault applies to: its path starts with ``pathPrefix``
    /// and, for ``staleETags``, it carries `If-None-Match`.
    func matches(_ request: SandboxHTTPRequest) -> Bool {
        request.path.hasPrefix(pathPrefix) && (!staleETags || request.header("If-None-Match") != nil)
    }
}
