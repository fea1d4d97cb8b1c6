import Schema
import Testing
@testable import Warehouse

/// The merge's statements, built without a database: what each one reads, writes and binds.
@Suite("MergeSQLTests")
struct MergeSQLTests {
    static let table = ReportTable(name: "app_releases", keyPaths: [["app", "id"], ["id"]], declared: [])
    static let columns = [
        ColumnSpec(name: "app_id", path: ["app", "id"], type: .uuid, source: .declared),
        ColumnSpec(name: "id", path: ["id"], type: .uuid, source: .declared),
        ColumnSpec(name: "odd\"name", path: ["odd\"name"], type: .text, source: .inferred),
    ]
    static let sql = MergeSQL(identifier: Identifier(schema: "heroku"), table: table, columns: columns,
                              keyColumns: Array(columns.prefix(2)))
    static let account = "acct'; DROP TABLE x; --"

    @Test("classify: one row per key (the copy fetched last), compared by _hash; every value a parameter")
    func classify() {
        let keys = Self.sql.stagedKeys()
        let statement = Self.sql.classify(account: Self.account, keys: keys, fromStagedKeysTable: false,
                                          recognised: nil, kept: [])
        #expect(statement.sql.hasPrefix("CREATE TEMP TABLE _hw_merge"))
        #expect(statement.sql.contains("DISTINCT ON"))
        #expect(statement.sql.contains("ORDER BY") && statement.sql.contains("st.ord DESC"))
        #expect(statement.sql.contains(#"WHEN t."_hash" <> s._hw_hash THEN 'update'"#))
        #expect(statement.sql.contains(#"t."app_id" = s."app_id" AND t."id" = s."id""#))
        #expect(!statement.sql.contains("DROP TABLE x"), "the account is bound, never spliced")
        #expect(statement.parameters == ["app", "id", "id", Self.account])
    }

    @Test("classify on a reload: gone keys are only those whose fingerprint did not arrive, and not kept")
    func classifyReload() {
        let kept = KeptRows(column: Self.columns[0], values: ["a1"], notFetched: true)
        let statement = Self.sql.classify(account: "acct", keys: Self.sql.stagedKeys(), fromStagedKeysTable: true,
                                          recognised: .init(unrecognised: [], storedAlsoRecognised: true), kept: [kept])
        #expect(statement.sql.contains("SELECT * FROM pg_temp._hw_staged"))
        #expect(statement.sql.contains(#"AND t."_fetch_hash" IN (SELECT fetch_hash FROM unrecognised)"#))
        #expect(statement.sql.contains(#"AND NOT t."app_id"::text = ANY($3::text[])"#))
        #expect(statement.parameters == ["acct", "{}", #"{"a1"}"#])
    }

    @Test("closing versions: the current rows of updated and deleted keys go to history with _valid_to and _op")
    func closeVersions() {
        let statement = Self.sql.closeVersions(account: Self.account, loadTime: "2026-12-07 10:00:00+00")
        #expect(statement.sql.hasPrefix(#"INSERT INTO "heroku"."app_releases_history" ("_account", "app_id", "id", "odd""name", "_load_id", "_hash", "_raw", "_valid_from", "_valid_to", "_op")"#))
        #expect(statement.sql.contains(#"SELECT t."_account", t."app_id", t."id", t."odd""name", t."_load_id", t."_hash", t."_raw", t."_valid_from", $2::timestamptz, m._hw_change"#))
        #expect(statement.sql.contains(#"JOIN "heroku"."app_releases" t"#))
        #expect(statement.sql.contains("WHERE m._hw_change IN ('update', 'delete')"))
        #expect(statement.parameters == [Self.account, "2026-12-07 10:00:00+00"])
    }

    @Test("upsert: new and changed objects projected from raw, valid from the load; the account never updated")
    func upsert() {
        let statement = Self.sql.upsertChanges(account: "acct", loadID: 42, loadTime: "T")
        #expect(statement.sql.hasPrefix(#"INSERT INTO "heroku"."app_releases" ("app_id", "id", "odd""name", "_account", "_load_id", "_hash", "_raw", "_fetch_hash", "_valid_from")"#))
        #expect(statement.sql.contains("WHERE m._hw_change IN ('insert', 'update')"))
        #expect(statement.sql.contains(#"ON CONFLICT ("_account", "app_id", "id") DO UPDATE SET"#))
        #expect(statement.sql.contains(#""_valid_from" = EXCLUDED."_valid_from""#))
        #expect(!statement.sql.contains(#""_account" = EXCLUDED"#))
        #expect(statement.parameters == ["app", "id", "id", "odd\"name", "acct", "42", "T"])
    }

    @Test("delete: only the gone keys leave the current table; history is not touched")
    func deleteGone() {
        let statement = Self.sql.deleteGone(account: "acct")
        #expect(statement.sql.hasPrefix(#"DELETE FROM "heroku"."app_releases" t USING pg_temp._hw_merge m"#))
        #expect(statement.sql.contains("m._hw_change = 'delete'"))
        #expect(!statement.sql.contains("_history"))
    }

    @Test("a first load writes the current table only, de-duplicating keys only when asked")
    func firstLoad() {
        let keys = Self.sql.stagedKeys()
        let plain = Self.sql.insertFirstVersions(account: "acct", loadID: 1, loadTime: "T", keys: keys, onlyLastCopies: false)
        let deduplicated = Self.sql.insertFirstVersions(account: "acct", loadID: 1, loadTime: "T", keys: keys, onlyLastCopies: true)
        #expect(!plain.sql.contains("_history") && !plain.sql.contains("DISTINCT ON"))
        #expect(deduplicated.sql.contains("DISTINCT ON") && deduplicated.sql.contains("ord DESC"))
        #expect(plain.sql.contains(#"WHERE ((raw -> $1::text ->> $2::text)::uuid) IS NOT NULL AND ((raw ->> $3::text)::uuid) IS NOT NULL"#))
    }

    @Test("the fingerprint refresh touches only rows whose content did not change")
    func refreshFingerprints() {
        let statement = Self.sql.refreshFingerprints(account: "acct")
        #expect(statement.sql.contains("m._hw_change = 'same'"))
        #expect(statement.sql.contains(#"t."_fetch_hash" IS DISTINCT FROM m._hw_fetch_hash"#))
    }
}
