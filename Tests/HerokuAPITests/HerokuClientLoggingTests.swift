import HerokuAPI
import Testing

@Suite struct HerokuClientLoggingTests {
    @Test func requestsAreLoggedAtDebugWithoutTheKey() async throws {
        let capture = LogCapture()
        let responses: [ScriptedResponse] = [
            .json(503, #"{"id":"unavailable","message":"echo \#(testKeySecret)"}"#),
            listPage("[1]", next: nil),
            .json(401, #"{"id":"unauthorized","message":"Invalid credentials provided."}"#),
        ]
        try await withServer(responses: responses) { server in
            try await withTestClient(server: server, logger: capture.logger()) { client in
                _ = try await collectList(client)
                await #expect(throws: HerokuAPIError.self) { try await client.fetchObject(path: "/account") }
            }
        }
        let lines = capture.all
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { !$0.contains(testKeySecret) })
        #expect(lines.allSatisfy { !$0.contains("Bearer") })
        #expect(lines.allSatisfy { $0.hasPrefix("debug ") || $0.hasPrefix("trace ") })
        #expect(lines.contains { $0.contains("http.status=200") && $0.contains("heroku.request_id=req-3")
            && $0.contains("http.path=/apps") && $0.contains("duration.ms=") })
        #expect(lines.contains { $0.contains("Retrying") })
    }
}
