import HerokuAPI
import Testing

@Suite struct HerokuClientPaginationTests {
    @Test func followsNextRangeOpaquelyOverThreePages() async throws {
        let second = "]01234567-89ab-cdef-0123-456789abcdef..; max=1000"
        let third = "opaque \"token\"; with=odd,chars"
        let pages = [
            listPage(#"[{"id":1}]"#, next: second),
            listPage(#"[{"id":2}]"#, next: third),
            listPage(#"[{"id":3}]"#, next: nil),
        ]
        try await withServer(responses: pages) { server in
            var seen: [ListPage] = []
            let stats = try await withTestClient(server: server) { client in
                try await client.fetchList(path: "/apps") { seen.append($0) }
            }
            #expect(server.requests.map { $0.header("Range") } == ["id ..; max=1000", second, third])
            #expect(seen.map(\.index) == [0, 1, 2])
            #expect(seen.map(\.status) == [206, 206, 200])
            #expect(seen.map { String(decoding: $0.bytes, as: UTF8.self) } == [#"[{"id":1}]"#, #"[{"id":2}]"#, #"[{"id":3}]"#])
            #expect(seen.first?.requestID == "req-10")
            #expect(stats.pages == 3)
            #expect(stats.requests == 3)
            #expect(stats.retries == 0)
            #expect(stats.bytes == 30)
        }
    }

    @Test func customSortFieldAndPageSize() async throws {
        try await withServer(responses: [listPage("[]", next: nil)]) { server in
            _ = try await withTestClient(server: server, configure: { $0.pageSize = 10 }) { client in
                try await client.fetchList(path: "/teams/x/members", sortField: "email") { _ in }
            }
            #expect(server.requests.first?.header("Range") == "email ..; max=10")
        }
    }

    @Test func repeatedNextRangeIsALoop() async throws {
        let pages = [listPage("[1]", next: "again"), listPage("[2]", next: "again")]
        try await withServer(responses: pages) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await collectList($0) }
            }
            #expect(error?.kind == .paginationLoop)
            #expect(server.requests.count == 2)
        }
    }

    @Test func nextRangeEqualToTheFirstRangeIsALoop() async throws {
        try await withServer(responses: [listPage("[1]", next: "id ..; max=1000")]) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { try await collectList($0) }
            }
            #expect(error?.kind == .paginationLoop)
            #expect(server.requests.count == 1)
        }
    }

    @Test func emptyPartialPageIsNoProgress() async throws {
        try await withServer(responses: [listPage("[1]", next: "b"), listPage(" [ ] ", next: "c")]) { server in
            var pages = 0
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server) { client in
                    try await client.fetchList(path: "/apps") { _ in pages += 1 }
                }
            }
            guard case .invalidResponse = error?.kind else {
                Issue.record("expected invalidResponse, got \(String(describing: error))")
                return
            }
            #expect(pages == 1)
            #expect(server.requests.count == 2)
        }
    }

    @Test func pageCapStopsEndlessLists() async throws {
        try await withServer(script: { _, index in listPage("[\(index)]", next: "page-\(index + 1)") }) { server in
            let error = await #expect(throws: HerokuAPIError.self) {
                try await withTestClient(server: server, configure: { $0.maxPages = 3 }) { try await collectList($0) }
            }
            #expect(error?.kind == .tooManyPages)
            #expect(server.requests.count == 3)
        }
    }

    @Test func errorFromOnPageStopsTheFetch() async throws {
        struct Stop: Error {}
        try await withServer(responses: [listPage("[1]", next: "b"), listPage("[2]", next: nil)]) { server in
            await #expect(throws: Stop.self) {
                try await withTestClient(server: server) { client in
                    try await client.fetchList(path: "/apps") { _ in throw Stop() }
                }
            }
            #expect(server.requests.count == 1)
        }
    }
}
