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

extension HerokuClientLoggingTests {
    @Test("a rate-limit pause of 5 s or more is logged at info (a load waiting for minutes must not look hung); a short one at debug")
    func longRateLimitPauseIsLoggedAtInfo() async throws {
        for (remaining, level) in [("0", "info"), ("98", "debug")] {
            let capture = LogCapture()
            let pages = [
                listPage("[1]", next: "b", extraHeaders: [("RateLimit-Remaining", remaining)]),
                listPage("[2]", next: nil),
            ]
            try await withServer(responses: pages) { server in
                _ = try await withTestClient(server: server, logger: capture.logger(), configure: {
                    $0.rateLimitFloor = 100
                    $0.rateLimitRefillInterval = .milliseconds(100)
                }) { try await collectList($0) }
            }
            // 100 tokens missing: 10 s; 2 missing: 0.2 s.
            let pauses = capture.all.filter { $0.contains("Pausing for the Heroku rate limit") }
            #expect(pauses.count == 1 && pauses.allSatisfy { $0.hasPrefix(level + " ") && $0.contains("reserve.tokens=100") },
                    "\(pauses)")
        }
    }
}
