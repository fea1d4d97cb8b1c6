import HerokuSandbox

/// Starts a sandbox for one test and always shuts it down.
func withSandbox<Result>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(),
    _ body: (SandboxServer, TestHTTPClient) async throws -> Result
) async throws -> Result {
    let server = try await SandboxServer.start(configuration: configuration)
    do {
        let result = try await body(server, TestHTTPClient(port: server.port, apiKey: configuration.apiKey))
        try await server.shutdown()
        return result
    } catch {
        try? await server.shutdown()
        throw error
    }
}
