import NIOCore
import NIOHTTP1

/// A fake Heroku Platform API v3 on loopback, serving a ``SandboxAccount``.
///
/// ```swift
/// let server = try await SandboxServer.start(account: SandboxAccount(seed: 7))
/// // point a client at server.baseURL with `Authorization: Bearer sandbox-key`
/// try await server.shutdown()
/// ```
/// The account can be changed while the server runs (``mutate(_:)``); every request is
/// logged (``requests``); failures can be injected (``inject(_:)``).
public final class SandboxServer: Sendable {
    private let listener: HTTPListener
    private let state: SandboxLocked<SandboxState>

    /// The port the server listens on.
    public let port: Int
    /// The host the server listens on.
    public let host: String

    /// `http://<host>:<port>`, the base URL for a client.
    public var baseURL: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    private init(listener: HTTPListener, state: SandboxLocked<SandboxState>, host: String) {
        self.listener = listener
        self.state = state
        self.host = host
        self.port = listener.port
    }

    /// Starts a server.
    /// - Parameters:
    ///   - host: the address to bind (loopback by default).
    ///   - port: the port; 0 picks a free one (read it from ``port``).
    ///   - account: the data to serve.
    ///   - configuration: API key, page sizes, rate limit, latency; nil uses the account's configuration.
    /// - Throws: if the address cannot be bound.
    public static func start(host: String = "127.0.0.1", port: Int = 0, account: SandboxAccount,
                             configuration: SandboxConfiguration? = nil) async throws -> SandboxServer {
        let state = SandboxLocked(SandboxState(account: account,
                                               configuration: configuration ?? account.configuration))
        let listener = try await HTTPListener.bind(host: host, port: port) { SandboxHTTPHandler(state: state) }
        return SandboxServer(listener: listener, state: state, host: host)
    }

    /// Generates an account from `configuration` and starts a server for it.
    public static func start(host: String = "127.0.0.1", port: Int = 0,
                             configuration: SandboxConfiguration) async throws -> SandboxServer {
        try await start(host: host, port: port, account: SandboxAccount(configuration: configuration),
                        configuration: configuration)
    }

    /// Stops listening, closes connections and releases the server's thread.
    public func shutdown() async throws {
        try await listener.close()
    }

    /// Waits until the server is shut down (by ``shutdown()`` from another task).
    public func waitUntilShutdown() async throws {
        try await listener.waitUntilClosed()
    }

    /// Changes the served account; the next request sees the change.
    @discardableResult
    public func mutate<Result>(_ body: (inout SandboxAccount) throws -> Result) rethrows -> Result {
        try state.withLock { state in
            state.generation += 1
            return try body(&state.account)
        }
    }

    /// A snapshot of the served account.
    public var account: SandboxAccount {
        state.withLock { $0.account }
    }

    /// Every request answered so far, oldest first.
    public var requests: [SandboxRequestRecord] {
        state.withLock { $0.requests }
    }

    /// The number of logged requests for exactly this path (no query string).
    public func requestCount(path: String) -> Int {
        state.withLock { $0.requests.count { $0.path == path } }
    }

    /// Empties the request log.
    public func resetRequestLog() {
        state.withLock { $0.requests.removeAll() }
    }

    /// Tokens left in the rate-limit bucket.
    public var rateLimitRemaining: Int {
        state.withLock { $0.rateLimiter.remaining() }
    }

    /// Sets the tokens left in the rate-limit bucket (clamped to the capacity).
    public func setRateLimitRemaining(_ remaining: Int) {
        state.withLock { $0.rateLimiter.set(remaining: remaining) }
    }

    /// Adds a fault; faults are checked in the order they were added.
    public func inject(_ fault: SandboxFault) {
        state.withLock { $0.faults.append(fault) }
    }

    /// Removes every fault.
    public func clearFaults() {
        state.withLock { $0.faults.removeAll() }
    }
}
