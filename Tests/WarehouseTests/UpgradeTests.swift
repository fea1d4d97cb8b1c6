import Foundation
import HerokuSandbox
import Loader
import Logging
import Postgres
import Schema
import Testing
import TestSupport
@testable import Warehouse

/// A warehouse written by the release before system-versioned tables (schema version 10,
/// `Fixtures/schema-v10.sql`) upgrades in place to closed-only history.
@Suite("Upgrade to closed-only history")
struct UpgradeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/schema-v10.sql")
    /// The reports the scenario loaded (every one keyed by `id`).
    static let loaded = ReportCatalog.defaults.map(\.name)

    /// Reports added after the release this scenario upgrades from.
    static let addedSince: Set<String> = ["enterprise_accounts", "invoices", "team_invoices", "team_daily_usage",
                                          "team_monthly_usage", "enterprise_daily_usage", "enterprise_monthly_usage"]

    @Test("three loads with renames, deletes and widenings: every version as the old history showed it, through R_with_history and R__as_of; the next reloads write nothing")
    func upgradesInPlace() async throws {
        try await LoadFixture.with(UpgradeScenario.configuration) { fixture in
            try restore(into: fixture)
            var versions: [String: [[String?]]] = [:]
            var deletions: [String: [[String?]]] = [:]
            var asOf: [String: [[[String?]]]] = [:]
            let times = try fixture.query("SELECT started_at::text FROM \(fixture.table("_loads")) ORDER BY load_id").rows
                .compactMap { $0[0] }
            #expect(times.count == 3)
            for report in Self.loaded {
                let history = fixture.table(report + "_history")
                // Versions (not the delete markers), with their validity and content.
                versions[report] = try fixture.query("""
                    SELECT _account, id::text, _load_id::text, _valid_from::text, _valid_to::text, _raw::text
                    FROM \(history) WHERE _op <> 'delete' ORDER BY 1, 2, 3
                    """).rows
                deletions[report] = try fixture.query(
                    "SELECT _account, id::text, _valid_from::text FROM \(history) WHERE _op = 'delete' ORDER BY 1, 2, 3").rows
                asOf[report] = try times.map { time in
                    try fixture.query("""
                        SELECT id::text, _raw::text FROM \(history)
                        WHERE _op <> 'delete' AND _valid_from <= $1::timestamptz AND (_valid_to IS NULL OR _valid_to > $1::timestamptz)
                        ORDER BY 1
                        """, [time]).rows
                }
            }
            #expect(deletions["apps"]?.count == 1 && versions["apps"]?.count == 11, "the scenario's rename, delete and addition")
            // The change feed as the release before showed it.
            let feed = """
                SELECT changed_at::text, report, _account, id, name, operation, load_id::text, changed_keys::text
                FROM \(fixture.table("changes")) ORDER BY 1, 2, 4, 6
                """
            let feedBefore = try fixture.query(feed).rows
            #expect(feedBefore.contains { $0[5] == "delete" } && feedBefore.contains { $0[5] == "update" })

            let outcome = try await Warehouse(connection: fixture.connection, schema: fixture.schema)
                .migrate(reports: ReportCatalog.all.map(\.table))
            #expect(outcome.fromVersion == 10 && outcome.toVersion == Migrator.supportedVersion)
            // The reports added since (usage and invoices) get new tables: nothing to upgrade.
            #expect(Set(outcome.tablesUpgraded) == Set(ReportCatalog.names).subtracting(Self.addedSince))

            for report in Self.loaded {
                let upgraded = try fixture.query("""
                    SELECT _account, id::text, _load_id::text, _valid_from::text, _valid_to::text, _raw::text
                    FROM \(fixture.table(report + "_with_history")) ORDER BY 1, 2, 3
                    """).rows
                #expect(upgraded == versions[report], "\(report)")
                #expect(try fixture.query("""
                    SELECT _account, id::text, _valid_to::text FROM \(fixture.table(report + "_history"))
                    WHERE _op = 'delete' ORDER BY 1, 2, 3
                    """).rows == deletions[report], "\(report)")
                for (index, time) in times.enumerated() {
                    #expect(try fixture.query("SELECT id::text, _raw::text FROM \(fixture.table(report + "__as_of"))($1::timestamptz) ORDER BY 1",
                                              [time]).rows == asOf[report]?[index], "\(report) at load \(index + 1)")
                }
                for table in [report, report + "_history"] {
                    #expect(try canonicalHashMismatches(in: fixture.table(table), fixture.connection) == 0, "\(table)")
                }
            }
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("_schema_changes")) WHERE change = 'upgrade table'
                """) == ReportCatalog.all.count - Self.addedSince.count)
            // The generated feed tells the same story, deletions with the load that saw them.
            #expect(try fixture.query(feed).rows == feedBefore)

            // The account as the scenario left it: reloaded as it comes (ETags and fingerprints
            // of the old release), then with both forgotten, so every object is compared by _hash.
            for number in 2...3 { fixture.server.mutate { UpgradeScenario.mutate(before: number, &$0) } }
            for forgetting in [false, true] {
                if forgetting {
                    try fixture.connection.execute("DELETE FROM \(fixture.table("_list_etags"))")
                    for report in Self.loaded {
                        try fixture.connection.execute("UPDATE \(fixture.table(report)) SET _fetch_hash = NULL")
                    }
                }
                let summary = try await fixture.load()
                #expect(summary.status == .succeeded, "\(summary.error ?? "")")
                for outcome in summary.reports {
                    #expect(outcome.counts.inserted + outcome.counts.updated + outcome.counts.deleted == 0,
                            "\(outcome.report) after the upgrade (forgetting: \(forgetting)): \(outcome.counts)")
                }
            }
            #expect(try fixture.query("SELECT count(*) FROM \(fixture.table("apps"))").int(0, 0) == 8)
        }
    }

    @Test("a current row that disagrees with its open version fails that report's upgrade, naming the key; nothing of it changes")
    func mismatchStopsThatReport() async throws {
        try await LoadFixture.with(UpgradeScenario.configuration) { fixture in
            try restore(into: fixture)
            let id = try #require(try fixture.query("SELECT id::text FROM \(fixture.table("apps")) ORDER BY id LIMIT 1").firstValue)
            try fixture.connection.execute("UPDATE \(fixture.table("apps")) SET name = 'edited by hand' WHERE id = $1::uuid", [id])
            let before = try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))")
            let warehouse = try Warehouse(connection: fixture.connection, schema: fixture.schema)
            do {
                try await warehouse.migrate(reports: ReportCatalog.all.map(\.table))
                Issue.record("the upgrade went through")
            } catch let error as WarehouseError {
                #expect(error.description.contains("cannot upgrade apps") && error.description.contains(id), "\(error)")
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == before)
            func upgraded(_ table: String) throws -> Bool {
                try fixture.int("""
                    SELECT count(*) FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = '_valid_from'
                    """, [fixture.schema, table]) == 1
            }
            #expect(try !upgraded("apps"))
            // Every other report was upgraded, each on its own; the change feed waits for all.
            #expect(try upgraded("teams") && upgraded("addons") && upgraded("dyno_sizes"))
            #expect(try fixture.query("SELECT to_regclass($1)::text", [fixture.table("changes")]).firstValue == nil)

            // Fixed by hand, the next run upgrades apps and brings the feed back.
            try fixture.connection.execute("""
                UPDATE \(fixture.table("apps")) t SET name = h.name FROM \(fixture.table("apps_history")) h
                WHERE h.id = t.id AND h._valid_to IS NULL AND t.id = $1::uuid
                """, [id])
            let outcome = try await warehouse.migrate(reports: ReportCatalog.all.map(\.table))
            #expect(outcome.tablesUpgraded == ["apps"])
            #expect(try upgraded("apps"))
            #expect(try fixture.query("SELECT to_regclass($1)::text", [fixture.table("changes")]).firstValue != nil)
        }
    }

    @Test("a dry run on a version-10 warehouse changes nothing and says to migrate first")
    func dryRunRefusesToUpgrade() async throws {
        try await LoadFixture.with(UpgradeScenario.configuration) { fixture in
            try restore(into: fixture)
            var request = try fixture.request()
            request.dryRun = true
            do {
                _ = try await LoadRunner(logger: Logger(label: "test")).run(request)
                Issue.record("the dry run went on")
            } catch {
                #expect("\(error)".contains("heroku-warehouse migrate"), "\(error)")
            }
            #expect(try fixture.int("""
                SELECT count(*) FROM information_schema.columns WHERE table_schema = $1 AND column_name = '_valid_from' AND table_name = 'apps'
                """, [fixture.schema]) == 0)
            #expect(try fixture.query("SELECT value FROM \(fixture.table("_meta")) WHERE key = 'schema_version'").firstValue == "10")
        }
    }

    /// Restores the version-10 warehouse into the fixture's schema.
    private func restore(into fixture: LoadFixture) throws {
        let sql = try String(contentsOf: Self.fixture, encoding: .utf8).replacingOccurrences(of: "__SCHEMA__", with: fixture.schema)
        let connection = try TestDatabase.connect()
        try connection.execute(sql)
    }
}
