import HerokuAPI
import TestSupport
import Testing

@Suite struct HerokuClientErrorTests {
    @Test func unauthorizedFailsAtOnceWithoutTheKey() async throws {
        let sleeps = TestClock()
        let response = ScriptedResponse.json(
            401, #"{"id":"unauthorized","message":"Invalid credentials provided."}"#,
            headers: [("Request-Id", "abc-123")])
        try await withServer(responses: [response]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, sleeps: sleeps) { try await collectList($0) }
            }
            #expect(server.requests.count == 1)
            #expect(sleeps.recorded.isEmpty)
            let apiError = try #require(error)
            #expect(apiError.kind == .unauthorized)
            #expect(apiError.isFatalForLoad)
            #expect(apiError.errorID == "unauthorized")
            #expect(apiError.requestID == "abc-123")
            let text = apiError.description
            #expect(text.hasPrefix(
                "GET /apps failed: 401 unauthorized — Invalid credentials provided. Give a valid key with "
                    + "HEROKU_API_KEY=$(heroku auth:token) (or a long-lived token from `heroku authorizations:create`), "
                    + "--api-key-file <path>, or ~/.netrc (`machine api.heroku.com`)."))
            #expect(text.contains("abc-123"))
            #expect(!text.contains(testKeySecret))
            #expect(!String(reflecting: apiError).contains(testKeySecret))
            #expect(!text.contains("\n"))
        }
    }

    @Test func keyEchoedByTheServerIsRedacted() async throws {
        let response = ScriptedResponse.json(
            403, #"{"id":"forbidden","message":"Token \#(testKeySecret) may not see this"}"#)
        try await withServer(responses: [response]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await $0.fetchObject(path: "/teams") }
            }
            #expect(error?.kind == .forbidden)
            #expect(error?.isFatalForLoad == true)
            #expect(error?.description.contains(testKeySecret) == false)
            #expect(error?.message?.contains("[redacted]") == true)
        }
    }

    @Test(arguments: [400, 404, 406, 416])
    func clientErrorsAreNotRetried(status: Int) async throws {
        try await withServer(responses: [.json(status, #"{"id":"nope","message":"No."}"#)]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await $0.fetchObject(path: "/apps/x") }
            }
            #expect(server.requests.count == 1)
            #expect(error?.status == status)
            #expect(error?.isFatalForLoad == false)
            if status == 404 { #expect(error?.kind == .notFound) }
            if status == 416 { #expect(error?.kind == .http(status: 416, id: "nope", message: "No.")) }
        }
    }

    @Test func nonJSONErrorBodyIsHandled() async throws {
        let html = ScriptedResponse.respond(
            status: 502, headers: [("Content-Type", "text/html")],
            body: Array("<html>\n<body>Bad gateway</body>\n</html>".utf8))
        try await withServer(responses: [html]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, configure: { $0.maxRetries = 1 }) {
                    try await $0.fetchObject(path: "/apps")
                }
            }
            #expect(error?.kind == .server(status: 502))
            #expect(error?.errorID == nil)
            #expect(error?.message == "<html> <body>Bad gateway</body> </html>")
            #expect(error?.description.contains("\n") == false)
            #expect(server.requests.count == 2)
        }
    }

    @Test func binaryAndEmptyErrorBodies() async throws {
        let responses: [ScriptedResponse] = [
            .respond(status: 400, headers: [], body: [0xFF, 0xFE, 0x00]),
        ]
        try await withServer(responses: responses) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await $0.fetchObject(path: "/apps") }
            }
            #expect(error?.kind == .http(status: 400, id: nil, message: nil))
            #expect(error?.description == "GET /apps failed: 400")
        }
    }
}
