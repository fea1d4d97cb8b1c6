import AsyncHTTPClient
import Logging
import NIOCore

/// A read-only client for the Heroku Platform API (v3).
///
/// Every request carries `Accept: application/vnd.heroku+json; version=3`,
/// `Authorization: Bearer <key>`, the configured `User-Agent` and a fresh `Request-Id`.
/// Redirects are never followed (the key must not reach another host), TLS is fully
/// verified, and 5xx, 429, timeouts and broken connections are retried with bounded,
/// jittered exponential backoff. Bodies are returned as bytes; parsing happens elsewhere.
///
/// - Important: call ``shutdown()`` when done, or use ``withClient(endpoint:apiKey:configuration:logger:_:)``.
public final class HerokuClient: Sendable {
    /// The API base URL requests go to.
    public let endpoint: APIEndpoint
    /// Timeouts, retry and pagination settings.
    public let configuration: ClientConfiguration

    let apiKey: APIKey
    let logger: Logger
    let httpClient: HTTPClient
    let governor = RateLimitGovernor()
    /// Time on `configuration.clock`.
    let elapsed: ElapsedTime
    let deprecationWarnings = DeprecationWarnings()

    /// Creates a client with its own connection pool on the shared event loop group.
    ///
    /// - Parameters:
    ///   - endpoint: the validated API base URL (``APIEndpoint/heroku`` by default).
    ///   - apiKey: the key sent as a bearer token; never logged.
    ///   - configuration: timeouts, retries and pagination settings.
    ///   - logger: where request lines are logged at debug level, and Heroku's deprecation
    ///     headers (`Warning-Message`, `X-Heroku-Warning`) at warning level, once per text
    ///     (never bootstrapped here).
    public init(
        endpoint: APIEndpoint = .heroku,
        apiKey: APIKey,
        configuration: ClientConfiguration = ClientConfiguration(),
        logger: Logger
    ) {
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.configuration = configuration
        self.logger = logger
        elapsed = ElapsedTime(configuration.clock)
        let timeout = TimeAmount(configuration.requestTimeout)
        let httpConfiguration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(connect: min(timeout, .seconds(10)), read: timeout),
            decompression: .disabled
        )
        httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfiguration)
    }

    /// Closes the connection pool. Call exactly once, after the last request.
    public func shutdown() async throws {
        try await httpClient.shutdown()
    }

    /// Creates a client, runs `body` with it and shuts it down, also when `body` throws.
    ///
    /// - Parameters:
    ///   - endpoint: the validated API base URL.
    ///   - apiKey: the key sent as a bearer token.
    ///   - configuration: timeouts, retries and pagination settings.
    ///   - logger: where request lines are logged.
    ///   - body: the work to do with the client.
    /// - Returns: what `body` returns.
    public static func withClient<Result>(
        endpoint: APIEndpoint = .heroku,
        apiKey: APIKey,
        configuration: ClientConfiguration = ClientConfiguration(),
        logger: Logger,
        _ body: (HerokuClient) async throws -> Result
    ) async throws -> Result {
        let client = HerokuClient(endpoint: endpoint, apiKey: apiKey, configuration: configuration, logger: logger)
        let result: Result
        do {
            result = try await body(client)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
        return result
    }
}
