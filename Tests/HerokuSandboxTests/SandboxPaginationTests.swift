import HerokuSandbox
import Testing

@Suite struct SandboxPaginationTests {
    /// Follows Next-Range from a first Range until a response without it.
    private func fetchAll(_ client: TestHTTPClient, _ path: String, range: String?) throws
        -> (statuses: [Int], ids: [String], names: [String]) {
        var statuses: [Int] = []
        var ids: [String] = []
        var names: [String] = []
        var next = range
        repeat {
            let response = try client.get(path, range: next)
            statuses.append(response.status)
            let items = try response.json().arrayValue ?? []
            ids += items.compactMap { $0["id"]?.stringValue }
            names += items.compactMap { $0["name"]?.stringValue }
            next = response.header("Next-Range")
            #expect(statuses.count < 50)
        } while next != nil
        return (statuses, ids, names)
    }

    @Test func pagesThroughTwoAndAHalfThousandAddons() async throws {
        try await withSandbox(SandboxConfiguration(apps: 40, addons: 2_500)) { server, client in
            let (statuses, ids, _) = try fetchAll(client, "/addons", range: "id ..; max=1000")
            #expect(statuses == [206, 206, 200])
            #expect(ids.count == 2_500)
            #expect(Set(ids).count == 2_500)
            #expect(ids == ids.sorted())
            let all = Set(server.account.objects(.addons).compactMap { $0["id"]?.stringValue })
            #expect(Set(ids) == all)
            #expect(server.requestCount(path: "/addons") == 3)
        }
    }

    @Test func firstPageHeaders() async throws {
        try await withSandbox(SandboxConfiguration(apps: 10, addons: 250)) { _, client in
            let response = try client.get("/addons")
            #expect(response.status == 206)
            let ids = try response.ids()
            #expect(ids.count == 200)
            #expect(response.header("Accept-Ranges") == "id, name")
            #expect(response.header("Content-Range") == "id \(ids.first!)..\(ids.last!); max=200")
            #expect(response.header("Next-Range") == "id ]\(ids.last!)..; max=200")
            let rest = try client.get("/addons", range: response.header("Next-Range"))
            #expect(rest.status == 200)
            #expect(rest.header("Next-Range") == nil)
            #expect(try rest.ids().count == 50)
        }
    }

    @Test func maxAboveTheCapIsClamped() async throws {
        try await withSandbox(SandboxConfiguration(apps: 10, addons: 1_500)) { _, client in
            let response = try client.get("/addons", range: "id ..; max=5000")
            #expect(response.status == 206)
            #expect(try response.ids().count == 1_000)
            #expect(response.header("Content-Range")?.hasSuffix("; max=1000") == true)
        }
    }

    @Test func sortsByNameDescending() async throws {
        try await withSandbox(SandboxConfiguration(apps: 57)) { server, client in
            let (statuses, _, names) = try fetchAll(client, "/apps", range: "name ..; order=desc, max=10")
            #expect(statuses == [206, 206, 206, 206, 206, 200])
            #expect(names == names.sorted(by: >))
            #expect(names.count == 57)
            let first = try client.get("/apps", range: "name ..; order=desc,max=10")
            #expect(first.header("Next-Range")?.hasSuffix("order=desc") == true)
            #expect(server.account.count(.apps) == 57)
        }
    }

    @Test func sortsAppsByUpdatedAt() async throws {
        try await withSandbox(SandboxConfiguration(apps: 30)) { _, client in
            let response = try client.get("/apps", range: "updated_at ..; max=1000")
            let stamps = try response.json().arrayValue?.compactMap { $0["updated_at"]?.stringValue } ?? []
            #expect(response.status == 200)
            #expect(stamps.count == 30)
            #expect(stamps == stamps.sorted())
        }
    }

    @Test func emptyListIsOKWithoutNextRange() async throws {
        try await withSandbox(SandboxConfiguration(apps: 0)) { _, client in
            let response = try client.get("/apps")
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "[]")
            #expect(response.header("Next-Range") == nil)
            #expect(try client.get("/addons").body == Array("[]".utf8))
        }
    }

    @Test(arguments: ["id ..; max=10; order=desc", "id ..; max=0", "id ..; max=ten", "id ..; colour=blue",
                      "id ..123", "id ..; order=sideways", "id", "id 1..2..; max=x"])
    func malformedRangeIsABadRequest(range: String) async throws {
        try await withSandbox { _, client in
            let response = try client.get("/apps", range: range)
            if range == "id" {
                #expect(response.status == 200) // a bare field name is a valid range
                return
            }
            #expect(response.status == 400)
            #expect(try response.json()["id"] == "bad_request")
            #expect(try response.json()["message"] == "Invalid `Range` header. Please use format like `id ..; max=10, order=desc`.")
        }
    }

    @Test func unknownSortFieldIsNotSatisfiable() async throws {
        try await withSandbox { _, client in
            let response = try client.get("/addons", range: "updated_at ..; max=10")
            #expect(response.status == 416)
            #expect(try response.json()["id"] == "requested_range_not_satisfiable")
            #expect(response.header("Accept-Ranges") == "id, name")
        }
    }

    @Test func paginationIsStableUnderMutationBetweenPages() async throws {
        try await withSandbox(SandboxConfiguration(apps: 30)) { server, client in
            let first = try client.get("/apps", range: "id ..; max=10")
            let firstIDs = try first.ids()
            // Delete an app already served and one not yet served; add a new one.
            let remaining = server.account.objects(.apps).compactMap { $0["id"]?.stringValue }
                .filter { !firstIDs.contains($0) }.sorted()
            server.mutate { account in
                account.deleteApp(id: firstIDs[3])
                account.deleteApp(id: remaining[5])
                account.addApp(name: "added-during-paging")
            }
            var ids = firstIDs
            var next = first.header("Next-Range")
            while let range = next {
                let page = try client.get("/apps", range: range)
                ids += try page.ids()
                next = page.header("Next-Range")
            }
            #expect(Set(ids).count == ids.count)
            let expected = Set(firstIDs).union(server.account.objects(.apps).compactMap { $0["id"]?.stringValue })
            let newID = server.account.object(.apps, idOrName: "added-during-paging")?["id"]?.stringValue ?? ""
            // Everything that existed throughout was served exactly once; the new app is served
            // only if its id sorts after the first page.
            #expect(Set(ids).union([newID]) == expected.union([newID]))
            #expect(!ids.contains(remaining[5]))
        }
    }
}
