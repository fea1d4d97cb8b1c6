import HerokuAPI
import Testing

@Suite struct HerokuClientRequestTests {
    @Test func sendsHerokuHeadersOnEveryRequest() async throws {
        try await withServer(responses: [.json(200, #"{"email":"me@example.com"}"#)]) { server in
            let object = try await withTestClient(server: server) { try await $0.fetchObject(path: "/account") }
            #expect(String(decoding: object.bytes, as: UTF8.self) == #"{"email":"me@example.com"}"#)
            #expect(object.status == 200)
            #expect(object.requests == 1)
            let request = try #require(server.requests.first)
            #expect(request.method == "GET")
            #expect(request.uri == "/account")
            #expect(request.header("Accept") == "application/vnd.heroku+json; version=3")
            #expect(request.header("Authorization") == "Bearer \(testKeySecret)")
            #expect(request.header("User-Agent") == "heroku-warehouse/\(HerokuWarehouseVersion.current) (swift; linux)")
            #expect(request.header("Request-Id")?.count == 36)
            #expect(request.header("Range") == nil)
        }
    }

    @Test func listRequestsAskForAThousandSortedByID() async throws {
        try await withServer(responses: [listPage("[]", next: nil)]) { server in
            let (bodies, stats) = try await withTestClient(server: server) { try await collectList($0) }
            #expect(bodies == ["[]"])
            #expect(stats.pages == 1)
            #expect(server.requests.first?.header("Range") == "id ..; max=1000")
        }
    }

    @Test func rateLimitRemainingReadsTheBody() async throws {
        try await withServer(responses: [.json(200, #"{"remaining": 2399}"#)]) { server in
            let remaining = try await withTestClient(server: server) { try await $0.rateLimitRemaining() }
            #expect(remaining == 2399)
            #expect(server.requests.first?.uri == "/account/rate-limits")
        }
    }

    @Test func redirectsAreNotFollowed() async throws {
        let redirect = ScriptedResponse.respond(
            status: 302, headers: [("Location", "https://evil.example.com/apps")], body: [])
        try await withServer(responses: [redirect]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await $0.fetchObject(path: "/apps") }
            }
            #expect(error?.status == 302)
            #expect(server.requests.count == 1)
        }
    }

    @Test func oversizedBodyIsRefusedWithoutRetry() async throws {
        let big = "[" + String(repeating: "1,", count: 100) + "1]"
        try await withServer(responses: [.json(200, big)]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, configure: { $0.maxBodyBytes = 50 }) {
                    try await $0.fetchObject(path: "/apps")
                }
            }
            #expect(error?.kind == .bodyTooLarge)
            #expect(server.requests.count == 1)
        }
    }

    @Test func pathsMustStartWithSlash() async throws {
        try await withServer(responses: [.json(200, "{}")]) { server in
            await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await $0.fetchObject(path: "@evil.example.com/") }
            }
            #expect(server.requests.isEmpty)
        }
    }
}
