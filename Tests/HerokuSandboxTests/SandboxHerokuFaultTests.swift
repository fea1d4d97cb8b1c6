import HerokuSandbox
import Testing

/// The faults that make the sandbox answer as real Heroku does where it is less honest than
/// a fake: stale 304s on paginated lists, 429 without `Retry-After`.
@Suite struct SandboxHerokuFaultTests {
    @Test("stale ETags: If-None-Match answers 304 with that ETag whatever the data; without it, the data")
    func staleETags() async throws {
        try await withSandbox { server, client in
            let before = try client.get("/apps")
            let etag = try #require(before.header("ETag"))
            let id = try #require(try before.ids().first)
            server.mutate { $0.renameApp(id: id, to: "renamed-behind-a-304") }
            #expect(try client.get("/apps", headers: ["If-None-Match": etag]).status == 200)

            server.inject(.staleETags(pathPrefix: "/apps"))
            for sent in [etag, "\"any-etag-at-all\""] {
                let stale = try client.get("/apps", headers: ["If-None-Match": sent])
                #expect(stale.status == 304)
                #expect(stale.body.isEmpty)
                #expect(stale.header("ETag") == sent)
            }
            let fresh = try client.get("/apps")
            #expect(fresh.status == 200)
            #expect(fresh.header("ETag") != etag)
            #expect(try fresh.json().arrayValue?.contains { $0["name"] == "renamed-behind-a-304" } == true)
            // Other paths, and the protocol checks, are untouched.
            #expect(try client.get("/teams", headers: ["If-None-Match": "\"x\""]).status == 200)
            var stranger = client
            stranger.apiKey = "wrong-key"
            #expect(try stranger.get("/apps", headers: ["If-None-Match": etag]).status == 401)
        }
    }

    @Test("a plain 429 fault sends no Retry-After; the constructor answers Heroku's rate_limit n times")
    func rateLimitedWithoutRetryAfter() async throws {
        try await withSandbox { server, client in
            server.inject(SandboxFault(pathPrefix: "/teams", status: 429, retryAfter: nil))
            let plain = try client.get("/teams")
            #expect(plain.status == 429)
            #expect(plain.header("Retry-After") == nil)

            server.inject(.rateLimitedWithoutRetryAfter(pathPrefix: "/apps", trigger: .times(2)))
            for _ in 0..<2 {
                let limited = try client.get("/apps")
                #expect(limited.status == 429)
                #expect(limited.header("Retry-After") == nil)
                #expect(try limited.json()["id"] == "rate_limit")
                #expect(try limited.json()["message"]?.stringValue?.hasPrefix("Your account reached the API rate limit") == true)
            }
            #expect(try client.get("/apps").status == 200)
        }
    }

    @Test("the 429 fault with a probability: 1 always fires, 0 never")
    func rateLimitedWithAProbability() async throws {
        try await withSandbox { server, client in
            server.inject(.rateLimitedWithoutRetryAfter(pathPrefix: "/apps", trigger: .probability(1)))
            server.inject(.rateLimitedWithoutRetryAfter(pathPrefix: "/teams", trigger: .probability(0)))
            let statuses = try (0..<3).map { _ in (try client.get("/apps").status, try client.get("/teams").status) }
            #expect(statuses.allSatisfy { $0 == (429, 200) })
        }
    }

    @Test("the rate limiter's own 429 carries Retry-After, unless configured to answer like Heroku")
    func rateLimiterRetryAfterIsOptional() async throws {
        for sends in [true, false] {
            var configuration = SandboxConfiguration(rateLimitCapacity: 1)
            configuration.rateLimitSendsRetryAfter = sends
            try await withSandbox(configuration) { _, client in
                #expect(try client.get("/apps").status == 200)
                let limited = try client.get("/apps")
                #expect(limited.status == 429)
                #expect(try limited.json()["id"] == "rate_limit")
                #expect((limited.header("Retry-After") != nil) == sends)
                #expect(limited.header("RateLimit-Remaining") == "0")
            }
        }
    }

    @Test("a deprecation fault adds Warning-Message to matching responses, whatever their status")
    func deprecationWarning() async throws {
        try await withSandbox { server, client in
            server.inject(.deprecationWarning("This endpoint is deprecated.", pathPrefix: "/apps"))
            let apps = try client.get("/apps")
            #expect(apps.status == 200)
            #expect(apps.header("Warning-Message") == "This endpoint is deprecated.")
            #expect(try client.get("/apps/no-such-app").header("Warning-Message") == "This endpoint is deprecated.")
            #expect(try client.get("/teams").header("Warning-Message") == nil)
        }
    }
}
