import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import Testing

/// The request estimate, pacing and budget, against the sandbox's token bucket.
@Suite("Rate-limit budget")
struct RateLimitBudgetTests {
    /// Heroku's bucket, 4,500 tokens refilled at 75 a minute, with time compressed 120×.
    static let timeScale = 120.0

    /// Every report, with a reserve of 25 tokens and the bucket's compressed refill rate.
    private func loadPaced(_ fixture: LoadFixture) async throws -> LoadSummary {
        var request = try fixture.request(reports: ReportCatalog.all)
        request.client.rateLimitFloor = 25
        request.client.rateLimitRefillInterval = .seconds(0.8 / Self.timeScale)
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    @Test("a 300-app fan-out load on a nearly empty bucket paces itself: no 429, requests equal the estimate")
    func fanOutLoadNeverHits429() async throws {
        var configuration = SandboxConfiguration(seed: 31, apps: 300, teams: 4, addons: 450,
                                                 rateLimitCapacity: 4_500, rateLimitRefillPerMinute: 75)
        configuration.rateLimitTimeScale = Self.timeScale
        try await LoadFixture.with(configuration) { fixture in
            // The first load stores the parents (and children) the estimate counts.
            let first = try await fixture.load(reports: ReportCatalog.all)
            #expect(first.status == .succeeded, "\(first.error ?? "")")

            fixture.server.setRateLimitRemaining(300)
            fixture.server.resetRequestLog()
            let summary = try await loadPaced(fixture)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")

            let log = fixture.server.requests
            #expect(!log.contains { $0.status == 429 })
            let counted = log.filter { $0.path != "/account/rate-limits" }
            let budget = try #require(summary.budget)
            let apps = fixture.objects(.apps).count
            let teams = fixture.objects(.teams).count
            #expect(budget.estimatedRequests == summary.requests)
            #expect(counted.count == summary.requests)
            #expect(summary.requests >= 4 * apps + teams + 12)
            #expect(budget.rateLimitRemaining.map { $0 < 1_000 } == true)
            // The load needed more tokens than were left, so it must have waited for refills.
            #expect(summary.requests > 300)
        }
    }

    @Test("429s without Retry-After (Heroku's usual): every report of a load on a drained pool completes, with few 429s")
    func rateLimitedWithoutRetryAfter() async throws {
        var configuration = SandboxConfiguration(seed: 33, apps: 60, teams: 3, addons: 90,
                                                 rateLimitCapacity: 4_500, rateLimitRefillPerMinute: 75)
        configuration.rateLimitTimeScale = Self.timeScale
        configuration.rateLimitSendsRetryAfter = false
        try await LoadFixture.with(configuration) { fixture in
            let first = try await fixture.load(reports: ReportCatalog.all)
            #expect(first.status == .succeeded, "\(first.error ?? "")")
            // Another tool drained the account's pool: the load's first requests meet 429s
            // that say nothing of when to come back.
            fixture.server.setRateLimitRemaining(0)
            fixture.server.inject(.rateLimitedWithoutRetryAfter(pathPrefix: "/", trigger: .times(3)))
            fixture.server.resetRequestLog()
            let summary = try await loadPaced(fixture)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.reports.allSatisfy { $0.status == .succeeded })
            let log = fixture.server.requests
            let tooMany = log.filter { $0.status == 429 }
            #expect(tooMany.count >= 3, "the drained pool answered 429")
            // Waiting for the floor to refill, not the short 5xx backoff: the three injected
            // 429s and a few more at most, for some 260 requests, not one per request.
            #expect(tooMany.count <= 6, "\(tooMany.count) 429s in \(log.count) requests")
        }
    }

    @Test("reports that do not fit in --max-duration are skipped, not deleted")
    func overBudgetReportsAreSkipped() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 32, apps: 12, teams: 2, addons: 20)) { fixture in
            let first = try await fixture.load(reports: ReportCatalog.all)
            #expect(first.status == .succeeded, "\(first.error ?? "")")
            let releases = try fixture.int("SELECT count(*) FROM \(fixture.table("app_releases"))")
            #expect(releases > 0)

            fixture.server.setRateLimitRemaining(28)
            fixture.server.resetRequestLog()
            var request = try fixture.request(reports: ReportCatalog.all)
            // GET /account takes one token (27 left), 8 stay in reserve for the requests that
            // --concurrency 4 may have in flight, one more refills in 1 s (0.8 s each): 20 fit.
            request.maxDuration = .seconds(1)
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
            let budget = try #require(summary.budget)
            #expect(budget.allowance == 20)
            #expect(summary.report("team_members").status == .succeeded)
            for name in ["app_releases", "app_formation", "app_domains", "app_collaborators"] {
                #expect(summary.report(name).status == .skipped, "\(name)")
                #expect(summary.report(name).error?.contains("rate-limit budget") == true)
            }
            #expect(budget.summaryLine.contains("skipped (over budget): app_collaborators, app_domains"))
            #expect(summary.requests <= 21)
            #expect(!fixture.server.requests.contains { $0.status == 429 })
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_releases"))") == releases)
            #expect(try fixture.int(
                "SELECT count(*) FROM \(fixture.table("_load_reports")) WHERE report = 'app_releases' AND status = 'skipped'") == 1)
        }
    }

    @Test("reports do not wait for the rate-limit reading unless --max-duration budgets with it")
    func reportsDoNotWaitForTheReading() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 33, apps: 6, teams: 2, addons: 10)) { fixture in
            // How long after the load opened its first report started, and the load ended.
            func lastLoadTiming() throws -> (reportsAfter: Double, loadTook: Double) {
                let sql = """
                    SELECT extract(epoch FROM min(r.started_at) - l.started_at),
                           extract(epoch FROM l.finished_at - l.started_at)
                    FROM \(fixture.table("_loads")) l JOIN \(fixture.table("_load_reports")) r USING (load_id)
                    WHERE l.load_id = (SELECT max(load_id) FROM \(fixture.table("_loads")))
                    GROUP BY l.load_id
                    """
                let row = try fixture.query(sql)
                return (Double(row.value(0, 0) ?? "") ?? -1, Double(row.value(0, 1) ?? "") ?? -1)
            }
            for budgeted in [false, true] {
                fixture.server.inject(SandboxFault(pathPrefix: "/account/rate-limits", status: nil, delay: .seconds(3)))
                var request = try fixture.request(reports: ReportCatalog.defaults)
                // On the load's own connection: no report waits for a connection of its own
                // (slow to open while the whole suite runs).
                request.reportConcurrency = 1
                if budgeted { request.maxDuration = .seconds(600) }
                let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
                #expect(summary.status == .succeeded, "\(summary.error ?? "")")
                // Read either way, for the summary.
                #expect(summary.budget?.rateLimitRemaining != nil)
                // The reading is asked for when the lock is taken, just before the load opens.
                let timing = try lastLoadTiming()
                #expect(timing.loadTook >= 2)
                if budgeted {
                    #expect(timing.reportsAfter >= 2, "the budget needs the reading first")
                } else {
                    // Well under the reading's 3 s, with room for a machine busy with the whole suite.
                    #expect(timing.reportsAfter < 2.0, "reports waited \(timing.reportsAfter) s for the reading")
                }
            }
        }
    }
}
