import HerokuSandbox
import Loader
import Logging
import Testing
import Warehouse

/// Pages that answer 304 before a changed one stand for their objects only when their
/// stored fingerprints name exactly those objects; otherwise the list is fetched in full.
@Suite("Pages known from their fingerprints")
struct KnownPagesTests {
    private func load(_ fixture: LoadFixture, pageSize: Int = 1000, dryRun: Bool = false) async throws -> LoadSummary {
        var request = try fixture.request(reports: [ReportCatalog.named("addons")!])
        request.client.pageSize = pageSize
        request.dryRun = dryRun
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    private func addonRequests(_ fixture: LoadFixture) -> [Int] {
        fixture.server.requests.filter { $0.path == "/addons" }.map(\.status)
    }

    @Test("a page whose objects do not each get a fingerprint (one served twice) is stored without any, so never taken as known")
    func objectServedTwiceOnAPage() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 81, apps: 4, teams: 1, addons: 8)) { fixture in
            let sorted = fixture.objects(.addons).sorted { ($0["id"]?.stringValue ?? "") < ($1["id"]?.stringValue ?? "") }
            let twiceID = try #require(sorted[1]["id"]?.stringValue)
            let firstID = try #require(sorted[0]["id"]?.stringValue)
            let lastID = try #require(sorted[7]["id"]?.stringValue)
            // Pages of three: [a0, X, X] [a2, a3, a4] [a5, a6, a7]. (With `id` ranges a copy
            // cannot straddle pages; a list sorted by a field that changes meanwhile can.)
            fixture.server.mutate { $0.insertObject(resource: .addons, sorted[1]) }
            #expect(try await load(fixture, pageSize: 3).status == .succeeded)
            let lengths = "SELECT coalesce(length(fetch_hashes), -1) FROM \(fixture.table("_list_etags")) ORDER BY page"
            #expect(try fixture.query(lengths).rows.map { $0[0] } == ["48", "48", "48"], "all staged: one each")

            // Page 1 changes: X arrives twice exactly as stored, one fingerprint for two objects.
            fixture.server.mutate { $0.setField(resource: .addons, id: firstID, path: ["plan", "name"], value: "changed:plan") }
            #expect(try await load(fixture, pageSize: 3).report("addons").counts.updated == 1)
            #expect(try fixture.query(lengths).rows.map { $0[0] } == ["-1", "48", "48"])

            // Page 3 changes; pages 1 and 2 answer 304, but page 1 has no fingerprints: all
            // three are fetched, and nothing is lost.
            fixture.server.mutate { $0.setField(resource: .addons, id: lastID, path: ["plan", "name"], value: "changed:plan") }
            fixture.server.resetRequestLog()
            let third = try await load(fixture, pageSize: 3)
            #expect(addonRequests(fixture) == [304, 304, 200, 206, 206])
            #expect(third.report("addons").counts.updated == 1 && third.report("addons").counts.deleted == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE id = $1::uuid", [twiceID]) == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 8)
        }
    }

    @Test("more pages than one statement stores: each keeps its own fingerprints")
    func manyPages() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 84, apps: 20, teams: 1, addons: 98)) { fixture in
            #expect(try await load(fixture, pageSize: 5).status == .succeeded)
            let lengths = try fixture.query("""
                SELECT coalesce(length(fetch_hashes), -1) FROM \(fixture.table("_list_etags")) WHERE report = 'addons' ORDER BY page
                """).rows.map { $0[0] }
            #expect(lengths == Array(repeating: "80", count: 19) + ["48"])
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            fixture.server.mutate { $0.setField(resource: .addons, id: ids[97], path: ["plan", "name"], value: "changed:plan") }
            fixture.server.resetRequestLog()
            let reload = try await load(fixture, pageSize: 5)
            #expect(addonRequests(fixture) == Array(repeating: 304, count: 19) + [200])
            #expect(reload.report("addons").counts.updated == 1 && reload.report("addons").counts.unchanged == 97)
            #expect(reload.report("addons").counts.deleted == 0)
        }
    }

    @Test("a row removed by hand behind unchanged pages comes back: the list is fetched in full")
    func rowRemovedByHand() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 82, apps: 40, teams: 2, addons: 2_500)) { fixture in
            #expect(try await load(fixture).status == .succeeded)
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            try fixture.connection.execute("DELETE FROM \(fixture.table("addons")) WHERE id = $1::uuid", [ids[10]])
            fixture.server.mutate { $0.setField(resource: .addons, id: ids[2_400], path: ["plan", "name"], value: "changed:plan") }
            fixture.server.resetRequestLog()
            let reload = try await load(fixture)
            #expect(reload.status == .succeeded, "\(reload.error ?? "")")
            // Pages 1 and 2 answered 304, but page 1 names a row that is gone: all three are fetched.
            #expect(addonRequests(fixture) == [304, 304, 200, 206, 206])
            #expect(reload.report("addons").counts.inserted == 1 && reload.report("addons").counts.updated == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_500)
        }
    }

    @Test("a dry run leaves the stored pages as they were; a resumed load that fails forgets them")
    func dryRunAndFailure() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 83, apps: 40, teams: 2, addons: 2_500)) { fixture in
            #expect(try await load(fixture).status == .succeeded)
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            let stored = "SELECT page, etag, md5(fetch_hashes) FROM \(fixture.table("_list_etags")) ORDER BY page"
            let before = try fixture.query(stored).rows
            #expect(before.count == 3)

            fixture.server.mutate { $0.setField(resource: .addons, id: ids[2_400], path: ["plan", "name"], value: "changed:plan") }
            #expect(try await load(fixture, dryRun: true).status == .succeeded)
            #expect(try fixture.query(stored).rows == before)

            // Most add-ons behind the first page vanish: the delete guard refuses, the load
            // rolls back and the pages are forgotten, so the next load fetches everything.
            fixture.server.mutate { account in
                for id in ids[1_100...] { _ = account.removeObject(resource: .addons, id: id) }
            }
            let refused = try await load(fixture)
            #expect(refused.report("addons").status == .failed)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_list_etags"))") == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_500)
        }
    }
}
