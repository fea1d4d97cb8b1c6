import Foundation
import HerokuAPI
import Logging

/// A clock that never waits: a sleep is recorded and moves the clock's time forward by
/// that much at once, so the client's pauses and rate-limit readings see exactly the time
/// they asked for, whatever the machine's load (a test clock, as swift-clocks' `TestClock`
/// would be with every sleep advanced at once).
final class SleepRecorder: Clock, @unchecked Sendable {
    // @unchecked: `waits` and `current` are only touched while `lock` is held.
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var waits: [Duration] = []
    private var current = Instant(offset: .zero)

    var now: Instant { lock.withLock { current } }
    var minimumResolution: Duration { .zero }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        lock.withLock {
            waits.append(current.duration(to: deadline))
            current = max(current, deadline)
        }
    }

    /// Every sleep asked for, in order.
    var recorded: [Duration] { lock.withLock { waits } }
}

/// The fake key used by every HTTP test; descriptions must never contain it.
let testKeySecret = "hrku-TESTKEY-0123456789abcdef"

/// Runs `body` with a client pointed at `server`, with instant, recorded sleeps and no jitter.
func withTestClient<Result>(
    server: ScriptedHTTPServer,
    sleeps: SleepRecorder = SleepRecorder(),
    logger: Logger = Logger(label: "heroku-warehouse.tests"),
    configure: (inout ClientConfiguration) -> Void = { _ in },
    _ body: (HerokuClient) async throws -> Result
) async throws -> Result {
    var configuration = ClientConfiguration(
        requestTimeout: .seconds(5),
        initialBackoff: .milliseconds(100),
        clock: sleeps,
        jitter: { $0 }
    )
    configure(&configuration)
    return try await HerokuClient.withClient(
        endpoint: try APIEndpoint(server.baseURL),
        apiKey: try APIKey(testKeySecret),
        configuration: configuration,
        logger: logger,
        body
    )
}

/// Runs `body` with a scripted server, shutting it down afterwards.
func withServer<Result>(
    script: @escaping ScriptedHTTPServer.Script,
    _ body: (ScriptedHTTPServer) async throws -> Result
) async throws -> Result {
    let server = try await ScriptedHTTPServer.start(script: script)
    do {
        let result = try await body(server)
        try await server.shutdown()
        return result
    } catch {
        try? await server.shutdown()
        throw error
    }
}

/// Runs `body` with a server answering `responses` in order (the last one repeats).
func withServer<Result>(
    responses: [ScriptedResponse],
    _ body: (ScriptedHTTPServer) async throws -> Result
) async throws -> Result {
    try await withServer(script: { _, index in responses[min(index, responses.count - 1)] }, body)
}
