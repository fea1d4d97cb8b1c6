import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Testing
import Warehouse

/// The load's orchestration, on a warehouse in memory and the sandbox in process, with the
/// client's clock injected: report order, the request budget, forbidden and gone parents,
/// waiting for the lock, interruption, reconnecting and the verification bound. What only
/// PostgreSQL can prove (transactions, DDL, locks analysts hold) is in WarehouseTests.
@Suite("Load orchestration (in memory)")
struct LoadOrchestrationTests {
    private static func report(_ name: String) throws -> Report { try #require(ReportCatalog.named(name)) }

    @Test("account-wide reports load side by side, then the per-app ones; the summary keeps the order asked for")
    func reportOrder() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["app_domains", "addons", "apps", "teams"].map(Self.report)
            let summary = try await fixture.load(reports: reports) { $0.reportConcurrency = 3 }
            #expect(summary.status == .succeeded)
            #expect(summary.reports.map(\.report) == ["app_domains", "addons", "apps", "teams"])
            let paths = fixture.requestPaths
            let lastList = try #require(paths.lastIndex { ["/apps", "/addons", "/teams"].contains($0) })
            let firstDomains = try #require(paths.firstIndex { $0.hasSuffix("/domains") })
            #expect(lastList < firstDomains, "the per-app lists read the apps this load stored")
            #expect(fixture.storedKeys("apps").count == fixture.ids(.apps).count)
            #expect(fixture.storedKeys("app_domains").count == fixture.ids(.domains).count)
            #expect(fixture.warehouse.opened == 4, "the load's own session and three for the reports side by side")
        }
    }

    @Test("a first load's account-wide reports start while the report tables are created; otherwise they are created first")
    func tablesCreatedAlongside() async throws {
        let accountWide = try ["apps", "addons", "teams"].map(Self.report)
        try await MemoryLoadFixture.with { fixture in
            fixture.warehouse.with { $0.tablesWaitForAReport = true }
            let summary = try await fixture.load(reports: accountWide) { $0.reportConcurrency = 3 }
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(fixture.warehouse.with { $0.migrations } == [0, ReportCatalog.all.count])
            #expect(fixture.storedKeys("addons").count == fixture.ids(.addons).count)
        }
        // A per-app report plans its requests from the apps' table; one report at a time has
        // nothing to overlap with.
        for (reports, concurrency) in [(accountWide + [try Self.report("app_domains")], 3), (accountWide, 1)] {
            try await MemoryLoadFixture.with { fixture in
                let summary = try await fixture.load(reports: reports) { $0.reportConcurrency = concurrency }
                #expect(summary.status == .succeeded, "\(summary.error ?? "")")
                #expect(fixture.warehouse.with { $0.migrations } == [ReportCatalog.all.count])
            }
        }
    }

    @Test("--max-duration: a report that does not fit is skipped, sends nothing and keeps its rows")
    func budgetSkips() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["apps", "addons", "teams"].map(Self.report)
            try await fixture.load(reports: reports)
            let teamsBefore = fixture.warehouse.rows("teams", account: fixture.server.account.configuration.accountEmail)
            fixture.server.mutate { account in
                if let id = account.objects(.teams).first?["id"]?.stringValue {
                    _ = account.setField(resource: .teams, id: id, path: ["name"], value: .string("renamed-team"))
                }
            }
            fixture.server.resetRequestLog()
            // After GET /account, a floor of 8 (twice --concurrency) plus one token, and one
            // more refilled in a second: two of the three one-page lists fit.
            fixture.server.setRateLimitRemaining(10)
            let summary = try await fixture.load(reports: reports) { request in
                request.maxDuration = .seconds(1)
                request.reportConcurrency = 1
            }
            #expect(summary.status == .partial)
            #expect(summary.report("apps").status == .succeeded, "\(summary.report("apps").error ?? "")")
            #expect(summary.report("addons").status == .succeeded, "\(summary.report("addons").error ?? "")")
            #expect(summary.report("teams").status == .skipped)
            #expect(summary.report("teams").error?.contains("--max-duration") == true)
            #expect(!fixture.requestPaths.contains("/teams"), "a skipped report sends no request")
            #expect(fixture.warehouse.rows("teams", account: fixture.server.account.configuration.accountEmail)
                    == teamsBefore)
        }
    }

    @Test("a parent's list answering 403 keeps that parent's rows; one answering 404 drops them; the load succeeds")
    func forbiddenAndGoneParents() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["apps", "app_domains"].map(Self.report)
            try await fixture.load(reports: reports)
            let apps = fixture.server.account.objects(.apps).compactMap { $0["id"]?.stringValue }.sorted()
            let (forbidden, gone) = (apps[0], apps[1])
            let domainsOf = { (app: String) in fixture.server.account.objects(.domains, ofApp: app).count }
            try #require(domainsOf(forbidden) > 0 && domainsOf(gone) > 0)
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(forbidden)/domains", status: 403, trigger: .always))
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(gone)/domains", status: 404, trigger: .always))
            let summary = try await fixture.load(reports: reports)
            let domains = summary.report("app_domains")
            #expect(summary.status == .succeeded)
            #expect(domains.counts.kept == domainsOf(forbidden))
            #expect(domains.counts.deleted == domainsOf(gone))
            #expect(domains.error?.contains("(403): \(forbidden)") == true)
            #expect(domains.error?.contains("(404): \(gone)") == true)
            #expect(fixture.storedKeys("app_domains").count == fixture.ids(.domains).count - domainsOf(gone))
        }
    }

    @Test("a 401 on one parent's list stops the load: the reports after it are skipped, not loaded")
    func unauthorizedParentStopsTheLoad() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["apps", "app_domains", "app_formation"].map(Self.report)
            try await fixture.load(reports: reports)
            let app = try #require(fixture.server.account.objects(.apps).first?["id"]?.stringValue)
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(app)/domains", status: 401, trigger: .always))
            fixture.server.resetRequestLog()
            let summary = try await fixture.load(reports: reports)
            #expect(summary.status == .partial)
            #expect(summary.report("app_domains").status == .failed)
            #expect(summary.report("app_formation").status == .skipped)
            #expect(summary.report("app_formation").error?.hasPrefix("not loaded: ") == true)
            #expect(!fixture.requestPaths.contains { $0.hasSuffix("/formation") })
            #expect(fixture.warehouse.loads.last?.status == .partial)
        }
    }

    @Test("usage: a team answering 422 is skipped with its rows kept; a 401 on a team's usage stops the load")
    func usageRefusals() async throws {
        try await MemoryLoadFixture.with(SandboxConfiguration(seed: 5, apps: 8, teams: 3)) { fixture in
            let reports = try ["teams", "team_daily_usage", "team_monthly_usage"].map(Self.report)
            let day = { (request: inout LoadRequest) in
                request.today = CalendarDay("2026-03-10")!
                request.usageSince = CalendarDay("2026-02-01")
            }
            fixture.server.mutate { $0.usageToday = "2026-03-10" }
            try await fixture.load(reports: reports, configure: day)
            let enterprise = try #require(fixture.server.account.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let id = enterprise["id"]?.stringValue ?? ""
            #expect(fixture.storedKeys("team_daily_usage").count == 38)

            fixture.server.inject(SandboxFault(pathPrefix: "/teams/\(id)/usage/daily", status: 422, trigger: .always))
            let refused = try await fixture.load(reports: reports, configure: day)
            #expect(refused.report("team_daily_usage").status == .succeeded)
            #expect(refused.report("team_daily_usage").counts.kept == 38)
            #expect(refused.report("team_daily_usage").error?.contains("3 of 3 teams: Heroku publishes no usage") == true)
            #expect(fixture.storedKeys("team_daily_usage").count == 38)

            fixture.server.clearFaults()
            fixture.server.inject(SandboxFault(pathPrefix: "/teams/\(id)/usage/daily", status: 401, trigger: .always))
            let stopped = try await fixture.load(reports: reports, configure: day)
            #expect(stopped.report("team_daily_usage").status == .failed)
            #expect(stopped.report("team_monthly_usage").status == .skipped)
            #expect(fixture.storedKeys("team_daily_usage").count == 38)
        }
    }

    @Test("--wait: the load polls for the lock on the injected clock and loads once it is free; without it, it stops")
    func lockWaiting() async throws {
        try await MemoryLoadFixture.with { fixture in
            fixture.warehouse.with { $0.lockRefusals = 3 }
            let summary = try await fixture.load { $0.waitForLock = true }
            #expect(summary.status == .succeeded)
            #expect(fixture.clock.recorded.filter { $0 == .milliseconds(500) }.count == 3, "three polls, none slept for real")

            fixture.warehouse.with { $0.lockRefusals = 1 }
            let loads = fixture.warehouse.loads.count
            await #expect(throws: LoadError.lockHeld(schema: "heroku")) { try await fixture.load() }
            #expect(fixture.warehouse.loads.count == loads, "a load that did not get the lock records nothing")
        }
    }

    @Test("interrupted while a report fetches: that report rolls back, the rest is skipped, the load says interrupted")
    func interruption() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["apps", "addons", "teams"].map(Self.report)
            try await fixture.load(reports: reports)
            let account = fixture.server.account.configuration.accountEmail
            let addonsBefore = fixture.warehouse.rows("addons", account: account)
            fixture.server.mutate { account in _ = account.addAddon() }
            // The add-ons list never answers in time: the interruption must cut it short.
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .always, delay: .seconds(60)))
            let interrupter = Interrupter()
            let load = Task {
                try await fixture.load(reports: reports, configure: { $0.reportConcurrency = 1 }, progress: { progress in
                    if progress.report == "addons", progress.phase == .fetching { interrupter.interrupt() }
                })
            }
            interrupter.arm(load)
            let summary = try await load.value
            #expect(summary.status == .interrupted)
            #expect(summary.report("addons").error == summary.error)
            let last = try #require(fixture.warehouse.loads.last)
            #expect(last.status == .interrupted)
            #expect(last.outcomes.first { $0.report == "addons" }?.status == .failed)
            #expect(last.outcomes.first { $0.report == "teams" }?.status == .skipped)
            #expect(fixture.warehouse.rows("addons", account: account) == addonsBefore)
        }
    }

    @Test("a session dropped mid-merge: that report fails, the load reconnects, takes the lock again and goes on")
    func reconnectsAfterADroppedSession() async throws {
        try await MemoryLoadFixture.with { fixture in
            let reports = try ["apps", "addons", "teams"].map(Self.report)
            fixture.warehouse.failNextMerge(of: "addons", with: MemoryStoreError("server closed the connection"),
                                            dropsSession: true)
            let summary = try await fixture.load(reports: reports) { $0.reportConcurrency = 1 }
            #expect(summary.status == .partial)
            #expect(summary.report("addons").status == .failed)
            #expect(summary.report("addons").error?.contains("server closed the connection") == true)
            #expect(summary.report("teams").status == .succeeded)
            #expect(fixture.storedKeys("addons").isEmpty && fixture.storedKeys("teams") == fixture.ids(.teams))
            #expect(fixture.warehouse.opened == 2, "one session opened again")
            #expect(fixture.warehouse.loads.last?.status == .partial)
        }
    }

    @Test("stale 304s are trusted within --verify-after and said so; past it the list is fetched in full")
    func verificationBound() async throws {
        try await MemoryLoadFixture.with { fixture in
            let apps = [try Self.report("apps")]
            let first = try await fixture.load(reports: apps)
            #expect(first.report("apps").verified)
            let app = try #require(fixture.server.account.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { _ = $0.renameApp(id: app, to: "renamed-app") }
            fixture.server.inject(.staleETags(pathPrefix: "/apps"))
            let name = { fixture.warehouse.rows("apps", account: fixture.server.account.configuration.accountEmail)
                .values.first { MemoryStore.text(at: ["id"], of: $0.object) == app }
                .flatMap { MemoryStore.text(at: ["name"], of: $0.object) } }

            let trusted = try await fixture.load(reports: apps)
            #expect(trusted.report("apps").notModified)
            #expect(trusted.report("apps").trustedUntil != nil)
            #expect(name() != "renamed-app", "within the bound a (stale) 304 stands")

            fixture.warehouse.advance(by: .seconds(24 * 3_600))
            fixture.server.resetRequestLog()
            let verified = try await fixture.load(reports: apps)
            #expect(!verified.report("apps").notModified)
            #expect(verified.report("apps").verificationDue && verified.report("apps").verified)
            #expect(fixture.server.requests.filter { $0.path == "/apps" }.map(\.status).allSatisfy { $0 != 304 })
            #expect(name() == "renamed-app")
        }
    }
}

/// Cancels a load's task from its progress callback, whichever comes first: the callback or
/// the task handle.
private final class Interrupter: @unchecked Sendable {
    // @unchecked: both fields are only touched while `lock` is held.
    private let lock = NSLock()
    private var task: Task<LoadSummary, any Error>?
    private var requested = false

    func arm(_ task: Task<LoadSummary, any Error>) {
        lock.withLock {
            self.task = task
            if requested { task.cancel() }
        }
    }

    func interrupt() {
        lock.withLock {
            requested = true
            task?.cancel()
        }
    }
}
