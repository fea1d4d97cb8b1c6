import Foundation
import HerokuSandbox
import Postgres
import TestSupport
import Testing

/// Reports that wait in PostgreSQL never stall the load: their statements wait on threads
/// their connections own, not on Swift's cooperative pool, and SIGTERM cancels a statement
/// that waits.
@Suite("Waiting in PostgreSQL")
struct LockWaitThreadingTests {
    /// Swift's cooperative pool kept to its strict width (no extra threads when all are
    /// blocked), as the issue reproduced it: on this project's 2-core machines the load then
    /// hung before the connections got threads of their own.
    private static let twoCorePool = ["LIBDISPATCH_COOPERATIVE_POOL_STRICT": "1"]

    @Test("an analyst holds apps while apps widens and three reports add columns side by side: the load finishes once the analyst commits")
    func widenBehindAnalystWithAdditionsSideBySide() async throws {
        try await CLIFixture.with(SandboxConfiguration(seed: 61, apps: 30, teams: 2, addons: 60)) { fixture in
            let reports = ["apps", "addons", "teams", "addon_services"].flatMap { ["--report", $0] }
            let first = try fixture.runLoad(reports)
            #expect(first.exitCode == 0, "\(first.stderr)")
            fixture.server.mutate { account in
                // apps.slug_size: bigint, then a fraction (a widening to numeric).
                if let app = account.objects(.apps).first?["id"]?.stringValue {
                    _ = account.setField(resource: .apps, id: app, path: ["slug_size"], value: .number("1234.5"))
                }
                // A new field in each of the other reports (column additions).
                for resource in [SandboxResource.addons, .teams, .addonServices] {
                    for object in account.objects(resource) {
                        guard let id = object["id"]?.stringValue else { continue }
                        _ = account.setField(resource: resource, id: id, path: ["sandbox_tier"], value: "gold")
                    }
                }
            }
            let analyst = try TestDatabase.connect()
            try analyst.execute("BEGIN")
            _ = try analyst.execute("SELECT count(*) FROM \(fixture.table("apps"))")
            let analystPID = try #require(try analyst.execute("SELECT pg_backend_pid()").firstValue)

            let load = try CommandRunner.start(
                ["load", "--report-concurrency", "3", "--lock-wait", "90s"] + reports + fixture.targetArguments,
                environment: fixture.environment.merging(Self.twoCorePool) { $1 })
            // The widening waits for the analyst (and pauses, holding the schema's DDL lock),
            // while the reports adding columns wait for that lock.
            #expect(try fixture.waitUntil(seconds: 60) {
                try fixture.int("SELECT count(*) FROM pg_stat_activity WHERE $1::integer = ANY (pg_blocking_pids(pid))",
                                [analystPID]) > 0
            }, "the load never waited for the analyst")
            try await Task.sleep(for: .seconds(4))
            try analyst.execute("COMMIT")
            let result = try load.wait(timeout: 90)
            #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
            #expect(try fixture.query("""
                SELECT data_type FROM information_schema.columns
                WHERE table_schema = $1 AND table_name = 'apps' AND column_name = 'slug_size'
                """, [fixture.schema]).firstValue == "numeric")
            for table in ["addons", "teams", "addon_services"] {
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table(table)) WHERE sandbox_tier = 'gold'") > 0,
                        "\(table) got its new column")
            }
            #expect(try fixture.loads(status: "succeeded") == 2)
        }
    }

    @Test("SIGTERM while a report waits for a lock in PostgreSQL: the statement is cancelled, the load ends within 5 s, interrupted, lock free")
    func sigtermCancelsALockWait() async throws {
        try await CLIFixture.with(SandboxConfiguration(seed: 62, apps: 12, teams: 1, addons: 10)) { fixture in
            #expect(try fixture.runLoad(["--report", "apps"]).exitCode == 0)
            let renamed = try #require(fixture.server.account.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in _ = account.renameApp(id: renamed, to: "renamed-before-sigterm") }
            // An analyst keeps writers out of apps (SHARE mode): the merge waits for that lock,
            // up to the session's lock_timeout (the lock wait plus ten minutes).
            let analyst = try TestDatabase.connect()
            try analyst.execute("BEGIN")
            try analyst.execute("LOCK TABLE \(fixture.table("apps")) IN SHARE MODE")
            let analystPID = try #require(try analyst.execute("SELECT pg_backend_pid()").firstValue)
            defer { _ = try? analyst.execute("ROLLBACK") }

            let load = try CommandRunner.start(["load", "--report", "apps"] + fixture.targetArguments,
                                               environment: fixture.environment.merging(Self.twoCorePool) { $1 })
            #expect(try fixture.waitUntil(seconds: 60) {
                try fixture.int("SELECT count(*) FROM pg_stat_activity WHERE $1::integer = ANY (pg_blocking_pids(pid))",
                                [analystPID]) > 0
            }, "the load never waited for the analyst's lock")
            let signalled = Date()
            load.terminate()
            let result = try load.wait(timeout: 60)
            #expect(Date().timeIntervalSince(signalled) < 5, "the first SIGTERM ends a load waiting in PostgreSQL")
            #expect(result.exitCode == 1, "\(result.stderr)")
            #expect(try fixture.query(
                "SELECT status FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1").firstValue == "interrupted")
            #expect(try !fixture.lockIsHeld())
            try analyst.execute("ROLLBACK")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE name = 'renamed-before-sigterm'") == 0,
                    "the report rolled back")
            #expect(try fixture.waitUntil(seconds: 10) {
                try fixture.int("""
                    SELECT count(*) FROM pg_stat_activity WHERE application_name = 'heroku-warehouse'
                      AND datname = current_database() AND query ILIKE '%' || $1 || '%'
                    """, [fixture.schema]) == 0
            }, "no backend of the load is left")
        }
    }
}
