import HerokuSandbox
import Loader
import Postgres
import TestSupport
import Testing
@testable import Warehouse

/// A large first load into empty tables builds their indexes after the rows (one sort each),
/// and leaves the tables indexed exactly as they were.
@Suite("Indexes of a first load")
struct FirstLoadIndexTests {
    /// Enough add-ons for the work to be done in steps (`ReportMerger.largeStage`).
    static let large = SandboxConfiguration(seed: 91, apps: 40, teams: 1, addons: 10_000)
    static let addons = [ReportCatalog.named("addons")!]

    /// One index of a table: name, definition, comment and file (`indexrelid`).
    struct IndexRow: Equatable {
        var name: String
        var definition: String
        var comment: String?
        var oid: String
    }

    func indexes(of table: String, _ fixture: LoadFixture) throws -> [IndexRow] {
        try fixture.query("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid), obj_description(i.indexrelid, 'pg_class'), i.indexrelid::oid::text
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = $1::regclass ORDER BY c.relname
            """, [fixture.table(table)]).rows.map { IndexRow(name: $0[0] ?? "", definition: $0[1] ?? "", comment: $0[2], oid: $0[3] ?? "") }
    }

    func constraints(of table: String, _ fixture: LoadFixture) throws -> [[String?]] {
        try fixture.query("""
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass ORDER BY conname
            """, [fixture.table(table)]).rows
    }

    func withoutFiles(_ rows: [IndexRow]) -> [IndexRow] {
        rows.map { var row = $0; row.oid = ""; return row }
    }

    func migrate(_ fixture: LoadFixture) async throws {
        _ = try await Warehouse(connection: fixture.connection, schema: fixture.schema)
            .migrate(reports: ReportCatalog.all.map(\.table))
    }

    @Test("rebuilt after the rows, with the same names, definitions, constraints and comments; not when the table holds another account's rows")
    func rebuiltAsTheyWere() async throws {
        try await LoadFixture.with(Self.large) { fixture in
            try await migrate(fixture)
            try fixture.connection.execute("CREATE INDEX addons_by_name ON \(fixture.table("addons")) (name)")
            try fixture.connection.execute("COMMENT ON INDEX \(Connection.quoteQualified(fixture.schema, "addons_by_name")) IS 'an analyst''s index'")
            let before = try ["addons", "addons_history"].map { try indexes(of: $0, fixture) }
            let constraintsBefore = try ["addons", "addons_history"].map { try constraints(of: $0, fixture) }
            #expect(before[0].count == 3 && before[1].count == 1, "primary key, fingerprint and analyst's index; primary key")

            #expect(try await fixture.load(reports: Self.addons).status == .succeeded)
            let after = try ["addons", "addons_history"].map { try indexes(of: $0, fixture) }
            #expect(after.map(withoutFiles) == before.map(withoutFiles))
            #expect(try ["addons", "addons_history"].map { try constraints(of: $0, fixture) } == constraintsBefore)
            for (old, new) in zip(before[0], after[0]) {
                #expect(old.oid != new.oid, "\(new.name) was built after the rows")
            }
            #expect(after[1] == before[1], "a first load writes nothing into history")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 10_000)
            // The indexes work: a lookup by key uses the primary key, and it is unique.
            let id = try #require(fixture.objects(.addons).first?["id"]?.stringValue)
            try fixture.connection.execute("SET enable_seqscan = off")
            let plan = try fixture.query("""
                EXPLAIN (COSTS OFF) SELECT * FROM \(fixture.table("addons")) WHERE _account = 'x' AND id = $1::uuid
                """, [id]).rows.compactMap { $0[0] }.joined(separator: "\n")
            #expect(plan.contains("addons_pkey"), "\(plan)")
            try fixture.connection.execute("RESET enable_seqscan")

            // A second account's first load: the tables hold rows, so nothing is dropped.
            #expect(try await fixture.load(reports: Self.addons, accountLabel: "second account").status == .succeeded)
            #expect(try ["addons", "addons_history"].map { try indexes(of: $0, fixture) } == after)
            #expect(try fixture.int("SELECT count(DISTINCT _account) FROM \(fixture.table("addons"))") == 2)
        }
    }

    @Test("an analyst's foreign key on the primary key, or a CLUSTER mark: those indexes stay, the load succeeds")
    func foreignKeyKeepsTheIndexes() async throws {
        try await LoadFixture.with(Self.large) { fixture in
            try await migrate(fixture)
            try fixture.connection.execute("""
                CREATE TABLE \(fixture.table("addon_notes")) (addon_account text, addon_id uuid, note text,
                    FOREIGN KEY (addon_account, addon_id) REFERENCES \(fixture.table("addons")) (_account, id))
                """)
            try fixture.connection.execute("ALTER TABLE \(fixture.table("addons")) CLUSTER ON addons_pkey")
            let before = try indexes(of: "addons", fixture)
            let historyBefore = try indexes(of: "addons_history", fixture)
            let summary = try await fixture.load(reports: Self.addons)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try indexes(of: "addons", fixture) == before, "not dropped: a foreign key depends on the key")
            #expect(try indexes(of: "addons_history", fixture) == historyBefore, "a first load writes nothing into history")
            #expect(try fixture.int("""
                SELECT count(*) FROM pg_index WHERE indrelid = $1::regclass AND indisclustered
                """, [fixture.table("addons")]) == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 10_000)
            #expect(try fixture.int("""
                SELECT count(*) FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'
                """, [fixture.table("addon_notes")]) == 1)
        }
    }

    @Test("another session reading the empty table: the drop waits a second, then the load goes on with the indexes as they are")
    func lockedByAReader() async throws {
        try await LoadFixture.with(Self.large) { fixture in
            // Emptied after a first load, so the next account's first load adds no column (an
            // ALTER TABLE would wait for the reader whatever the indexes).
            #expect(try await fixture.load(reports: Self.addons).status == .succeeded)
            try fixture.connection.execute("TRUNCATE \(fixture.table("addons")), \(fixture.table("addons_history"))")
            let before = try indexes(of: "addons", fixture)
            let historyBefore = try indexes(of: "addons_history", fixture)
            let reader = try TestDatabase.connect()
            try reader.execute("BEGIN")
            try reader.execute("SELECT count(*) FROM \(fixture.table("addons"))")
            let started = ContinuousClock.now
            let summary = try await fixture.load(reports: Self.addons, accountLabel: "second account")
            let waited = ContinuousClock.now - started
            try reader.execute("ROLLBACK")
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(waited >= .seconds(1) && waited < .seconds(30), "\(waited)")
            #expect(try indexes(of: "addons", fixture) == before, "the reader's lock kept them")
            #expect(try indexes(of: "addons_history", fixture) == historyBefore, "a first load writes nothing into history")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 10_000)
        }
    }

    @Test("a small first load keeps the indexes; a large reload of rows without fingerprints compares all of them")
    func smallFirstLoadAndLargeChange() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 93, apps: 40, teams: 1, addons: 10_000)) { fixture in
            try await migrate(fixture)
            let apps = [ReportCatalog.named("apps")!]
            let appIndexes = try indexes(of: "apps", fixture)
            #expect(try await fixture.load(reports: apps).status == .succeeded)
            #expect(try indexes(of: "apps", fixture) == appIndexes, "40 apps: inserted into the indexes as they are")

            #expect(try await fixture.load(reports: Self.addons).status == .succeeded)
            // Rows without fingerprints (stored by an older release): every object is staged
            // and compared in SQL. Two add-ons change, so the list is fetched again.
            try fixture.connection.execute("UPDATE \(fixture.table("addons")) SET _fetch_hash = NULL")
            let ids = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted().prefix(2)
            fixture.server.mutate { account in
                for id in ids { account.setField(resource: .addons, id: id, path: ["plan", "name"], value: "changed:plan") }
            }
            let reload = try await fixture.load(reports: Self.addons)
            let counts = reload.report("addons").counts
            #expect(reload.status == .succeeded, "\(reload.error ?? "")")
            #expect(counts.updated == 2 && counts.unchanged == 9_998 && counts.inserted == 0 && counts.deleted == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE plan_name = 'changed:plan'") == 2)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE _fetch_hash IS NULL") == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_history"))") == 2)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_with_history"))") == 10_002)
        }
    }
}
