import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import TestSupport
import Testing

/// The fault matrix's PostgreSQL half: each bad night leaves the warehouse exactly as the
/// last good load wrote it, and `_loads` / `_load_reports` say what went wrong. Most bad
/// answers from the API are LoaderUnitTests' `APIFaultTests` (in memory); here are those
/// that stop a report while its rows are being copied in (a list cut short, a sibling's 403
/// cancelling reports side by side), failures in the merge itself, and pacing on a real clock.
@Suite("Fault matrix")
struct FaultMatrixTests {
    /// Loads once, takes a snapshot, injects `fault`, loads again with `configure`d options.
    private func afterGoodLoad(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 61, apps: 10, teams: 2, addons: 20),
        _ body: (LoadFixture, WarehouseSnapshot) async throws -> Void
    ) async throws {
        try await LoadFixture.with(configuration) { fixture in
            let first = try await fixture.load()
            #expect(first.status == .succeeded)
            // Full fetches, so each fault meets the request it is written for (conditional
            // reloads have their own suite).
            try fixture.connection.execute("DELETE FROM \(fixture.table("_list_etags"))")
            // Something to change, so an intact warehouse is distinguishable from a reloaded one.
            fixture.server.mutate { account in
                if let id = account.objects(.apps).first?["id"]?.stringValue { account.renameApp(id: id, to: "changed-app") }
            }
            fixture.server.resetRequestLog()
            try await body(fixture, try WarehouseSnapshot(fixture))
        }
    }

    private func run(_ fixture: LoadFixture, configure: (inout LoadRequest) -> Void = { _ in }) async throws -> LoadSummary {
        var request = try fixture.request()
        configure(&request)
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    @Test("403 while reports load side by side: the others stop and roll back, nothing half-written")
    func forbiddenReportWhileConcurrent() async throws {
        try await afterGoodLoad { fixture, before in
            // Long enough that the apps report's 403 arrives first even on a machine busy with the
            // whole suite (2 s was not, once); the cancelled request does not make the test wait.
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .always, delay: .seconds(15)))
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 403, trigger: .always))
            let summary = try await run(fixture) { $0.reportConcurrency = 3 }
            #expect(summary.report("apps").status == .failed)
            #expect(summary.report("addons").status == .skipped, "cancelled while it waited for its page")
            #expect(summary.report("addons").error?.contains("not finished") == true)
            #expect(try WarehouseSnapshot(fixture).only("addons") == before.only("addons"))
            #expect(try WarehouseSnapshot(fixture).only("apps") == before.only("apps"))
            // Partial when a report finished before the 403 stopped the others, else failed.
            let finished = summary.reports.contains { $0.status == .succeeded }
            #expect(try fixture.lastLoad().status == (finished ? "partial" : "failed"))
        }
    }

    @Test("a 206 without Next-Range (a list cut short) fails the report; nothing after it is taken as deleted")
    func partialPageWithoutNextRange() async throws {
        try await afterGoodLoad { fixture, before in
            // Pages of 4 apps; the second (apps 5 to 8) comes back 206 without a Next-Range: taken
            // as the end of the list, apps 9 and 10 would be deleted (2 of 10, within the guard).
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: nil, trigger: .times(1), skipFirst: 1,
                                               dropNextRange: true))
            let summary = try await run(fixture) { $0.client.pageSize = 4 }
            #expect(summary.report("apps").status == .failed)
            #expect((1...2).contains(fixture.server.requestCount(path: "/apps")))
            #expect((summary.report("apps").error ?? "").contains("206 Partial Content without a Next-Range"),
                    "\(summary.report("apps").error ?? "")")
            #expect(try WarehouseSnapshot(fixture).only("apps") == before.only("apps"))
        }
    }

    @Test("an empty token pool refilling: the loader pauses instead of hitting 429")
    func emptyPoolPaces() async throws {
        let limited = SandboxConfiguration(seed: 62, apps: 10, teams: 2, addons: 20, rateLimitRefillPerMinute: 600)
        try await LoadFixture.with(limited) { fixture in
            fixture.server.setRateLimitRemaining(2)
            let summary = try await run(fixture) { $0.client.maxWait = .seconds(5) }
            #expect(summary.status == .succeeded)
            #expect(!fixture.server.requests.contains { $0.status == 429 },
                    "the loader paused instead of hitting 429: \(fixture.server.requests.map { "\($0.path) \($0.status)" })")
        }
    }

    @Test("the PostgreSQL connection killed mid-merge: rolled back, recorded, later reports and the next load succeed")
    func connectionKilledMidMerge() async throws {
        try await afterGoodLoad { fixture, before in
            try fixture.connection.execute("""
                CREATE FUNCTION \(fixture.table("kill_session"))() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NEW; END $$;
                CREATE TRIGGER kill_session BEFORE UPDATE ON \(fixture.table("apps"))
                    FOR EACH ROW EXECUTE FUNCTION \(fixture.table("kill_session"))();
                """)
            let summary = try await run(fixture)
            #expect(summary.report("apps").status == .failed)
            #expect(summary.report("addons").status == .succeeded, "the loader reconnected and went on")
            let apps = before.rows.filter { $0.first == "apps" || $0.first == "apps_history" }
            #expect(try WarehouseSnapshot(fixture).rows.filter { $0.first == "apps" || $0.first == "apps_history" } == apps)
            #expect(try fixture.lastLoad().status == "partial")
            try fixture.connection.execute("DROP TRIGGER kill_session ON \(fixture.table("apps"))")
            let next = try await run(fixture)
            #expect(next.status == .succeeded)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE name = 'changed-app'") == 1)
        }
    }

    @Test("a statement failing mid-merge (disk full, simulated by a trigger): rolled back, intact")
    func statementFailsMidMerge() async throws {
        try await afterGoodLoad { fixture, before in
            try fixture.connection.execute("""
                CREATE FUNCTION \(fixture.table("disk_full"))() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; END $$;
                CREATE TRIGGER disk_full BEFORE INSERT ON \(fixture.table("apps_history"))
                    FOR EACH ROW EXECUTE FUNCTION \(fixture.table("disk_full"))();
                """)
            let summary = try await run(fixture)
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("No space left on device"))
            #expect(try WarehouseSnapshot(fixture).only("apps") == before.only("apps"))
            #expect(try fixture.lastReports()["apps"]?.error.contains("53100") == true)
        }
    }

    @Test("an API glitch returning no apps does not empty the table; --max-delete-fraction 1 really deletes")
    func massDeleteGuard() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.mutate { account in
                for app in account.objects(.apps) {
                    if let id = app["id"]?.stringValue { account.deleteApp(id: id) }
                }
            }
            let guarded = try await run(fixture)
            #expect(guarded.report("apps").status == .failed)
            #expect((guarded.report("apps").error ?? "").contains("refusing to delete"))
            #expect(try WarehouseSnapshot(fixture) == before)
            let forced = try await run(fixture) { $0.maxDeleteFraction = 1 }
            #expect(forced.status == .succeeded)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history")) WHERE _op = 'delete'") == 10)
        }
    }

    @Test("the delete guard's share: 6 of 10 apps refused at 0.5, allowed at 0.6; under 10 rows anything but the last row goes")
    func deleteGuardShare() async throws {
        try await afterGoodLoad { fixture, _ in
            let ids = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }
            try #require(ids.count == 10)
            func delete(_ range: Range<Int>) {
                fixture.server.mutate { account in
                    for id in ids[range] { account.deleteApp(id: id) }
                }
            }
            func apps() throws -> Int { try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") }
            let reports = [ReportCatalog.named("apps")!]

            delete(0..<6)
            let sixOfTen = try await fixture.load(reports: reports)
            #expect(sixOfTen.report("apps").status == .failed)
            #expect((sixOfTen.report("apps").error ?? "").contains("refusing to delete 6 of 10 rows"))
            #expect(try apps() == 10)

            let allowed = try await run(fixture) { $0.reports = reports; $0.maxDeleteFraction = 0.6 }
            #expect(allowed.report("apps").status == .succeeded, "\(allowed.report("apps").error ?? "")")
            #expect(try apps() == 4)

            delete(6..<9)
            let threeOfFour = try await fixture.load(reports: reports)
            #expect(threeOfFour.report("apps").status == .succeeded, "\(threeOfFour.report("apps").error ?? "")")
            #expect(try apps() == 1)

            delete(9..<10)
            let lastOne = try await fixture.load(reports: reports)
            #expect(lastOne.report("apps").status == .failed)
            #expect((lastOne.report("apps").error ?? "").contains("refusing to delete 1 of 1 rows"))
            #expect(try apps() == 1)
        }
    }

    @Test("a dry run reports what a load would do and writes nothing")
    func dryRun() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.mutate { account in
                if let id = account.objects(.apps).last?["id"]?.stringValue {
                    account.setField(resource: .apps, id: id, path: ["brand_new"], value: "x")
                }
            }
            let loads = try fixture.int("SELECT count(*) FROM \(fixture.table("_loads"))")
            let summary = try await run(fixture) { $0.dryRun = true }
            #expect(summary.dryRun)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").counts.updated == 2)
            #expect(summary.report("apps").schemaChanges.contains { $0.contains("brand_new") })
            #expect(try WarehouseSnapshot(fixture) == before)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_loads"))") == loads)
            #expect(try fixture.int(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'brand_new'",
                [fixture.schema]) == 0)
        }
    }

    @Test("endpoints that return secrets are refused before any request")
    func secretEndpointsRefused() async throws {
        try await LoadFixture.with { fixture in
            fixture.server.resetRequestLog()
            let request = try fixture.request()
            for path in ["/apps/x/config-vars", "/addons/y/config", "/oauth/authorizations", "/apps/x/log-drains"] {
                await #expect {
                    try await HerokuClient.withClient(endpoint: request.endpoint, apiKey: request.apiKey,
                                                      logger: Logger(label: "test")) { client in
                        try await client.fetchObject(path: path)
                    }
                } throws: { error in
                    (error as? HerokuAPIError)?.kind == .refusedPath
                }
            }
            #expect(fixture.server.requests.isEmpty)
        }
    }

    @Test("objects without an id fail the report instead of deleting the rows they stand for")
    func objectsWithoutKey() async throws {
        try await afterGoodLoad { fixture, before in
            fixture.server.mutate { account in
                if let id = account.objects(.apps).first?["id"]?.stringValue {
                    account.setField(resource: .apps, id: id, path: ["id"], value: .null)
                }
            }
            let summary = try await run(fixture)
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("1 objects for apps have no id"))
            #expect(try WarehouseSnapshot(fixture).only("apps") == before.only("apps"))
        }
    }

    @Test("on a first load too, an object without an id fails its report and writes none of its rows")
    func firstLoadObjectWithoutKey() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 62, apps: 10, teams: 2, addons: 20)) { fixture in
            fixture.server.mutate { account in
                for app in account.objects(.apps).prefix(2) {
                    if let id = app["id"]?.stringValue { account.setField(resource: .apps, id: id, path: ["id"], value: .null) }
                }
            }
            let summary = try await run(fixture)
            #expect(summary.report("apps").status == .failed)
            #expect((summary.report("apps").error ?? "").contains("2 objects for apps have no id"))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == 0)
            #expect(summary.report("addons").status == .succeeded)
        }
    }

    @Test("a load left `running` by a killed process is closed as failed by the next load")
    func abandonedLoadsAreClosed() async throws {
        try await afterGoodLoad { fixture, _ in
            try fixture.connection.execute("""
                INSERT INTO \(fixture.table("_loads")) (account, status, reports, tool_version)
                VALUES ('killed', 'running', '{apps}', 'test')
                """)
            _ = try await run(fixture)
            let row = try fixture.query(
                "SELECT status, error, finished_at IS NOT NULL FROM \(fixture.table("_loads")) WHERE account = 'killed'")
            #expect(row.rows.first?[0] == "failed")
            let error: String = (row.rows.first?[1] ?? nil) ?? ""
            #expect(error.contains("stopped without finishing"))
            #expect(row.rows.first?[2] == "t")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_loads")) WHERE status = 'running'") == 0)
        }
    }

    @Test("a dry run locks nothing analysts read")
    func dryRunDoesNotBlockReaders() async throws {
        try await afterGoodLoad { fixture, _ in
            fixture.server.mutate { account in
                if let id = account.objects(.apps).first?["id"]?.stringValue {
                    account.setField(resource: .apps, id: id, path: ["region", "id"], value: "not-a-uuid")
                }
            }
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .times(1), delay: .seconds(3)))
            let request: LoadRequest = try {
                var request = try fixture.request()
                request.dryRun = true
                return request
            }()
            let dryRun = Task { try await LoadRunner(logger: Logger(label: "test")).run(request) }
            let reachedAddons = try await waitFor { fixture.server.requests.contains { $0.path == "/addons" } }
            #expect(reachedAddons)
            // The apps report (with a widening) is planned by now; readers are not blocked.
            try fixture.connection.execute("SET lock_timeout = '500ms'")
            for view in ["addons_per_app", "app_inventory", "changes", "team_costs"] {
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table(view))") >= 0, "\(view)")
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 10)
            try fixture.connection.execute("RESET lock_timeout")
            let summary = try await dryRun.value
            #expect(summary.dryRun && summary.report("apps").columnsWidened == 1)
            let type = try fixture.query(
                "SELECT data_type FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'region_id'")
            #expect(type.firstValue == "uuid", "a dry run changes no column")
        }
    }

    private func waitFor(seconds: Double = 20, _ condition: () -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
