import HerokuAPI
import HerokuSandbox
import Testing

/// Heroku announces deprecations in `Warning-Message` / `X-Heroku-Warning` response headers:
/// the client logs each distinct text once per client, at warning level, never the key.
@Suite struct HerokuClientWarningTests {
    static let deprecated = "The /account endpoint is deprecated."

    private static func warnings(_ capture: LogCapture) -> [String] {
        capture.all.filter { $0.hasPrefix("warning ") }
    }

    @Test("the same warning twice logs one line with method and path; a different text logs a second")
    func eachDistinctWarningOnce() async throws {
        let capture = LogCapture()
        let responses: [ScriptedResponse] = [
            .json(200, "{}", headers: [("Warning-Message", Self.deprecated)]),
            .json(200, "{}", headers: [("Warning-Message", Self.deprecated)]),
            .json(200, "{}", headers: [("X-Heroku-Warning", "Sunset on 2027-01-01 for key \(testKeySecret).")]),
        ]
        try await withServer(responses: responses) { server in
            try await withTestClient(server: server, logger: capture.logger()) { client in
                for _ in 0..<3 { _ = try await client.fetchObject(path: "/account") }
            }
        }
        let lines = Self.warnings(capture)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.contains(Self.deprecated) == true)
        #expect(lines.last?.contains("Sunset on 2027-01-01") == true)
        #expect(lines.last?.contains("http.header=X-Heroku-Warning") == true)
        #expect(lines.allSatisfy { $0.contains("http.method=GET") && $0.contains("http.path=/account") })
        #expect(capture.all.allSatisfy { !$0.contains(testKeySecret) && !$0.contains("Bearer") })
    }

    @Test("requests side by side with the same warning log it exactly once")
    func concurrentRequestsLogOnce() async throws {
        let capture = LogCapture()
        let response = ScriptedResponse.json(200, "{}", headers: [("Warning-Message", Self.deprecated)])
        try await withServer(responses: [response]) { server in
            try await withTestClient(server: server, logger: capture.logger()) { client in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<16 { group.addTask { _ = try await client.fetchObject(path: "/account") } }
                    try await group.waitForAll()
                }
            }
            #expect(server.requests.count == 16)
        }
        #expect(Self.warnings(capture).count == 1)
    }

    @Test("each client logs its own: a warning is logged again by the next load's client")
    func oncePerClient() async throws {
        let capture = LogCapture()
        let response = ScriptedResponse.json(200, "{}", headers: [("Warning-Message", Self.deprecated)])
        try await withServer(responses: [response]) { server in
            for _ in 0..<2 {
                try await withTestClient(server: server, logger: capture.logger()) { client in
                    for _ in 0..<2 { _ = try await client.fetchObject(path: "/account") }
                }
            }
        }
        #expect(Self.warnings(capture).count == 2)
    }

    @Test("the sandbox's deprecation fault sends Warning-Message on every page; the client logs it once")
    func sandboxWarningOnEveryPage() async throws {
        let capture = LogCapture()
        let sandbox = try await SandboxServer.start(configuration: SandboxConfiguration(apps: 25))
        sandbox.inject(.deprecationWarning("Listing apps this way is deprecated.", pathPrefix: "/apps"))
        do {
            var configuration = ClientConfiguration()
            configuration.pageSize = 10
            let pages = try await HerokuClient.withClient(
                endpoint: try APIEndpoint(sandbox.baseURL), apiKey: try APIKey("sandbox-key"),
                configuration: configuration, logger: capture.logger()
            ) { client in
                _ = try await client.fetchObject(path: "/account")
                return try await client.fetchList(path: "/apps") { _ in }.pages
            }
            #expect(pages == 3)
            let lines = Self.warnings(capture)
            #expect(lines.count == 1, "\(lines)")
            #expect(lines.first?.contains("Listing apps this way is deprecated.") == true)
            #expect(lines.first?.contains("http.path=/apps") == true)
            try await sandbox.shutdown()
        } catch {
            try? await sandbox.shutdown()
            throw error
        }
    }
}
