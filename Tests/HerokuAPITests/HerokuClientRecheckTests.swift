import Foundation
import HerokuAPI
import Testing

/// `recheckList` finds the first changed page of a list; the page after it is asked for at
/// once, so it travels while the loader prepares, and the fetch then uses it: each page is
/// still requested exactly once.
@Suite struct HerokuClientRecheckTests {
    static let first = "id ..; max=1000"
    static let second = "id ]2..; max=1000"
    static let third = "id ]4..; max=1000"

    /// The list as the server holds it now: page 1 unchanged (304 for its old ETag), page 2
    /// changed, page 3 new to the check.
    static func script(_ request: RecordedRequest, _ index: Int) -> ScriptedResponse {
        switch request.header("Range") {
        case first where request.header("If-None-Match") == "\"e1\"":
            .respond(status: 304, headers: [("ETag", "\"e1\"")], body: [])
        case first:
            listPage(#"[{"id":1},{"id":2}]"#, next: second, extraHeaders: [("ETag", "\"e1\"")])
        case second:
            listPage(#"[{"id":3},{"id":4}]"#, next: third, extraHeaders: [("ETag", "\"e2-new\"")])
        default:
            listPage(#"[{"id":5}]"#, next: nil, extraHeaders: [("ETag", "\"e3\"")])
        }
    }

    static let stored = [ConditionalPage(range: first, etag: "\"e1\""), ConditionalPage(range: second, etag: "\"e2\"")]

    /// Waits (up to 60 s: the whole suite shares two cores, and a prefetch once took more than
    /// 5 s to reach the server in CI) until the server has received `count` requests.
    static func waitForRequests(_ count: Int, on server: ScriptedHTTPServer) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while server.requests.count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test("a fetch from the first page still uses the changed page and the one asked for after it")
    func fetchFromTheStartUsesBoth() async throws {
        try await withServer(script: Self.script) { server in
            try await withTestClient(server: server) { client in
                let check = try await client.recheckList(path: "/apps", pages: Self.stored)
                try await Self.waitForRequests(3, on: server)
                var indexes: [Int] = []
                let stats = try await client.fetchList(path: "/apps", startingWith: check.changedPage) { page in
                    indexes.append(page.index)
                }
                #expect(indexes == [0, 1, 2])
                #expect(server.requests.map { $0.header("Range") } == [Self.first, Self.second, Self.third, Self.first])
                #expect(stats.requests + check.stats.requests == server.requests.count)
            }
        }
    }

    @Test("nothing more is asked for after the last page, nor beyond the page cap")
    func nothingAskedAfterTheLastPageOrTheCap() async throws {
        let endsOnThird = [ConditionalPage(range: Self.first, etag: "\"e1\""), ConditionalPage(range: Self.third, etag: "\"old\"")]
        try await withServer(script: Self.script) { server in
            try await withTestClient(server: server) { client in
                let check = try await client.recheckList(path: "/apps", pages: endsOnThird)
                #expect(check.changedPage?.range == Self.third)
                #expect(check.stats.requests == 2)
                try await Task.sleep(for: .milliseconds(50))
                #expect(server.requests.count == 2)
            }
        }
        // The second page announces a third, but a fetch may hold two pages at most.
        try await withServer(script: Self.script) { server in
            try await withTestClient(server: server, configure: { $0.maxPages = 2 }) { client in
                let check = try await client.recheckList(path: "/apps", pages: Self.stored)
                #expect(check.changedPage?.range == Self.second)
                #expect(check.stats.requests == 2)
                try await Task.sleep(for: .milliseconds(50))
                #expect(server.requests.map { $0.header("Range") } == [Self.first, Self.second])
            }
        }
    }
}
