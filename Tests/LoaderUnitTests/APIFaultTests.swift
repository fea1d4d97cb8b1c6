import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Testing
import Warehouse

/// The fault matrix's API half: each bad answer from the API leaves the stored rows exactly
/// as the last good load wrote them, and the ledger says what went wrong. On a warehouse in
/// memory and the sandbox in process, with the client's clock injected (retry pauses and
/// `Retry-After` waits are recorded, not slept). That a failed report's transaction leaves
/// PostgreSQL untouched is WarehouseTests' `Fault matrix`.
@Suite("Fault matrix: the API (in memory)")
struct APIFaultTests {
    typealias Rows = [String: [String: [String: MemoryWarehouse.Row]]]

    /// Loads once, injects nothing yet, renames an app (so an intact warehouse is told from a
    /// reloaded one), forgets the stored pages (full fetches: each fault meets the request it
    /// is written for), and hands over the rows stored.
    private func afterGoodLoad(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 61, apps: 10, teams: 2, addons: 20),
        _ body: (MemoryLoadFixture, Rows) async throws -> Void
    ) async throws {
        try await MemoryLoadFixture.with(configuration) { fixture in
            #expect(try await fixture.load().status == .succeeded)
            fixture.warehouse.with { $0.pages = [:] }
            fixture.server.mutate { account in
                if let id = account.objects(.apps).first?["id"]?.stringValue { _ = account.renameApp(id: id, to: "changed-app") }
            }
            fixture.server.resetRequestLog()
            try await body(fixture, fixture.warehouse.snapshot)
        }
    }

    private func lastOutcome(_ fixture: MemoryLoadFixture, _ report: String) -> ReportOutcome? {
        fixture.warehouse.loads.last?.outcomes.first { $0.report == report }
    }

    @Test("403 forbidden on the account: stops at once, nothing retried, recorded, intact")
    func forbiddenAccount() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/account", status: 403, trigger: .always))
            await #expect(throws: LoadError.self) { try await fixture.load() }
            #expect(fixture.server.requests.count == 1)
            #expect(fixture.warehouse.snapshot == before)
            let last = try #require(fixture.warehouse.loads.last)
            #expect(last.status == .failed)
            #expect(last.error?.contains("403") == true)
        }
    }

    @Test("403 on one report: the load stops there, the rest is skipped, intact")
    func forbiddenReport() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 403, trigger: .always))
            // One report after another, so which reports come after the failure is certain.
            let summary = try await fixture.load { $0.reportConcurrency = 1 }
            #expect(summary.status == .partial)
            #expect(fixture.server.requestCount(path: "/apps") == 1, "403 is never retried")
            #expect(lastOutcome(fixture, "apps")?.status == .failed)
            #expect(lastOutcome(fixture, "addons")?.status == .skipped && lastOutcome(fixture, "addon_services")?.status == .skipped)
            #expect(fixture.warehouse.snapshot == before)
        }
    }

    @Test("403 while reports load side by side: the others stop and roll back, nothing half-written")
    func forbiddenReportWhileConcurrent() async throws {
        try await afterGoodLoad { fixture, before in
            // The add-ons list never answers in time: the apps report's 403 stops it.
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .always, delay: .seconds(15)))
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 403, trigger: .always))
            let summary = try await fixture.load { $0.reportConcurrency = 3 }
            #expect(summary.report("apps").status == .failed)
            #expect(summary.report("addons").status == .skipped, "cancelled while it waited for its page")
            #expect(summary.report("addons").error?.contains("not finished") == true)
            let after = fixture.warehouse.snapshot
            #expect(after["addons"] == before["addons"] && after["apps"] == before["apps"])
            // Partial when a report finished before the 403 stopped the others, else failed.
            let finished = summary.reports.contains { $0.status == .succeeded }
            #expect(fixture.warehouse.loads.last?.status == (finished ? .partial : .failed))
        }
    }

    @Test("404 on one report's path: that report fails with its reason, the others load, status partial")
    func notFoundReport() async throws {
        try await afterGoodLoad { fixture, _ in
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: 404, trigger: .always))
            let summary = try await fixture.load()
            #expect(summary.status == .partial)
            #expect(lastOutcome(fixture, "addons")?.status == .failed)
            #expect(lastOutcome(fixture, "addons")?.error?.contains("404") == true)
            #expect(lastOutcome(fixture, "apps")?.status == .succeeded && lastOutcome(fixture, "addon_services")?.status == .succeeded)
            #expect(fixture.warehouse.loads.last?.status == .partial)
            let names = fixture.warehouse.rows("apps", account: fixture.account).values.map { MemoryStore.text(at: ["name"], of: $0.object) }
            #expect(names.filter { $0 == "changed-app" }.count == 1)
        }
    }

    @Test("429 with Retry-After: waits as told, bounded by --max-wait, the wait and the retry recorded")
    func rateLimited() async throws {
        try await afterGoodLoad { fixture, _ in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 429, trigger: .times(1), retryAfter: 600))
            let summary = try await fixture.load { $0.client.maxWait = .seconds(1) }
            #expect(summary.status == .succeeded)
            // The client's clock moves only when slept on: the wait asked for is exact.
            let recorded = fixture.clock.recorded
            #expect(recorded.contains(.seconds(1)) && recorded.allSatisfy { $0 <= .seconds(1) },
                    "Retry-After: 600 is capped by --max-wait: \(recorded)")
            #expect(lastOutcome(fixture, "apps")?.retries == 1)
            // The wait is reported: the 1 s --max-wait allowed.
            #expect(summary.report("apps").rateLimitWaitMilliseconds == 1_000)
            #expect(lastOutcome(fixture, "apps")?.rateLimitWaitMilliseconds == 1_000)
        }
    }

    @Test("a report that fails after waiting for the rate limit still reports the wait")
    func rateLimitedUntilFailure() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 429, trigger: .always, retryAfter: 1))
            let summary = try await fixture.load { $0.client.maxRetries = 1 }
            let apps = summary.report("apps")
            #expect(apps.status == .failed)
            #expect((apps.error ?? "").contains("429"), "\(apps.error ?? "")")
            // One Retry-After of 1 s before the retry that got the second 429.
            #expect(apps.rateLimitWaitMilliseconds == 1_000)
            #expect(lastOutcome(fixture, "apps")?.rateLimitWaitMilliseconds == 1_000)
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a report that fails on a bad page after waiting for the rate limit still reports the wait")
    func rateLimitedThenBadPage() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 429, trigger: .times(1), retryAfter: 1))
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 200, trigger: .always, rawBody: "[{\"id\":"))
            let summary = try await fixture.load()
            let apps = summary.report("apps")
            #expect(apps.status == .failed)
            #expect((apps.error ?? "").contains("invalid JSON"), "\(apps.error ?? "")")
            #expect(apps.rateLimitWaitMilliseconds == 1_000)
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("30% transient 500/503: retried with backoff, the load succeeds, retries are counted")
    func transientErrors() async throws {
        try await afterGoodLoad(SandboxConfiguration(seed: 63, apps: 600, teams: 3, addons: 2_500)) { fixture, _ in
            fixture.server.inject(SandboxFault(pathPrefix: "/", status: 503, trigger: .probability(0.3)))
            let summary = try await fixture.load { $0.client.maxRetries = 10 }
            fixture.server.clearFaults()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let retries = fixture.warehouse.loads.last?.outcomes.reduce(0) { $0 + $1.retries } ?? 0
            #expect(retries > 0)
            #expect(retries == summary.reports.reduce(0) { $0 + $1.retries })
            #expect(fixture.storedKeys("addons").count == 2_500)
        }
    }

    @Test("503 on every attempt: the report fails after the bounded retries, intact")
    func persistentServerError() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 503, trigger: .always))
            let summary = try await fixture.load { $0.client.maxRetries = 2 }
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("503"))
            #expect(fixture.server.requestCount(path: "/apps") == 3)
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a connection dropped mid-pagination or mid-body is retried from the failed page")
    func droppedConnections() async throws {
        try await afterGoodLoad(SandboxConfiguration(seed: 64, apps: 600, teams: 3, addons: 2_500)) { fixture, _ in
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .times(1),
                                               dropConnection: true, skipFirst: 1))
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .times(1),
                                               skipFirst: 2, truncateAfterBytes: 5_000))
            let summary = try await fixture.load()
            #expect(summary.report("addons").status == .succeeded, "\(summary.error ?? "")")
            let ranges = fixture.server.requests.filter { $0.path == "/addons" }.map(\.range)
            #expect(ranges.count == 5, "\(ranges)")
            #expect(ranges[1] == ranges[2], "the dropped page is asked again, not the first page")
            #expect(ranges[0] != ranges[1])
            #expect(fixture.storedKeys("addons").count == 2_500)
        }
    }

    @Test("a connection dropped on every try of a page: the report fails, intact")
    func droppedForever() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: nil, trigger: .always, dropConnection: true))
            let summary = try await fixture.load { $0.client.maxRetries = 1 }
            #expect(summary.report("apps").status == .failed)
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a truncated JSON body, a non-JSON body, JSON that is not a list: the report fails clearly, intact",
          arguments: [("[{\"id\":", "invalid JSON"), ("<html>busy</html>", "invalid JSON"),
                      ("{\"apps\": []}", "expected a JSON array")])
    func badBodies(body: String, expected: String) async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 200, trigger: .always, rawBody: body))
            let summary = try await fixture.load()
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains(expected), "\(summary.report("apps").error ?? "")")
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a server slower than --timeout: timed out, retried, then failed, intact")
    func slowServer() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: nil, trigger: .always, delay: .seconds(5)))
            // The request timeout is the HTTP client's own (real time): the thing under test.
            let summary = try await fixture.load {
                $0.client.requestTimeout = .seconds(1)
                $0.client.maxRetries = 1
            }
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("timed out"))
            #expect((1...2).contains(fixture.server.requestCount(path: "/apps")))
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a Next-Range that loops is detected, the report fails, intact")
    func loopingNextRange() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: nil, trigger: .always, loopNextRange: true))
            let summary = try await fixture.load()
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("loop"))
            #expect(fixture.server.requestCount(path: "/apps") == 1, "the repeated range is never requested again")
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }

    @Test("a 206 without Next-Range (a list cut short) fails the report; nothing after it is taken as deleted")
    func partialPageWithoutNextRange() async throws {
        try await afterGoodLoad { fixture, before in
            // Pages of 4 apps; the second (apps 5 to 8) comes back 206 without a Next-Range: taken
            // as the end of the list, apps 9 and 10 would be deleted (2 of 10, within the guard).
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: nil, trigger: .times(1), skipFirst: 1,
                                               dropNextRange: true))
            let summary = try await fixture.load { $0.client.pageSize = 4 }
            #expect(summary.report("apps").status == .failed)
            #expect((1...2).contains(fixture.server.requestCount(path: "/apps")))
            #expect((summary.report("apps").error ?? "").contains("206 Partial Content without a Next-Range"),
                    "\(summary.report("apps").error ?? "")")
            #expect(fixture.warehouse.snapshot["apps"] == before["apps"])
        }
    }
}
