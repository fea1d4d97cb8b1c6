import HerokuSandbox
import Foundation
import Loader
import Logging
import Testing

/// Reloads of unchanged lists cost one 304 per page and write nothing.
@Suite("Conditional reloads")
struct ConditionalReloadTests {
    @Test("unchanged lists are answered 304, counted as unchanged, and no row is written; a change loads in full")
    func notModifiedLists() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 71, apps: 300, teams: 2, addons: 1_200)) { fixture in
            let first = try await fixture.load()
            #expect(first.reports.allSatisfy { !$0.notModified })
            let before = try WarehouseSnapshot(fixture)
            fixture.server.resetRequestLog()

            let second = try await fixture.load()
            #expect(second.status == .succeeded)
            let addons = second.report("addons")
            #expect(addons.notModified)
            #expect(addons.counts.unchanged == 1_200 && addons.counts.inserted + addons.counts.updated == 0)
            #expect(addons.pages == 2 && addons.requests == 2 && addons.fetched == 0)
            let addonRequests = fixture.server.requests.filter { $0.path == "/addons" }
            #expect(addonRequests.map(\.status) == [304, 304])
            #expect(second.report("apps").notModified && second.report("teams").notModified)
            #expect(try WarehouseSnapshot(fixture) == before, "no row written anywhere")
            let recorded = try fixture.query("""
                SELECT unchanged::text, inserted::text, updated::text FROM \(fixture.table("_load_reports"))
                WHERE report = 'addons' AND load_id = $1::bigint
                """, [second.loadID.map(String.init)])
            #expect(recorded.rows == [["1200", "0", "0"]])

            // One add-on on the second page changes: that list is fetched and merged again.
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            let last = try #require(ids.last)
            fixture.server.mutate { account in
                account.setField(resource: .addons, id: last, path: ["plan", "name"], value: "heroku-redis:premium-9")
            }
            fixture.server.resetRequestLog()
            let third = try await fixture.load()
            #expect(!third.report("addons").notModified)
            #expect(third.report("addons").counts.updated == 1)
            #expect(third.report("apps").notModified)
            // 304 for page 1, 200 for page 2 (changed): the list is fetched in full from page 1
            // (a 304 never stands for objects), the changed page's answer used as is.
            #expect(fixture.server.requests.filter { $0.path == "/addons" }.map(\.status) == [304, 200, 206])
            #expect(third.report("addons").requests == 3 && third.report("addons").pages == 2)
            #expect(third.report("addons").verified && !third.report("addons").verificationDue)
            #expect(third.report("addons").counts.unchanged == 1_199 && third.report("addons").counts.deleted == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 1_200)

            // One on the first page changes: the conditional answer is that page, used as is,
            // so the reload costs exactly one request per page.
            let earliest = try #require(ids.first)
            fixture.server.mutate { account in
                account.setField(resource: .addons, id: earliest, path: ["plan", "name"], value: "heroku-redis:premium-9")
            }
            fixture.server.resetRequestLog()
            let fourth = try await fixture.load()
            #expect(fourth.report("addons").counts.updated == 1 && fourth.report("addons").counts.unchanged == 1_199)
            let requests = fixture.server.requests.filter { $0.path == "/addons" }
            #expect(requests.map(\.status) == [206, 200])
            #expect(fourth.report("addons").requests == 2 && fourth.report("addons").pages == 2)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE plan_name = 'heroku-redis:premium-9'") == 2)
            // Its ETags were stored again: nothing changed since, so the next reload is 304s.
            fixture.server.resetRequestLog()
            #expect(try await fixture.load().report("addons").notModified)
        }
    }

    @Test("a changed middle page: it comes from the check, every other page is fetched again without condition")
    func changedMiddlePage() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 72, apps: 40, teams: 2, addons: 2_500)) { fixture in
            try await fixture.load()
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            let middle = ids[1_500]
            fixture.server.mutate { account in
                account.setField(resource: .addons, id: middle, path: ["plan", "name"], value: "heroku-redis:premium-9")
            }
            fixture.server.resetRequestLog()
            let reload = try await fixture.load()
            let addons = reload.report("addons")
            #expect(addons.counts.updated == 1 && addons.counts.unchanged == 2_499)
            #expect(addons.pages == 3 && addons.requests == 4)
            let requests = fixture.server.requests.filter { $0.path == "/addons" }
            // 304 for page 1, page 2 changed (kept, page 3 asked for at once), and page 1 again
            // without condition (the last two in either order): only the first page is asked twice.
            #expect(requests.prefix(2).map(\.status) == [304, 206])
            #expect(requests.map(\.status).sorted() == [200, 206, 206, 304])
            #expect(Set(requests.map(\.range)).count == 3)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_500)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE plan_name = 'heroku-redis:premium-9'") == 1)
        }
    }

    @Test("a deletion behind unchanged pages is found; each stored page keeps its object count")
    func deletionBehindUnchangedPages() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 73, apps: 40, teams: 2, addons: 2_500)) { fixture in
            try await fixture.load()
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            let addonRequests = { fixture.server.requests.filter { $0.path == "/addons" }.map(\.status) }
            let stored = {
                try fixture.query("SELECT page, objects FROM \(fixture.table("_list_etags")) WHERE report = 'addons' ORDER BY page").rows
            }
            #expect(try stored() == [["0", "1000"], ["1", "1000"], ["2", "500"]])

            // Page 3 loses an object: the list is fetched in full; the deletion is found and
            // nothing else goes.
            fixture.server.mutate { account in _ = account.removeObject(resource: .addons, id: ids[2_400]) }
            fixture.server.resetRequestLog()
            let reload = try await fixture.load()
            #expect(addonRequests() == [304, 304, 200, 206, 206])
            #expect(reload.report("addons").counts.deleted == 1 && reload.report("addons").counts.unchanged == 2_499)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_499)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE id = $1::uuid", [ids[2_400]]) == 0)
            #expect(try stored() == [["0", "1000"], ["1", "1000"], ["2", "499"]])

            // Nothing changed since: every page answers 304.
            fixture.server.resetRequestLog()
            #expect(try await fixture.load().report("addons").notModified)
            #expect(addonRequests() == [304, 304, 304])
        }
    }

    @Test("a fetch failing after a changed page records exactly the requests it sent, and keeps what was stored")
    func failedFetchAfterChangedPageCountsItsRequests() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 74, apps: 20, teams: 2, addons: 2_500)) { fixture in
            #expect(try await fixture.load().status == .succeeded)
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            // The first page changes, so the check hands it over and asks for the second page
            // at once; then the second page fails (attempt 1), or the third does after the
            // second was delivered (attempt 2).
            for (attempt, passing) in [1, 2].enumerated() {
                // A failed report forgets its pages: a good load stores them again, so the
                // reload is a conditional one.
                if attempt > 0 { #expect(try await fixture.load().status == .succeeded) }
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_list_etags")) WHERE report = 'addons'") == 3)
                let stored = try fixture.int("SELECT count(*) FROM \(fixture.table("addons_history"))")
                #expect(fixture.server.mutate { account in
                    account.setField(resource: .addons, id: ids[attempt], path: ["plan", "name"],
                                     value: .string("heroku-redis:changed-by-test-\(attempt)"))
                })
                fixture.server.resetRequestLog()
                fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: 422, skipFirst: passing))
                let summary = try await fixture.load()
                let addons = summary.report("addons")
                #expect(addons.status == .failed, "\(addons.error ?? "")")
                #expect(fixture.server.requestCount(path: "/addons") == passing + 1)
                #expect(addons.requests == fixture.server.requestCount(path: "/addons"), "attempt \(attempt + 1)")
                fixture.server.clearFaults()
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_history"))") == stored)
            }
        }
    }

    @Test("side by side, the report expected to take the most requests starts first; the summary keeps the given order")
    func longestReportStartsFirst() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 75, apps: 20, teams: 2, addons: 2_500)) { fixture in
            let reports = ["teams", "apps", "addons"].compactMap(ReportCatalog.named)
            #expect(try await fixture.load(reports: reports).status == .succeeded)
            fixture.server.resetRequestLog()
            // Two at a time: teams (1 page) and apps (1 page) are listed before add-ons (3 pages).
            var request = try fixture.request(reports: reports)
            request.reportConcurrency = 2
            let events = EventLog()
            let summary = try await LoadRunner(logger: Logger(label: "test"), progress: { events.append($0) }).run(request)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.reports.map(\.report) == ["teams", "apps", "addons"])
            // Add-ons and teams (the first of the two one-page reports) take the two slots;
            // apps starts only once one of them is done (listed first, it used to take one).
            let order = events.all
            let firstDone = try #require(order.firstIndex { $0.phase == .done })
            let appsStarted = try #require(order.firstIndex { $0.report == "apps" && $0.phase == .fetching })
            #expect(appsStarted > firstDone)
            #expect(order[firstDone].report != "apps")
        }
    }
}

/// Progress events in the order they were reported.
private final class EventLog: @unchecked Sendable {
    // @unchecked: `events` is only touched while `lock` is held.
    private let lock = NSLock()
    private var events: [LoadProgress] = []

    func append(_ event: LoadProgress) { lock.withLock { events.append(event) } }
    var all: [LoadProgress] { lock.withLock { events } }
}
