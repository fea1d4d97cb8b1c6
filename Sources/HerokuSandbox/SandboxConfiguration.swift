/// How big a generated ``SandboxAccount`` is and how the ``SandboxServer`` behaves.
public struct SandboxConfiguration: Sendable, Hashable {
    /// Seed of the generator: the same seed and configuration give byte-identical JSON.
    public var seed: UInt64
    /// Number of apps.
    public var apps: Int
    /// Number of teams.
    public var teams: Int
    /// Total number of add-ons; nil means two per app.
    public var addons: Int?
    /// Number of add-on services (the first ones are real Heroku service names).
    public var addonServices: Int
    /// The API key the server accepts as `Authorization: Bearer <apiKey>`.
    public var apiKey: String
    /// Items per page when the request's Range has no `max`.
    public var pageSizeDefault: Int
    /// Largest page; a larger `max` is clamped to it.
    public var pageSizeMax: Int
    /// Rate-limit token bucket size; `RateLimit-Remaining` starts here.
    public var rateLimitCapacity: Int
    /// Tokens added back per minute (Heroku: about 75); 0 disables refilling.
    public var rateLimitRefillPerMinute: Double
    /// Time compression of the rate limit: the bucket refills this many times faster than
    /// ``rateLimitRefillPerMinute`` says (tests: 4,500 tokens at 75/min, compressed 600×).
    public var rateLimitTimeScale: Double = 1
    /// Whether the rate limiter's 429s carry `Retry-After` (seconds until a token is back).
    /// Real Heroku's usually do not (nothing documents it on v3): set false to answer like it.
    public var rateLimitSendsRetryAfter = true
    /// The last day the usage endpoints report (`YYYY-MM-DD`); nil: today in UTC.
    public var usageToday: String? = nil
    /// The earliest day Heroku answers usage for (`YYYY-MM-DD`): an older `start` gets 422, as
    /// Heroku refuses a start too far back; nil: any start.
    public var usageAvailableFrom: String? = nil
    /// The account's email address.
    public var accountEmail: String
    /// A delay added to every response.
    public var latency: Duration

    /// The add-on count in effect: ``addons`` or two per app.
    public var effectiveAddons: Int { addons ?? apps * 2 }

    /// Creates a configuration; every parameter has a small, realistic default.
    public init(
        seed: UInt64 = 1,
        apps: Int = 20,
        teams: Int = 3,
        addons: Int? = nil,
        addonServices: Int = 12,
        apiKey: String = "sandbox-key",
        pageSizeDefault: Int = 200,
        pageSizeMax: Int = 1000,
        rateLimitCapacity: Int = 4500,
        rateLimitRefillPerMinute: Double = 0,
        accountEmail: String = "owner@sandbox.example",
        latency: Duration = .zero
    ) {
        self.seed = seed
        self.apps = apps
        self.teams = teams
        self.addons = addons
        self.addonServices = addonServices
        self.apiKey = apiKey
        self.pageSizeDefault = pageSizeDefault
        self.pageSizeMax = pageSizeMax
        self.rateLimitCapacity = rateLimitCapacity
        self.rateLimitRefillPerMinute = rateLimitRefillPerMinute
        self.accountEmail = accountEmail
        self.latency = latency
    }
}
