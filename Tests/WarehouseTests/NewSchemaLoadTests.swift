import HerokuSandbox
import Loader
import Logging
import Postgres
import TestSupport
import Testing
@testable import Warehouse

/// A first load into a new schema fetches while the schema's report tables and views are
/// created (`TablesAlongside`): the same warehouse as a load into a schema migrated first,
/// and a failure to create them fails the load without writing a report row.
@Suite("First load into a new schema")
struct NewSchemaLoadTests {
    @Test("leaves the same relations, columns and rows as a load into a schema migrated beforehand")
    func sameAsMigratedFirst() async throws {
        let configuration = SandboxConfiguration(seed: 21, apps: 15, teams: 2, addons: 30)
        let alongside = try await LoadFixture.with(configuration) { fixture in
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            return try Self.shape(of: fixture)
        }
        let migratedFirst = try await LoadFixture.with(configuration) { fixture in
            _ = try await Warehouse(connection: fixture.connection, schema: fixture.schema)
                .migrate(reports: ReportCatalog.all.map(\.table))
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            return try Self.shape(of: fixture)
        }
        #expect(alongside.relations == migratedFirst.relations)
        #expect(alongside.columns == migratedFirst.columns)
        #expect(alongside.rows == migratedFirst.rows)
        #expect(alongside.relations.contains(["changes", "v"]) && alongside.relations.contains(["addons__as_of", "f"]))
    }

    @Test("a report table that cannot be created stops the load with the reason; no report row is written")
    func tableThatCannotBeCreatedFailsTheLoad() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 22, apps: 6, teams: 1, addons: 8)) { fixture in
            // An analyst's own table where the loader's `apps` goes.
            try fixture.connection.execute("""
                CREATE SCHEMA \(Connection.quoteIdentifier(fixture.schema));
                CREATE TABLE \(fixture.table("apps")) (note text);
                INSERT INTO \(fixture.table("apps")) VALUES ('mine')
                """)
            fixture.server.resetRequestLog()
            let summary = try await fixture.load()
            #expect(summary.status == .failed)
            #expect(summary.error?.contains("relation \"apps\" already exists") == true, "\(summary.error ?? "")")
            for outcome in summary.reports {
                #expect(outcome.status != .succeeded, "\(outcome.report)")
                #expect(outcome.counts.inserted == 0, "\(outcome.report)")
            }
            let load = try fixture.query("SELECT status, error FROM \(fixture.table("_loads"))").rows
            #expect(load.count == 1 && load[0][0] == "failed")
            #expect(load.first?[1]?.contains("already exists") == true)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("_schema_changes"))") == 0)
            #expect(try fixture.query("SELECT to_regclass($1) IS NULL", [fixture.table("addons")]).firstValue == "t")
            #expect(try fixture.query("SELECT note FROM \(fixture.table("apps"))").rows == [["mine"]])

            // Once the analyst's table is out of the way, the next load creates everything.
            try fixture.connection.execute("DROP TABLE \(fixture.table("apps"))")
            let retried = try await fixture.load()
            #expect(retried.status == .succeeded, "\(retried.error ?? "")")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == fixture.objects(.apps).count)
        }
    }

    /// The schema's relations (name, kind), the report tables' columns and the reports' rows
    /// without what differs between two loads (the load's id and time).
    private struct Shape {
        var relations: [[String?]]
        var columns: [[String?]]
        var rows: [[String?]]
    }

    private static func shape(of fixture: LoadFixture) throws -> Shape {
        let relations = try fixture.query("""
            SELECT relname::text, relkind::text FROM pg_class WHERE relnamespace = $1::regnamespace
            UNION ALL
            SELECT proname::text, 'f' FROM pg_proc WHERE pronamespace = $1::regnamespace
            ORDER BY 1, 2
            """, [fixture.schema]).rows
        let columns = try fixture.query("""
            SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
            WHERE table_schema = $1 ORDER BY 1, 2
            """, [fixture.schema]).rows
        var rows: [[String?]] = []
        for report in WarehouseSnapshot.reports {
            rows += try fixture.query("""
                SELECT $1::text, count(*)::text, md5(string_agg(_hash || _fetch_hash || _raw::text, ',' ORDER BY _hash))
                FROM \(fixture.table(report))
                """, [report]).rows
        }
        return Shape(relations: relations, columns: columns, rows: rows)
    }
}
