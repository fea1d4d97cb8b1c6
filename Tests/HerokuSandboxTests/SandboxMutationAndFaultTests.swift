import HerokuSandbox
import Testing

@Suite struct SandboxMutationAndFaultTests {
    @Test func mutationsAreVisibleInTheNextRequest() async throws {
        try await withSandbox { server, client in
            let app = try #require(server.account.objects(.apps).first)
            let id = try #require(app["id"]?.stringValue)
            server.mutate { $0.renameApp(id: id, to: "renamed-live") }
            #expect(try client.get("/apps/\(id)").json()["name"] == "renamed-live")
            server.mutate { $0.setField(resource: .apps, id: id, path: ["maintenance"], value: "sometimes") }
            #expect(try client.get("/apps/renamed-live").json()["maintenance"] == "sometimes")
            server.mutate { $0.deleteApp(id: id) }
            #expect(try client.get("/apps/\(id)").status == 404)
            #expect(!(try client.get("/addons", range: "id ..; max=1000").ids())
                .contains { server.account.object(.addons, idOrName: $0)?.value(at: ["app", "id"])?.stringValue == id })
        }
    }

    @Test func injectedFaultReturnsItsStatusThenRecovers() async throws {
        try await withSandbox { server, client in
            server.inject(SandboxFault(pathPrefix: "/apps", status: 503, trigger: .times(2), retryAfter: 1))
            let first = try client.get("/apps")
            #expect(first.status == 503)
            #expect(try first.json()["id"] == "unavailable")
            #expect(first.header("Retry-After") == "1")
            #expect(try client.get("/apps").status == 503)
            #expect(try client.get("/apps").status == 200)
            #expect(try client.get("/teams").status == 200)
            #expect(server.requests.map(\.status) == [503, 503, 200, 200])
        }
    }

    @Test func injectedFaultWithCustomBodyAndAlways() async throws {
        try await withSandbox { server, client in
            server.inject(SandboxFault(pathPrefix: "/teams", status: 403, trigger: .always,
                                       body: ["id": "forbidden", "message": "No."]))
            let forbidden = try client.get("/teams")
            #expect(forbidden.body == Array(#"{"id":"forbidden","message":"No."}"#.utf8))
            #expect(try client.get("/teams").status == 403)
            server.clearFaults()
            #expect(try client.get("/teams").status == 200)
        }
    }

    @Test func droppedConnectionAndDelay() async throws {
        try await withSandbox { server, client in
            server.inject(SandboxFault(pathPrefix: "/addons", status: nil, dropConnection: true))
            #expect(throws: TestHTTPError.self) { try client.get("/addons") }
            #expect(try client.get("/addons").status == 200)
            server.inject(SandboxFault(pathPrefix: "/account", status: nil, delay: .milliseconds(200)))
            let clock = ContinuousClock()
            let start = clock.now
            let delayed = try client.get("/account")
            let elapsed = clock.now - start
            #expect(delayed.status == 200)
            #expect(elapsed >= .milliseconds(200))
            #expect(server.requests.first?.status == 0)
        }
    }

    @Test func requestLogRecordsRangesAndResets() async throws {
        try await withSandbox { server, client in
            _ = try client.get("/apps", range: "id ..; max=5")
            _ = try client.get("/apps?x=1")
            let log = server.requests
            #expect(log.count == 2)
            #expect(log[0].method == "GET")
            #expect(log[0].range == "id ..; max=5")
            #expect(log[1].path == "/apps")
            #expect(server.requestCount(path: "/apps") == 2)
            server.resetRequestLog()
            #expect(server.requests.isEmpty)
        }
    }
}
