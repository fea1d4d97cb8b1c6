import HerokuAPI
import Warehouse

/// Everything one load needs, resolved from flags, environment and config by the CLI.
public struct LoadRequest: Sendable {
    /// The reports to load, in order.
    public var reports: [Report]
    /// The warehouse schema (default `heroku`).
    public var schema: String
    /// A PostgreSQL URL or conninfo; nil means libpq's PG* environment variables.
    public var databaseURL: String?
    /// The `_account` label; nil means the account's email from `GET /account`.
    public var accountLabel: String?
    /// Where the API is.
    public var endpoint: APIEndpoint
    /// The API key.
    public var apiKey: APIKey
    /// Timeouts, retries, page size.
    public var client: ClientConfiguration
    /// The delete guard: the largest fraction of a table one load may delete (1 = no guard).
    public var maxDeleteFraction: Double
    /// Wait for another load's lock instead of exiting with code 3.
    public var waitForLock: Bool
    /// Per-parent lists of a fan-out report fetched at once (`--concurrency`).
    public var concurrency = 4
    /// Account-wide reports loaded at once, each on its own connection (`--report-concurrency`).
    public var reportConcurrency = 3
    /// Fetch, infer and merge inside a transaction that is rolled back: report what would
    /// change (DDL and row counts) and write nothing.
    public var dryRun = false
    /// The longest the load may take: reports whose requests do not fit in the rate-limit
    /// tokens left plus what refills in this time are skipped (nil: no limit, pace instead).
    public var maxDuration: Duration? = nil
    /// How a report that adds or widens a column waits for analysts' locks on its tables.
    public var lockWait = LockWaitPolicy.standard
    /// How long a list's 304s are trusted: each list is fetched without `If-None-Match` at
    /// least this often (`--verify-after`; zero: every load), as Heroku has served stale 304s.
    public var verifyAfter = LoadRequest.defaultVerifyAfter
    /// A day: a nightly load verifies every list each night, an hourly one once a day.
    public static let defaultVerifyAfter = Duration.seconds(86_400)
    /// How often each parent's lists of a fan-out report are fetched although the parent
    /// did not change (`--fan-out-verify-after`; zero: every parent every load).
    public var fanOutVerifyAfter = LoadRequest.defaultFanOutVerifyAfter
    /// A week: a nightly load verifies about a seventh of the apps' and teams' lists.
    public static let defaultFanOutVerifyAfter = Duration.seconds(7 * 86_400)
    /// The first day a windowed (usage) report backfills for a parent with no rows yet
    /// (`--usage-since`; nil: the first day of the month twelve months before ``today``'s).
    public var usageSince: CalendarDay? = nil
    /// The last day windowed reports ask for: today in UTC (tests set another day).
    public var today = CalendarDay.today()

    /// How long after a verification its list's 304s are trusted: ``verifyAfter`` less a
    /// twenty-fourth (an hour of a day), so that loads run every `verifyAfter` (a nightly
    /// load, the default day) verify each time even when one starts a little earlier than
    /// the one before.
    var trustWindow: Duration {
        verifyAfter - verifyAfter / 24
    }

    /// Creates a load request.
    public init(
        reports: [Report], schema: String = "heroku", databaseURL: String?, accountLabel: String? = nil,
        endpoint: APIEndpoint, apiKey: APIKey, client: ClientConfiguration = ClientConfiguration(),
        maxDeleteFraction: Double = 0.5, waitForLock: Bool = false
    ) {
        self.reports = reports
        self.schema = schema
        self.databaseURL = databaseURL
        self.accountLabel = accountLabel
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.client = client
        self.maxDeleteFraction = maxDeleteFraction
        self.waitForLock = waitForLock
    }

    /// How often a fan-out report fetches an unchanged parent's lists: every load for the
    /// reports that fetch every parent (usage, invoices), else ``fanOutVerifyAfter``.
    func parentVerifyAfter(_ report: Report) -> Duration {
        report.fetchesEveryParent ? .zero : fanOutVerifyAfter
    }

    /// The account-wide reports, loaded side by side on connections of their own; none for a
    /// dry run (one transaction) or one report at a time.
    var sideBySideReports: [Report] {
        dryRun || reportConcurrency <= 1 ? [] : reports.filter { $0.fanOut == nil }
    }

    /// The client configuration used: the rate-limit floor (the reserve `client` asks for) is
    /// at least room for every request that may be in flight at once, so concurrent fan-out
    /// never overdraws the token pool.
    var effectiveClient: ClientConfiguration {
        var configuration = client
        configuration.rateLimitFloor = max(configuration.rateLimitFloor, 2 * max(1, concurrency))
        return configuration
    }
}
