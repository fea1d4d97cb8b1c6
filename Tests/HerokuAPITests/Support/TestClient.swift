import Foundation
import HerokuAPI
import Logging
import TestSupport

/// The fake key used by every HTTP test; descriptions must never contain it.
let testKeySecret = "hrku-TESTKEY-0123456789abcdef"

/// Runs `body` with a client pointed at `server`, with instant, recorded sleeps and no jitter.
func withTestClient<Result>(
    server: ScriptedHTTPServer,
    sleeps: TestClock = TestClock(),
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
