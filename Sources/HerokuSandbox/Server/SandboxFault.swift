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

    /// Creates a fault.
    public init(pathPrefix: String, status: Int? = 500, trigger: Trigger = .times(1), body: SandboxJSON? = nil,
                dropConnection: Bool = false, delay: Duration? = nil, retryAfter: Int? = nil, skipFirst: Int = 0,
                rawBody: String? = nil, truncateAfterBytes: Int? = nil, loopNextRange: Bool = false,
                dropNextRange: Bool = false) {
        self.skipFirst = skipFirst
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
