import HerokuAPI
import TestSupport
import Testing

@Suite struct HerokuClientRetryTests {
    let unavailable = ScriptedResponse.json(503, #"{"id":"unavailable","message":"API unavailable"}"#)

    @Test func serviceUnavailableTwiceThenSuccess() async throws {
        let sleeps = TestClock()
        try await withServer(responses: [unavailable, unavailable, .json(200, "{}")]) { server in
            let object = try await withTestClient(server: server, sleeps: sleeps) { try await $0.fetchObject(path: "/account") }
            #expect(object.retries == 2)
            #expect(object.requests == 3)
            #expect(server.requests.count == 3)
            #expect(sleeps.recorded == [.milliseconds(100), .milliseconds(200)])
            #expect(object.waitedForRateLimit == .zero)
        }
    }

    @Test func serverErrorForeverFailsAfterMaxRetriesPlusOne() async throws {
        let sleeps = TestClock()
        try await withServer(responses: [unavailable]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, sleeps: sleeps, configure: {
                    $0.maxRetries = 4
                    $0.maxBackoff = .milliseconds(300)
                }) { try await $0.fetchObject(path: "/apps") }
            }
            #expect(error?.kind == .server(status: 503))
            #expect(error?.message == "API unavailable")
            #expect(server.requests.count == 5)
            #expect(sleeps.recorded == [.milliseconds(100), .milliseconds(200), .milliseconds(300), .milliseconds(300)])
        }
    }

    @Test func jitterIsAppliedToTheBackoffCeiling() async throws {
        let sleeps = TestClock()
        try await withServer(responses: [unavailable, .json(200, "{}")]) { server in
            _ = try await withTestClient(server: server, sleeps: sleeps, configure: {
                $0.jitter = { $0 / 4 }
            }) { try await $0.fetchObject(path: "/apps") }
            #expect(sleeps.recorded == [.milliseconds(25)])
        }
    }

    @Test func rateLimitedWaitsForRetryAfterThenSucceeds() async throws {
        let sleeps = TestClock()
        let limited = ScriptedResponse.json(
            429, #"{"id":"rate_limit","message":"Your account reached the API rate limit"}"#,
            headers: [("Retry-After", "1"), ("RateLimit-Remaining", "0")])
        try await withServer(responses: [limited, listPage("[1]", next: nil)]) { server in
            let (bodies, stats) = try await withTestClient(server: server, sleeps: sleeps) { try await collectList($0) }
            #expect(bodies == ["[1]"])
            #expect(sleeps.recorded == [.seconds(1)])
            #expect(stats.waitedForRateLimit == .seconds(1))
            #expect(stats.retries == 1)
            #expect(stats.requests == 2)
        }
    }

    @Test func retryAfterIsCappedByMaxWait() async throws {
        let sleeps = TestClock()
        let limited = ScriptedResponse.json(429, #"{"id":"rate_limit"}"#, headers: [("Retry-After", "86400")])
        try await withServer(responses: [limited, .json(200, "{}")]) { server in
            _ = try await withTestClient(server: server, sleeps: sleeps, configure: { $0.maxWait = .seconds(60) }) {
                try await $0.fetchObject(path: "/apps")
            }
            #expect(sleeps.recorded == [.seconds(60)])
        }
    }

    @Test("a 429 without Retry-After waits for the floor to refill (as a reading of 0 would), at most --max-wait, and gives up after the retries")
    func rateLimitedWithoutRetryAfterWaitsForTheFloorThenGivesUp() async throws {
        for (maxWait, expected) in [(Duration.seconds(60), Duration.seconds(2)), (.seconds(1), .seconds(1))] {
            let sleeps = TestClock()
            try await withServer(responses: [.json(429, #"{"id":"rate_limit","message":"slow down"}"#)]) { server in
                let error = await #expect(throws: HerokuAPIError.self) {
                    try await withTestClient(server: server, sleeps: sleeps, configure: {
                        $0.maxRetries = 2
                        $0.rateLimitFloor = 20
                        $0.rateLimitRefillInterval = .milliseconds(100)
                        $0.maxWait = maxWait
                    }) {
                        try await $0.fetchObject(path: "/apps")
                    }
                }
                #expect(error?.kind == .rateLimited)
                #expect(server.requests.count == 3)
                // 20 tokens at 0.1 s each, not the 0.1 s doubling backoff of a 5xx.
                #expect(sleeps.recorded == [expected, expected])
            }
        }
    }

    @Test("a list that fails carries the rate-limit waits of all its requests: the pages before, the prefetched page's own pause")
    func failedListCarriesItsRateLimitWait() async throws {
        let sleeps = TestClock()
        let responses: [ScriptedResponse] = [
            .json(200, "{}", headers: [("RateLimit-Remaining", "0")]),
            listPage("[1]", next: "b", extraHeaders: [("RateLimit-Remaining", "0")]),
            .json(500, #"{"id":"internal"}"#),
        ]
        try await withServer(responses: responses) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                // The test clock moves by each pause: a request sent after one is dated after it.
                try await withTestClient(server: server, sleeps: sleeps, configure: {
                    $0.maxRetries = 0
                    $0.rateLimitRefillInterval = .milliseconds(50)
                }) { client in
                    _ = try await client.fetchObject(path: "/account")
                    return try await collectList(client)
                }
            }
            #expect(error?.kind == .server(status: 500))
            // Page 1 paused (the account's reading), and so did page 2, prefetched on its own counters.
            #expect(sleeps.recorded.count == 2)
            #expect(error?.waitedForRateLimit == sleeps.recorded.reduce(.zero, +))
            #expect((error?.waitedForRateLimit ?? .zero) > .milliseconds(60))
        }
    }

    @Test("the free GET /account/rate-limits is sent at once, even while the client owes a rate-limit pause")
    func freeRateLimitReadingDoesNotPause() async throws {
        let sleeps = TestClock()
        let responses: [ScriptedResponse] = [
            .json(200, "{}", headers: [("RateLimit-Remaining", "0")]),
            .json(200, #"{"remaining": 0}"#),
            .json(200, "{}"),
        ]
        try await withServer(responses: responses) { server in
            try await withTestClient(server: server, sleeps: sleeps) { client in
                _ = try await client.fetchObject(path: "/account")
                #expect(try await client.rateLimitRemaining() == 0)
                #expect(sleeps.recorded.isEmpty)
                // The pause is still owed by the next request that uses a token.
                _ = try await client.fetchObject(path: "/apps")
                #expect(sleeps.recorded == [.milliseconds(800)])
            }
        }
    }

    @Test func exhaustedRateLimitOnSuccessPausesBeforeTheNextRequest() async throws {
        let sleeps = TestClock()
        let pages = [
            listPage("[1]", next: "b", extraHeaders: [("RateLimit-Remaining", "0")]),
            listPage("[2]", next: nil, extraHeaders: [("RateLimit-Remaining", "1")]),
        ]
        try await withServer(responses: pages) { server in
            let (_, stats) = try await withTestClient(server: server, sleeps: sleeps) { try await collectList($0) }
            #expect(sleeps.recorded == [.milliseconds(800)])
            #expect(stats.waitedForRateLimit == .milliseconds(800))
            #expect(stats.requests == 2)
            #expect(stats.retries == 0)
        }
    }

    @Test func rateLimitFloorThrottlesBeforeZero() async throws {
        let sleeps = TestClock()
        let pages = [
            listPage("[1]", next: "b", extraHeaders: [("RateLimit-Remaining", "98")]),
            listPage("[2]", next: nil, extraHeaders: [("RateLimit-Remaining", "4000")]),
        ]
        try await withServer(responses: pages) { server in
            _ = try await withTestClient(server: server, sleeps: sleeps, configure: {
                $0.rateLimitFloor = 100
                $0.rateLimitRefillInterval = .seconds(1)
            }) { try await collectList($0) }
            #expect(sleeps.recorded == [.seconds(2)])
        }
    }

    @Test func connectionClosedMidBodyRetriesTheSamePage() async throws {
        let second = listPage(#"[{"id":2}]"#, next: nil)
        let cut = ScriptedResponse.truncated(
            status: 200, headers: [("Content-Type", "application/json")], declaredLength: 500,
            partialBody: Array(#"[{"id":2},{"i"#.utf8))
        try await withServer(responses: [listPage(#"[{"id":1}]"#, next: "page-2"), cut, second]) { server in
            let (bodies, stats) = try await withTestClient(server: server) { try await collectList($0) }
            #expect(bodies == [#"[{"id":1}]"#, #"[{"id":2}]"#])
            #expect(server.requests.map { $0.header("Range") } == ["id ..; max=1000", "page-2", "page-2"])
            #expect(stats.pages == 2)
            #expect(stats.requests == 3)
            #expect(stats.retries == 1)
        }
    }

    @Test func connectionClosedWithoutAnswerIsRetried() async throws {
        try await withServer(responses: [.close, .json(200, "{}")]) { server in
            let object = try await withTestClient(server: server) { try await $0.fetchObject(path: "/apps") }
            #expect(object.retries == 1)
        }
    }

    @Test func slowServerTimesOutAfterRetries() async throws {
        try await withServer(responses: [.hang]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, configure: {
                    $0.requestTimeout = .milliseconds(300)
                    $0.maxRetries = 1
                }) { try await $0.fetchObject(path: "/apps") }
            }
            #expect(error?.kind == .timeout)
            #expect(server.requests.count == 2)
        }
    }

    @Test func slowAnswerWithinTheTimeoutSucceeds() async throws {
        try await withServer(responses: [.delayed(.milliseconds(100), .json(200, "{}"))]) { server in
            let object = try await withTestClient(server: server) { try await $0.fetchObject(path: "/apps") }
            #expect(object.retries == 0)
        }
    }

    @Test func refusedConnectionFails() async throws {
        let server = try await ScriptedHTTPServer.start(responses: [.json(200, "{}")])
        try await server.shutdown()
        let error = await #expect(throws: HerokuAPIError.self) {
            try await withTestClient(server: server, configure: {
                $0.maxRetries = 1
                $0.requestTimeout = .milliseconds(500)
            }) { try await $0.fetchObject(path: "/apps") }
        }
        // AsyncHTTPClient retries refused connects itself until its connect timeout.
        switch error?.kind {
        case .transport?, .timeout?: break
        default: Issue.record("expected a transport error or timeout, got \(String(describing: error))")
        }
    }
}
