import Foundation
import HerokuSandbox
import Loader
import Logging
import Postgres
import Testing
import WarehouseSQL
import TestSupport
@testable import Warehouse
import Schema

/// A full load of a generated account, checked against the sandbox's own objects.
@Suite("Full load")
struct FullLoadTests {
    @Test("row counts per table equal the sandbox's object counts")
    func rowCountsMatch() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 11, apps: 40, teams: 3, addons: 90)) { fixture in
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let expected: [(String, SandboxResource)] = [
                ("apps", .apps), ("addons", .addons), ("addon_services", .addonServices), ("teams", .teams),
            ]
            for (table, resource) in expected {
                let rows = try fixture.int("SELECT count(*) FROM \(fixture.table(table))")
                #expect(rows == fixture.objects(resource).count, "\(table)")
                #expect(summary.report(table).counts.inserted == rows)
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 90)
        }
    }

    @Test("the summary lists the reports in the order asked, though per-team reports run after account-wide ones")
    func summaryKeepsRequestOrder() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 12, apps: 4, teams: 2, addons: 6)) { fixture in
            let names = ["team_members", "apps", "teams"]
            let summary = try await fixture.load(reports: names.map { ReportCatalog.named($0)! })
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.reports.map(\.report) == names)
        }
    }

    @Test("the DDL of a load's own migration carries the load's id; a migration run on its own carries none")
    func schemaChangesCarryTheirLoad() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 13, apps: 3, teams: 1, addons: 3)) { fixture in
            let summary = try await fixture.load()
            let loadID = try #require(summary.loadID)
            let created = try fixture.query("""
                SELECT count(*)::text, count(*) FILTER (WHERE load_id = $1::bigint)::text
                FROM \(fixture.table("_schema_changes")) WHERE change = 'create table'
                """, [String(loadID)]).rows
            #expect(created == [[String(ReportCatalog.all.count), String(ReportCatalog.all.count)]])
            // So do the views it created, one row each.
            #expect(try fixture.int("""
                SELECT count(DISTINCT table_name) FROM \(fixture.table("_schema_changes"))
                WHERE change = 'create view' AND load_id = $1::bigint
                """, [String(loadID)]) == WarehouseSQL.views.count + 1, "the files' views and the generated change feed")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_schema_changes")) WHERE load_id IS NULL") == 0)
        }
        try await LoadFixture.with(SandboxConfiguration(seed: 13, apps: 3, teams: 1, addons: 3)) { fixture in
            _ = try await Warehouse(connection: fixture.connection, schema: fixture.schema)
                .migrate(reports: ReportCatalog.all.map(\.table))
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("_schema_changes")) WHERE change = 'create table' AND load_id IS NULL
                """) == ReportCatalog.all.count)
        }
    }

    @Test("stored objects equal the API's JSON, field by field and in _raw")
    func fieldsMatchTheAPI() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 5, apps: 25, teams: 2, addons: 40)) { fixture in
            try await fixture.load()
            for app in fixture.objects(.apps) {
                let id = try #require(app["id"]?.stringValue)
                // _raw is the object as fetched (jsonb equality is semantic).
                let rawEqual = try fixture.query(
                    "SELECT _raw = $2::jsonb FROM \(fixture.table("apps")) WHERE id = $1::uuid", [id, app.servedText])
                #expect(rawEqual.firstValue == "t", "\(id)")
                let row = try fixture.query("""
                    SELECT name, team_name, team_id::text, space_name, owner_email, region_name, maintenance::text, acm::text,
                           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                           repo_size::text, slug_size::text, buildpack_provided_description,
                           pg_typeof(created_at)::text, pg_typeof(id)::text, pg_typeof(team_id)::text,
                           pg_typeof(maintenance)::text, pg_typeof(slug_size)::text
                    FROM \(fixture.table("apps")) WHERE id = $1::uuid
                    """, [id])
                #expect(row.count == 1)
                #expect(row.value(0, "name") == app["name"]?.stringValue)
                #expect(row.rows[0][1] == app.value(at: ["team", "name"])?.stringValue)
                #expect(row.rows[0][2] == app.value(at: ["team", "id"])?.stringValue)
                #expect(row.rows[0][3] == app.value(at: ["space", "name"])?.stringValue)
                #expect(row.rows[0][4] == app.value(at: ["owner", "email"])?.stringValue)
                #expect(row.rows[0][5] == app.value(at: ["region", "name"])?.stringValue)
                #expect(row.rows[0][6] == app["maintenance"].map { $0 == .bool(true) ? "true" : "false" })
                #expect(row.rows[0][7] == app["acm"].map { $0 == .bool(true) ? "true" : "false" })
                #expect(row.rows[0][8] == app["created_at"]?.stringValue)
                #expect(row.rows[0][9] == app["repo_size"]?.numberText)
                #expect(row.rows[0][10] == app["slug_size"]?.numberText)
                #expect(row.rows[0][11] == app["buildpack_provided_description"]?.stringValue)
                #expect(Array(row.rows[0][12...16]) == ["timestamp with time zone", "uuid", "uuid", "boolean", "bigint"])
            }
            // Personal apps have a null team: the flattened columns are SQL NULL, not JSON null.
            let personal = fixture.objects(.apps).filter { $0["team"] == .null }
            #expect(!personal.isEmpty, "the generated account should hold personal apps")
            let nullTeams = try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE team_id IS NULL AND team_name IS NULL")
            #expect(nullTeams == personal.count)
        }
    }

    @Test("every stored _hash is the canonical hash of _raw read back, in current and history; a number rewritten by value writes no version")
    func hashesAreCanonical() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 12, apps: 20, teams: 2, addons: 30)) { fixture in
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                // jsonb stores 1.5e3 as 1500: hashed by value, the same either way.
                _ = account.setField(resource: .apps, id: app, path: ["sandbox_ratio"], value: .number("1.5e3"))
            }
            try await fixture.load()
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["name"], value: "renamed-app")
            }
            try await fixture.load()
            for table in ["apps", "addons", "addon_services", "teams"] {
                #expect(try canonicalHashMismatches(in: fixture.table(table), fixture.connection) == 0, "\(table)")
            }
            #expect(try canonicalHashMismatches(in: fixture.table("apps_history"), fixture.connection) == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == 1)
            let ratio = try fixture.query("SELECT _raw->>'sandbox_ratio' FROM \(fixture.table("apps")) WHERE id = $1::uuid", [app])
            #expect(ratio.firstValue == "1500")

            // The same value written another way (and the list served again): no version.
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["sandbox_ratio"], value: .number("15.00e2"))
            }
            let summary = try await fixture.load()
            #expect(summary.report("apps").counts.updated == 0 && summary.report("apps").counts.unchanged == 20)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == 1)
        }
    }

    @Test("in a LATIN1 database, _hash is the canonical hash of _raw read back (the client hashes what it stores)")
    func hashesInALatin1Database() async throws {
        let admin = try TestDatabase.connect()
        let exists = try admin.execute("SELECT 1 FROM pg_database WHERE datname = 'heroku_warehouse_latin1'")
        if exists.count == 0 {
            try admin.execute("""
                CREATE DATABASE heroku_warehouse_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0
                """)
        }
        let url = try #require(TestDatabase.url)
        // The same server and role, another database (any query string kept).
        let (base, query) = url.split(separator: "?", maxSplits: 1).map(String.init).splitFirst()
        let slash = try #require(base.range(of: "/", options: .backwards))
        let latin1URL = String(base[..<slash.lowerBound]) + "/heroku_warehouse_latin1" + (query.map { "?" + $0 } ?? "")
        try await LoadFixture.with(SandboxConfiguration(seed: 15, apps: 6, teams: 1, addons: 8)) { fixture in
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["sandbox_note"], value: "café über straße")
            }
            let summary = try await LoadRunner(logger: Logger(label: "test"))
                .run(fixture.request(reports: [ReportCatalog.named("apps")!], databaseURL: latin1URL))
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let latin1 = try Connection(url: latin1URL)
            defer { _ = try? latin1.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(fixture.schema)) CASCADE") }
            let apps = "\(Connection.quoteIdentifier(fixture.schema)).apps"
            #expect(try latin1.execute("SELECT count(*) FROM \(apps)").int(0, 0) == 6)
            #expect(try canonicalHashMismatches(in: apps, latin1) == 0)
            #expect(try latin1.execute("SELECT _raw->>'sandbox_note' FROM \(apps) WHERE id = $1::uuid", [app]).firstValue
                    == "café über straße")
        }
    }

    @Test("add-ons keep their price, plan and service; arrays stay jsonb")
    func addonsAreTyped() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 8, apps: 10, teams: 1, addons: 30)) { fixture in
            try await fixture.load()
            for addon in fixture.objects(.addons) {
                let id = try #require(addon["id"]?.stringValue)
                let row = try fixture.query("""
                    SELECT billed_price_cents::text, plan_name, addon_service_name, app_id::text, config_vars::text,
                           pg_typeof(config_vars)::text, pg_typeof(billed_price_cents)::text
                    FROM \(fixture.table("addons")) WHERE id = $1::uuid
                    """, [id])
                #expect(row.rows[0][0] == addon.value(at: ["billed_price", "cents"])?.numberText)
                #expect(row.rows[0][1] == addon.value(at: ["plan", "name"])?.stringValue)
                #expect(row.rows[0][2] == addon.value(at: ["addon_service", "name"])?.stringValue)
                #expect(row.rows[0][3] == addon.value(at: ["app", "id"])?.stringValue)
                #expect(row.rows[0][5] == "jsonb")
                #expect(row.rows[0][6] == "bigint")
                let arraysEqual = try fixture.query("SELECT $1::jsonb = $2::jsonb", [row.rows[0][4], addon["config_vars"]?.servedText])
                #expect(arraysEqual.firstValue == "t")
            }
        }
    }

    @Test("documented columns exist and carry Heroku's description even when no value is set")
    func documentedColumnsExist() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 2, apps: 0, teams: 0, addons: 0)) { fixture in
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let columns = try fixture.query("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = $1 AND table_name = 'apps' ORDER BY ordinal_position
                """, [fixture.schema])
            let names = columns.rows.compactMap { $0[0] }
            for expected in ["id", "name", "team_name", "owner_email", "region_name", "stack_name", "created_at", "acm"] {
                #expect(names.contains(expected), "\(expected) in \(names)")
            }
            let comment = try fixture.query(
                "SELECT col_description(to_regclass($1)::oid, (SELECT attnum FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'name'))",
                [fixture.table("apps")])
            #expect((comment.firstValue ?? "").contains("name of app"))
            // An empty account still lets every view answer.
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_per_app"))") == 0)
        }
    }

    @Test("the audit tables say what the load did")
    func auditRecordsTheLoad() async throws {
        try await LoadFixture.with { fixture in
            let summary = try await fixture.load()
            let load = try fixture.query(
                "SELECT status, account, reports::text, error, finished_at IS NOT NULL, requests FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1")
            #expect(load.rows[0][0] == "succeeded")
            #expect(load.rows[0][1] == summary.account)
            #expect(load.rows[0][1] == "owner@sandbox.example")
            #expect(load.rows[0][3] == nil)
            #expect(load.rows[0][4] == "t")
            let reports = try fixture.query(
                "SELECT report, status, pages, fetched, inserted FROM \(fixture.table("_load_reports")) WHERE load_id = $1::bigint ORDER BY report",
                [summary.loadID.map(String.init)])
            #expect(reports.rows.compactMap { $0[0] } == ReportCatalog.defaults.map(\.name).sorted())
            #expect(reports.rows.allSatisfy { $0[1] == "succeeded" && $0[2] == "1" })
            let appRow = reports.rows.first { $0[0] == "apps" }
            #expect(appRow?[3] == String(fixture.objects(.apps).count))
            // The reports loaded side by side are recorded together, in one transaction.
            #expect(try fixture.int(
                "SELECT count(DISTINCT xmin::text) FROM \(fixture.table("_load_reports")) WHERE load_id = $1::bigint",
                [summary.loadID.map(String.init)]) == 1)
        }
    }

    @Test("outcomes recorded together keep each report's last one")
    func recordingTogetherKeepsTheLastOutcome() async throws {
        try await LoadFixture.with { fixture in
            let summary = try await fixture.load()
            let loadID = try #require(summary.loadID)
            let warehouse = try Warehouse(connection: fixture.connection, schema: fixture.schema)
            var failed = ReportOutcome(report: "extra", status: .failed)
            failed.error = "first try"
            var retried = ReportOutcome(report: "extra", status: .succeeded)
            retried.pages = 3
            retried.durationMilliseconds = 1_500
            var other = ReportOutcome(report: "another", status: .skipped)
            other.error = "not loaded: over budget"
            try warehouse.ledger.record([failed, other, retried], loadID: loadID)
            let rows = try fixture.query("""
                SELECT report, status, pages::text, coalesce(error, '-'),
                       round(extract(epoch FROM finished_at - started_at) * 1000)::text, duration_ms::text
                FROM \(fixture.table("_load_reports"))
                WHERE load_id = $1::bigint AND report IN ('extra', 'another') ORDER BY report
                """, [String(loadID)]).rows
            #expect(rows == [["another", "skipped", "0", "not loaded: over budget", "0", "0"],
                             ["extra", "succeeded", "3", "-", "1500", "1500"]])
            try warehouse.ledger.record([], loadID: loadID)
        }
    }

    @Test("every number of an outcome lands in its own column of _load_reports")
    func everyCounterInItsColumn() async throws {
        try await LoadFixture.with { fixture in
            let loadID = try #require(try await fixture.load().loadID)
            let warehouse = try Warehouse(connection: fixture.connection, schema: fixture.schema)
            var outcome = ReportOutcome(report: "numbered", status: .succeeded)
            (outcome.pages, outcome.requests, outcome.retries, outcome.fetched) = (2, 3, 4, 5)
            (outcome.counts.inserted, outcome.counts.updated, outcome.counts.unchanged) = (6, 7, 8)
            (outcome.counts.deleted, outcome.counts.kept, outcome.counts.notFetched) = (9, 10, 11)
            (outcome.columnsAdded, outcome.columnsWidened, outcome.valuesAdjusted) = (12, 13, 14)
            (outcome.rateLimitWaitMilliseconds, outcome.durationMilliseconds, outcome.verified) = (15, 16, true)
            try warehouse.ledger.record([outcome], loadID: loadID)
            let row = try fixture.query("""
                SELECT pages, requests, retries, fetched, inserted, updated, unchanged, deleted, kept, not_fetched,
                       columns_added, columns_widened, values_adjusted, rate_limit_wait_ms, duration_ms, verified
                FROM \(fixture.table("_load_reports")) WHERE load_id = $1::bigint AND report = 'numbered'
                """, [String(loadID)]).rows
            #expect(row == [(2...16).map(String.init) + ["t"]])
        }
    }
}

private extension Array where Element == String {
    /// The first element and the second, if any.
    func splitFirst() -> (String, String?) { (first ?? "", count > 1 ? self[1] : nil) }
}

/// Rows of `table` whose `_hash` is not `CanonicalHash` of their `_raw` as PostgreSQL prints it.
func canonicalHashMismatches(in table: String, _ connection: Connection) throws -> Int {
    var hasher = CanonicalHash()
    let rows = try connection.execute("SELECT _hash, _raw::text FROM \(table)").rows
    return try rows.filter { row in
        let object = try #require(try JSONParser.parse(Array((row[1] ?? "").utf8)).objectValue)
        return hasher.hex(of: object, numbersFromStorage: true) != row[0]
    }.count
}
