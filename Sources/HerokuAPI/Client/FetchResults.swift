/// A page of a list as last fetched: the `Range` sent and the `ETag` received, for a later
/// conditional request.
public struct ConditionalPage: Sendable, Equatable {
    /// The `Range` header the page was requested with.
    public var range: String
    /// The `ETag` the page came with.
    public var etag: String

    /// Creates a conditional page.
    public init(range: String, etag: String) {
        self.range = range
        self.etag = etag
    }
}

/// What asking a list's pages again with their `ETag`s found
/// (``HerokuClient/recheckList(path:pages:)``).
public struct ListRecheck: Sendable {
    /// True when every page answered `304 Not Modified`.
    public var unchanged: Bool
    /// The requests the check made.
    public var stats: ListFetchStats
    /// The page that changed, as just received: the full fetch uses it when it reaches its
    /// `Range` (``HerokuClient/fetchList(path:sortField:startingWith:onPage:)``) instead of
    /// asking for it again.
    public var changedPage: ReceivedPage?

    /// Creates a result (no changed page).
    public init(unchanged: Bool, stats: ListFetchStats) {
        self.unchanged = unchanged
        self.stats = stats
    }
}

/// A list page already received, with the `Range` it was asked with.
public struct ReceivedPage: Sendable {
    /// The `Range` the page was asked with.
    public let range: String
    let response: RawResponse
    /// The page after it, already asked for (nil: the fetch asks when it gets there).
    var next: PrefetchedPage? = nil

    /// Whether a fetch took the check's request for the page after this one: that request
    /// is counted in the check's stats, not the fetch's.
    public var handedOverNext: Bool { next?.wasTaken ?? false }
}

/// One page of a list response: the raw JSON array bytes, not parsed here.
public struct ListPage: Sendable {
    /// The page number, starting at 0.
    public var index: Int
    /// The response body (a JSON array).
    public var bytes: [UInt8]
    /// 200 (last or only page) or 206 (more follow).
    public var status: Int
    /// The `Request-Id` response header.
    public var requestID: String?
    /// The `Range` header this page was requested with.
    public var range: String
    /// The `Next-Range` response header, `nil` on the last page.
    public var nextRange: String?
    /// The `ETag` response header, for a conditional request next time.
    public var etag: String?
    /// The time the list's requests had waited for the rate limit when this page arrived
    /// (this page's included), so a caller that fails on a page still knows it.
    public var waitedForRateLimitSoFar: Duration = .zero

    /// Creates a page (for fakes and tests; the client builds its own).
    public init(index: Int, bytes: [UInt8], status: Int = 200, requestID: String? = nil,
                range: String = "id ..; max=1000", nextRange: String? = nil) {
        self.index = index
        self.bytes = bytes
        self.status = status
        self.requestID = requestID
        self.range = range
        self.nextRange = nextRange
    }
}

/// Counters of one ``HerokuClient/fetchList(path:sortField:startingWith:onPage:)`` call.
public struct ListFetchStats: Sendable, Equatable {
    /// Pages delivered to `onPage`.
    public var pages: Int = 0
    /// HTTP requests sent, retries included.
    public var requests: Int = 0
    /// Requests that were repeated after a 5xx, 429, timeout or broken connection.
    public var retries: Int = 0
    /// Body bytes delivered to `onPage`.
    public var bytes: Int = 0
    /// Time spent waiting for the rate limit (429 waits and low-`RateLimit-Remaining` pauses).
    public var waitedForRateLimit: Duration = .zero

    /// Creates zeroed counters.
    public init() {}
}

/// The response to ``HerokuClient/fetchObject(path:)``.
public struct FetchedObject: Sendable {
    /// The response body (a JSON object for single-resource endpoints).
    public var bytes: [UInt8]
    /// The HTTP status (2xx).
    public var status: Int
    /// The `Request-Id` response header.
    public var requestID: String?
    /// The `RateLimit-Remaining` response header.
    public var rateLimitRemaining: Int?
    /// The `ETag` response header.
    public var etag: String?
    /// The `Content-Type` response header.
    public var contentType: String?
    /// HTTP requests sent, retries included.
    public var requests: Int
    /// Requests that were repeated.
    public var retries: Int
    /// Time spent waiting for the rate limit.
    public var waitedForRateLimit: Duration

    /// Creates a fetched object (for fakes and tests; the client builds its own).
    public init(bytes: [UInt8], status: Int = 200, requestID: String? = nil, rateLimitRemaining: Int? = nil,
                etag: String? = nil, contentType: String? = nil, requests: Int = 1, retries: Int = 0,
                waitedForRateLimit: Duration = .zero) {
        self.bytes = bytes
        self.status = status
        self.requestID = requestID
        self.rateLimitRemaining = rateLimitRemaining
        self.etag = etag
        self.contentType = contentType
        self.requests = requests
        self.retries = retries
        self.waitedForRateLimit = waitedForRateLimit
    }
}
