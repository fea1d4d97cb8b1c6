import Foundation
import HerokuSandbox
import TestSupport
import Testing

/// Unattended operation: the scheduler, signals, the lock, several accounts, migrate, check.
@Suite("Nightly operation")
struct NightlyTests {
    @Test("schedule --every runs loads repeatedly, survives a failed one, stops cleanly on SIGTERM")
    func scheduleRunsAndSurvivesFailures() async throws {
        try await CLIFixture.with { fixture in
            // The first load's /apps request fails (no retries): that load is partial, the next is fine.
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 503, trigger: .times(1)))
            let scheduler = try CommandRunner.start(
                ["schedule", "--every", "1s", "--max-retries", "0"] + fixture.targetArguments,
                environment: fixture.environment)
            let loaded = try fixture.waitUntil(seconds: 60) {
                try fixture.loads(status: "succeeded") >= 2
            }
            // Each load's line is out while the scheduler runs (docker compose logs shows it).
            let printed = try fixture.waitUntil(seconds: 10) { scheduler.stdoutSoFar.contains("succeeded") }
            #expect(printed, "no line on stdout while running: \(scheduler.stdoutSoFar)")
            scheduler.terminate()
            let result = try scheduler.wait()
            #expect(loaded, "two good loads within a minute")
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("scheduler stopped"))
            let statuses = try fixture.query(
                "SELECT status FROM \(fixture.table("_loads")) ORDER BY load_id").rows.compactMap { $0[0] }
            #expect(statuses.first == "partial", "\(statuses)")
            #expect(statuses.dropFirst().contains("succeeded"))
            #expect(result.stdout.contains("partial") && result.stdout.contains("succeeded"))
            #expect(try !fixture.lockIsHeld())
        }
    }

    @Test("SIGTERM during a slow load: the open report rolls back, the load is interrupted, the lock is free")
    func sigtermDuringLoad() async throws {
        try await CLIFixture.with { fixture in
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .always, delay: .seconds(30)))
            // One report after another, so which report is in flight is certain.
            let load = try CommandRunner.start(["load", "--report-concurrency", "1"] + fixture.targetArguments,
                                               environment: fixture.environment)
            let reachedAddons = try fixture.waitUntil {
                fixture.server.requests.contains { $0.path.hasPrefix("/addons") }
            }
            #expect(reachedAddons)
            load.terminate()
            let result = try load.wait(timeout: 20)
            #expect(result.exitCode == 1, "\(result.stderr)")
            let last = try fixture.query(
                "SELECT status, error FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1")
            #expect(last.rows.first?[0] == "interrupted")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 0, "no partial add-ons")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_history"))") == 0)
            let reports = try fixture.query(
                "SELECT report, status FROM \(fixture.table("_load_reports")) ORDER BY report").rows
            #expect(reports.contains(["addons", "failed"]) && reports.contains(["addon_services", "skipped"]), "\(reports)")
            #expect(try !fixture.lockIsHeld())
        }
    }

    @Test("schedule: SIGTERM during a slow load cancels it (rolled back, interrupted, lock free), then the scheduler stops")
    func scheduleSigtermDuringLoad() async throws {
        try await CLIFixture.with { fixture in
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .always, delay: .seconds(30)))
            let scheduler = try CommandRunner.start(
                ["schedule", "--every", "1h", "--report-concurrency", "1"] + fixture.targetArguments,
                environment: fixture.environment)
            #expect(try fixture.waitUntil { fixture.server.requests.contains { $0.path.hasPrefix("/addons") } })
            scheduler.terminate()
            let result = try scheduler.wait(timeout: 20)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("interrupted") && result.stdout.contains("scheduler stopped"), "\(result.stdout)")
            #expect(try fixture.query("SELECT status FROM \(fixture.table("_loads"))").rows == [["interrupted"]])
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 0, "no partial add-ons")
            #expect(try !fixture.lockIsHeld())
        }
    }

    @Test("SIGTERM while the key is being checked (a slow GET /account): stops at once, writes nothing")
    func sigtermWhileCheckingTheKey() async throws {
        try await CLIFixture.with { fixture in
            fixture.server.inject(SandboxFault(pathPrefix: "/account", status: nil, trigger: .times(1), delay: .seconds(30)))
            let load = try CommandRunner.start(["load"] + fixture.targetArguments, environment: fixture.environment)
            #expect(try fixture.waitUntil { fixture.server.requests.contains { $0.path == "/account" } })
            let started = Date()
            load.terminate()
            let result = try load.wait(timeout: 20)
            #expect(Date().timeIntervalSince(started) < 5, "SIGTERM is honoured while GET /account runs")
            #expect(result.exitCode == 1, "\(result.stderr)")
            #expect(result.stderr.contains("interrupted"), "\(result.stderr)")
            let ledger = try fixture.query("SELECT to_regclass($1) IS NULL", [fixture.table("_loads")]).firstValue == "t"
                ? 0 : try fixture.int("SELECT count(*) FROM \(fixture.table("_loads"))")
            #expect(ledger == 0, "no load was started")
            #expect(!fixture.server.requests.contains { $0.path != "/account" }, "nothing requested after the key check")
        }
    }

    @Test("a second load on the same schema exits 3 while the first holds the lock, a --wait one loads after it; data intact")
    func concurrentLoadsExitThree() async throws {
        try await CLIFixture.with { fixture in
            // The first load holds the lock while its add-ons page is delayed (long enough for
            // the other two to start on a busy machine).
            fixture.server.inject(SandboxFault(pathPrefix: "/addons", status: nil, trigger: .times(1), delay: .seconds(10)))
            let first = try CommandRunner.start(["load"] + fixture.targetArguments, environment: fixture.environment)
            #expect(try fixture.waitUntil { try fixture.lockIsHeld() })
            let second = try CommandRunner.run(["load"] + fixture.targetArguments, environment: fixture.environment)
            #expect(second.exitCode == 3)
            #expect(second.stderr.contains("lock"))
            // With --wait, a third one waits for the first and then loads.
            let third = try CommandRunner.start(["load", "--wait", "--log-level", "notice"] + fixture.targetArguments,
                                                environment: fixture.environment)
            #expect(try fixture.waitUntil { third.stderrSoFar.contains("another load holds the lock; waiting for it") },
                    "the --wait load did not wait: \(third.stderrSoFar)")
            let firstResult = try first.wait()
            #expect(firstResult.exitCode == 0, "\(firstResult.stderr)")
            let thirdResult = try third.wait()
            #expect(thirdResult.exitCode == 0, "\(thirdResult.stderr)")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == fixture.server.account.count(.addons))
            #expect(try fixture.loads(status: "succeeded") == 2)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_loads"))") == 2)
            #expect(try fixture.int("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = $1 AND table_name = '_list_etags' AND column_name = 'objects'
                """, [fixture.schema]) == 1)
        }
    }

    @Test("load --wait waits for the lock and still stops promptly on SIGTERM")
    func waitingLoadIsInterruptible() async throws {
        try await CLIFixture.with { fixture in
            let holder = try TestDatabase.connect()
            try holder.execute("SELECT pg_advisory_lock(hashtextextended($1, 0))", ["heroku-warehouse:load:" + fixture.schema])
            let waiting = try CommandRunner.start(["load", "--wait", "--log-level", "notice"] + fixture.targetArguments,
                                                  environment: fixture.environment)
            // Signalled once it says it waits for the lock.
            let waits = try fixture.waitUntil { waiting.stderrSoFar.contains("another load holds the lock; waiting for it") }
            #expect(waits, "the load never said it waits for the lock: \(waiting.stderrSoFar)")
            let started = Date()
            waiting.terminate()
            let result = try waiting.wait(timeout: 20)
            #expect(Date().timeIntervalSince(started) < 5, "SIGTERM is honoured while waiting")
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("interrupted"), "\(result.stderr)")
            try holder.execute("SELECT pg_advisory_unlock_all()")
            #expect(try fixture.loads(status: "succeeded") == 0)
        }
    }

    @Test("two accounts in one config: both loaded and tagged; a bad key is reported without stopping the other")
    func severalAccounts() async throws {
        try await CLIFixture.with { fixture in
            let other = SandboxConfiguration(seed: 77, apps: 3, teams: 1, apiKey: "globex-key")
            let globex = try await SandboxServer.start(account: SandboxAccount(configuration: other), configuration: other)
            let config = try temporaryFile("accounts", contents: """
                # three accounts, one with a wrong key
                [[accounts]]
                label = "acme"
                api_key_env = "ACME_KEY"

                [[accounts]]
                label = "broken"
                api_key_env = "BROKEN_KEY"

                [[accounts]]
                label = "globex"
                api_key_env = "GLOBEX_KEY"
                api_url = "\(globex.baseURL)"
                reports = ["apps", "teams"]
                """)
            defer { try? FileManager.default.removeItem(at: config) }
            let environment = [
                "ACME_KEY": fixture.server.account.configuration.apiKey, "BROKEN_KEY": "nope",
                "GLOBEX_KEY": "globex-key", "DATABASE_URL": fixture.databaseURL,
            ]
            let result = try CommandRunner.run(
                ["load", "--config", config.path] + fixture.targetArguments, environment: environment)
            try await globex.shutdown()
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("broken") && result.stderr.contains("401"), "\(result.stderr)")
            #expect(!result.stderr.contains("nope") && !result.stdout.contains("nope"))
            let apps = try fixture.query(
                "SELECT _account, count(*)::text FROM \(fixture.table("apps")) GROUP BY 1 ORDER BY 1").rows
            #expect(apps == [["acme", String(fixture.server.account.count(.apps))], ["globex", "3"]])
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE _account = 'globex'") == 0)
            let loads = try fixture.query(
                "SELECT account, status FROM \(fixture.table("_loads")) ORDER BY load_id").rows
            #expect(loads == [["acme", "succeeded"], ["broken", "failed"], ["globex", "succeeded"]])
        }
    }

    @Test("an account whose key variable is not set: exit 2, named on stderr, nothing of it in _loads; the others load")
    func accountWithoutKey() async throws {
        try await CLIFixture.with { fixture in
            let config = try temporaryFile("accounts", contents: """
                [[accounts]]
                label = "acme"
                api_key_env = "ACME_KEY"

                [[accounts]]
                label = "forgotten"
                api_key_env = "FORGOTTEN_KEY"
                """)
            defer { try? FileManager.default.removeItem(at: config) }
            let environment = ["ACME_KEY": fixture.server.account.configuration.apiKey, "DATABASE_URL": fixture.databaseURL]
            let result = try CommandRunner.run(
                ["load", "--config", config.path] + fixture.targetArguments, environment: environment)
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n") == [
                "heroku-warehouse: forgotten: environment variable FORGOTTEN_KEY (its api_key_env) is not set; set it or change the accounts file",
            ])
            let loads = try fixture.query("SELECT account, status FROM \(fixture.table("_loads")) ORDER BY load_id").rows
            #expect(loads == [["acme", "succeeded"]])
        }
    }

    @Test("migrate twice: the second run changes nothing")
    func migrateIsIdempotent() async throws {
        try await CLIFixture.with { fixture in
            let arguments = ["migrate", "--schema", fixture.schema]
            let environment = ["DATABASE_URL": fixture.databaseURL]
            let first = try CommandRunner.run(arguments, environment: environment)
            #expect(first.exitCode == 0, "\(first.stderr)")
            #expect(first.stdout.contains("migrated from version 0 to 13"))
            let changes = try fixture.int("SELECT count(*) FROM \(fixture.table("_schema_changes"))")
            let second = try CommandRunner.run(arguments, environment: environment)
            #expect(second.exitCode == 0)
            #expect(second.stdout.contains("up to date (version 13)"))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_schema_changes"))") == changes)
        }
    }

    @Test("migrate upgrades a version-1 schema in place, keeping its data")
    func migrateUpgradesInPlace() async throws {
        try await CLIFixture.with { fixture in
            let environment = fixture.environment
            let load = try CommandRunner.run(["load"] + fixture.targetArguments, environment: environment)
            #expect(load.exitCode == 0, "\(load.stderr)")
            // Take the schema back to what release 1 left: no version-2 objects, version 1.
            try fixture.connection.execute("""
                DROP VIEW \(fixture.table("report_coverage")) CASCADE;
                DROP INDEX \(fixture.table("_load_reports_by_report")), \(fixture.table("_schema_changes_by_load"));
                ALTER TABLE \(fixture.table("_loads")) DROP COLUMN host;
                ALTER TABLE \(fixture.table("_list_etags")) DROP COLUMN objects;
                ALTER TABLE \(fixture.table("_load_reports")) DROP COLUMN verified, DROP COLUMN kept, DROP COLUMN rate_limit_wait_ms;
                UPDATE \(fixture.table("_meta")) SET value = '1' WHERE key = 'schema_version';
                """)
            // Report tables of releases before version 4 have no _fetch_hash.
            let reportTables = try fixture.query("SELECT DISTINCT table_name FROM \(fixture.table("_columns"))")
                .rows.compactMap { $0[0] }
            for table in reportTables {
                try fixture.connection.execute("ALTER TABLE \(fixture.table(table)) DROP COLUMN _fetch_hash")
            }
            let before = try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))")
            let versionsBefore = try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))")
            let check = try CommandRunner.run(["check"] + fixture.targetArguments, environment: environment)
            #expect(check.stdout.contains("version 1, the next load upgrades it to 13"))
            let migrate = try CommandRunner.run(["migrate", "--schema", fixture.schema], environment: environment)
            #expect(migrate.stdout.contains("migrated from version 1 to 13"), "\(migrate.stdout)\(migrate.stderr)")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE _fetch_hash IS NULL") == before)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == before)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_loads"))") == 1)
            #expect(try fixture.int("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = $1 AND table_name = '_list_etags' AND column_name = 'objects'
                """, [fixture.schema]) == 1)
            #expect(try fixture.int("SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND indexname = '_load_reports_by_report'",
                                    [fixture.schema]) == 1)
            let next = try CommandRunner.run(["load"] + fixture.targetArguments, environment: environment)
            #expect(next.exitCode == 0)
            #expect(try fixture.query("SELECT host IS NOT NULL FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1")
                .firstValue == "t")
            // The first load after the upgrade fills the fingerprints in and writes no version.
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE _fetch_hash ~ '^[0-9a-f]{32}$'") == before)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == versionsBefore)
        }
    }

    @Test("check passes on a good setup and fails clearly on a bad key or an unreachable database")
    func checkCommand() async throws {
        try await CLIFixture.with { fixture in
            let good = try CommandRunner.run(["check"] + fixture.targetArguments, environment: fixture.environment)
            #expect(good.exitCode == 0, "\(good.stdout)\(good.stderr)")
            #expect(good.stdout.contains("owner@sandbox.example"))
            #expect(!good.stdout.contains("FAIL"))

            // After a load without the fan-out reports, check names the views that cannot answer.
            #expect(try fixture.runLoad([]).exitCode == 0)
            let loaded = try CommandRunner.run(["check"] + fixture.targetArguments, environment: fixture.environment)
            #expect(loaded.exitCode == 0, "\(loaded.stdout)\(loaded.stderr)")
            #expect(loaded.stdout.contains("note view \(fixture.schema).members_without_2fa cannot answer for owner@sandbox.example: never loaded: team_members"),
                    "\(loaded.stdout)")
            #expect(loaded.stdout.contains("note view \(fixture.schema).stale_apps cannot answer for owner@sandbox.example: never loaded: app_releases, app_formation"))
            #expect(!loaded.stdout.contains("view \(fixture.schema).addons_per_app"))

            var badKey = fixture.environment
            badKey["HEROKU_API_KEY"] = "wrong-key-555"
            let rejected = try CommandRunner.run(["check"] + fixture.targetArguments, environment: badKey)
            #expect(rejected.exitCode == 1)
            #expect(rejected.stdout.contains("FAIL API key"))
            #expect(!rejected.stdout.contains("wrong-key-555"))

            var badDatabase = fixture.environment
            badDatabase["DATABASE_URL"] = "postgresql://warehouse:Hidden99@127.0.0.1:1/none"
            let unreachable = try CommandRunner.run(["check"] + fixture.targetArguments, environment: badDatabase)
            #expect(unreachable.exitCode == 1)
            #expect(unreachable.stdout.contains("FAIL PostgreSQL"))
            #expect(!unreachable.stdout.contains("Hidden99") && !unreachable.stderr.contains("Hidden99"))
        }
    }

    @Test("check after a first load that could not create the report tables says the next load creates them")
    func checkAfterTablesCouldNotBeCreated() async throws {
        try await CLIFixture.with { fixture in
            // An analyst's own table where the loader's `apps` goes: the first load fails.
            try fixture.connection.execute("""
                CREATE SCHEMA "\(fixture.schema)";
                CREATE TABLE \(fixture.table("apps")) (note text)
                """)
            let load = try fixture.runLoad([])
            #expect(load.exitCode == 1)
            #expect(load.stderr.contains("relation \"apps\" already exists"), "\(load.stderr)")
            let check = try CommandRunner.run(["check"] + fixture.targetArguments, environment: fixture.environment)
            #expect(check.exitCode == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("schema \(fixture.schema): version "), "\(check.stdout)")
            #expect(check.stdout.contains("the next load (or `heroku-warehouse migrate`) creates the missing report tables and views"),
                    "\(check.stdout)")
            #expect(!check.stdout.contains("FAIL"), "\(check.stdout)")
        }
    }

    @Test("runs lists the load history, as a table and as JSON")
    func runsCommand() async throws {
        try await CLIFixture.with { fixture in
            _ = try CommandRunner.run(["load"] + fixture.targetArguments, environment: fixture.environment)
            _ = try CommandRunner.run(["load"] + fixture.targetArguments, environment: fixture.environment)
            let table = try CommandRunner.run(["runs", "--schema", fixture.schema], environment: fixture.environment)
            #expect(table.exitCode == 0)
            #expect(table.stdout.components(separatedBy: "succeeded").count == 3)
            let json = try CommandRunner.run(["runs", "--schema", fixture.schema, "--json", "--limit", "1"],
                                             environment: fixture.environment)
            let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            #expect(entries?.count == 1)
            #expect(entries?.first?["status"] as? String == "succeeded")
            let account = fixture.server.account
            let defaults: [SandboxResource] = [.apps, .addons, .teams, .addonServices, .account, .addonAttachments,
                                               .pipelines, .pipelineCouplings, .spaces, .regions, .stacks,
                                               .dynoSizes]
            #expect(entries?.first?["unchanged"] as? Int == defaults.map { account.count($0) }.reduce(0, +))
        }
    }
}
