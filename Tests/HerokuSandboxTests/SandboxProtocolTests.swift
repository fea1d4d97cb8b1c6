import HerokuSandbox
import Testing

@Suite struct SandboxProtocolTests {
    private var uuidPattern: Regex<AnyRegexOutput> { try! Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$") }

    @Test func servesTheAccountWithTheCommonHeaders() async throws {
        try await withSandbox { server, client in
            let response = try client.get("/account")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            #expect(response.header("Request-Id")?.wholeMatch(of: uuidPattern) != nil)
            #expect(response.header("RateLimit-Remaining") == "4499")
            #expect(response.header("ETag")?.hasPrefix("\"") == true)
            #expect(response.body == server.account.accountObject.servedBytes)
        }
    }

    @Test func validRangeVariantsAreAccepted() async throws {
        try await withSandbox { _, client in
            for range in ["id ..; max=10;", "name ..; order=desc;", "name ..; order=desc,max=10;",
                          "name ..; max=1, order=desc", "id ..", "]00000000..; max=5"] {
                let response = try client.get("/apps", range: range)
                #expect(response.status == 206 || response.status == 200, "\(range)")
            }
        }
    }

    @Test func badKeyIsUnauthorizedWithAJSONBody() async throws {
        try await withSandbox { _, client in
            var wrong = client
            wrong.apiKey = "nope"
            let response = try wrong.get("/apps")
            #expect(response.status == 401)
            #expect(String(decoding: response.body, as: UTF8.self)
                == #"{"id":"unauthorized","message":"Invalid credentials provided."}"#)
            #expect(try client.get("/apps", headers: ["Authorization": nil]).status == 401)
            #expect(try client.get("/apps", headers: ["Authorization": "Basic c2FuZGJveC1rZXk="]).status == 401)
        }
    }

    @Test func addonServicesNeedNoAuth() async throws {
        try await withSandbox { _, client in
            let response = try client.get("/addon-services", headers: ["Authorization": nil])
            #expect(response.status == 200)
            #expect(try response.ids().count == 12)
        }
    }

    @Test func missingOrWrongAcceptIsNotAcceptable() async throws {
        try await withSandbox { _, client in
            let missing = try client.get("/apps", headers: ["Accept": nil])
            #expect(missing.status == 406)
            #expect(try missing.json()["id"] == "not_acceptable")
            #expect(try client.get("/apps", headers: ["Accept": "application/json"]).status == 406)
        }
    }

    @Test func rateLimitCountsDownThenAnswers429() async throws {
        try await withSandbox(SandboxConfiguration(rateLimitCapacity: 3)) { server, client in
            #expect(try client.get("/apps").header("RateLimit-Remaining") == "2")
            #expect(try client.get("/teams").header("RateLimit-Remaining") == "1")
            let free = try client.get("/account/rate-limits")
            #expect(try free.json() == ["remaining": 1])
            #expect(free.header("RateLimit-Remaining") == "1")
            #expect(try client.get("/account").header("RateLimit-Remaining") == "0")
            let limited = try client.get("/apps")
            #expect(limited.status == 429)
            #expect(try limited.json()["id"] == "rate_limit")
            #expect(limited.header("Retry-After") == "60")
            #expect(limited.header("RateLimit-Remaining") == "0")
            #expect(try client.get("/account/rate-limits").status == 200)
            server.setRateLimitRemaining(10)
            #expect(try client.get("/apps").status == 200)
        }
    }

    @Test func unknownPathsAndConfigVarsAreNotFound() async throws {
        try await withSandbox { server, client in
            let app = try #require(server.account.objects(.apps).first?["name"]?.stringValue)
            for path in ["/nope", "/apps/\(app)/config-vars", "/apps/\(app)/releases/1/config-vars", "/"] {
                let response = try client.get(path)
                #expect(response.status == 404, "\(path)")
                #expect(try response.json()["id"] == "not_found")
                #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            }
            let missing = try client.get("/apps/no-such-app")
            #expect(missing.status == 404)
            #expect(try missing.json()["message"] == "Couldn't find that app.")
        }
    }

    @Test func otherMethodsAreNotAllowed() async throws {
        try await withSandbox { _, client in
            let response = try client.request("DELETE", "/apps")
            #expect(response.status == 405)
            #expect(try response.json()["id"] == "method_not_allowed")
        }
    }

    @Test func singleObjectsByIDOrName() async throws {
        try await withSandbox { server, client in
            let app = try #require(server.account.objects(.apps).first)
            let byName = try client.get("/apps/\(app["name"]!.stringValue!)")
            let byID = try client.get("/apps/\(app["id"]!.stringValue!)")
            #expect(byName.body == app.servedBytes)
            #expect(byID.body == app.servedBytes)
            let team = try #require(server.account.objects(.teams).first)
            #expect(try client.get("/teams/\(team["name"]!.stringValue!)").body == team.servedBytes)
            let appAddons = try client.get("/apps/\(app["id"]!.stringValue!)/addons").ids()
            let expected = server.account.objects(.addons)
                .filter { $0.value(at: ["app", "id"]) == app["id"] }.compactMap { $0["id"]?.stringValue }
            #expect(appAddons == expected.sorted())
        }
    }

    @Test func etagAnswers304WhenUnchanged() async throws {
        try await withSandbox { _, client in
            let first = try client.get("/teams")
            let etag = try #require(first.header("ETag"))
            let again = try client.get("/teams", headers: ["If-None-Match": etag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
        }
    }
}
