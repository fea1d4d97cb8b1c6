import Postgres
import WarehouseSQL

/// Creates and drops the analyst views of `sql/views`. Views are never dropped with CASCADE,
/// so a user's own view on top of ours is never removed behind their back: the drop fails
/// with PostgreSQL's message naming it instead.
struct ViewInstaller {
    let connection: Connection
    let identifier: Identifier

    /// Creates (or replaces) every view and records their version (an upgrade: the load's id
    /// is given to its changes later). Must run inside a transaction.
    func createAll() throws {
        try create(WarehouseSQL.views, loadID: nil)
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_meta")) (key, value) VALUES ('views_version', $1)
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
            """, [Self.version])
    }

    /// Whether a view is missing or was created from other SQL than this program's.
    func needRecreation() throws -> Bool {
        let recorded = try connection.execute(
            "SELECT value FROM \(identifier.qualified("_meta")) WHERE key = 'views_version'").firstValue
        guard recorded == Self.version else { return true }
        let missing = try connection.execute(
            "SELECT count(*) FROM unnest($1::text[]) AS v(name) WHERE to_regclass(v.name) IS NULL",
            [PostgresArray.literal(WarehouseSQL.views.map { identifier.qualified($0.name) })])
        return missing.int(0, 0) != 0
    }

    /// A fingerprint of every view's SQL (FNV-1a, 64 bits): it changes when any view changes.
    static let version: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for view in WarehouseSQL.views {
            for byte in (view.name + "\u{1F}" + view.sql).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    /// Creates (or replaces) `views`, given in dependency order, each recorded in
    /// `_schema_changes` as a `create view` change of load `loadID`. Must run inside a transaction.
    func create(_ views: [WarehouseSQL.View], loadID: Int64?) throws {
        try connection.execute("SET LOCAL search_path TO \(Identifier.quote(identifier.schema))")
        for view in views {
            try connection.execute(view.sql)
        }
        try connection.execute("SET LOCAL search_path TO DEFAULT")
        guard !views.isEmpty else { return }
        try connection.execute("""
            INSERT INTO \(identifier.qualified("_schema_changes")) (load_id, table_name, change, ddl)
            SELECT $1::bigint, name, 'create view', ddl FROM unnest($2::text[], $3::text[]) AS v(name, ddl)
            """, [loadID.map(String.init), PostgresArray.literal(views.map(\.name)), PostgresArray.literal(views.map(\.sql))])
    }

    /// Drops those of `views` that exist, in reverse dependency order.
    func drop(_ views: [WarehouseSQL.View]) throws {
        for view in views.reversed() {
            try connection.execute("DROP VIEW IF EXISTS \(identifier.qualified(view.name))")
        }
    }

    /// Our views that read any of `tables` (schema-qualified, quoted), directly or through
    /// other views, in dependency order: the ones a change of those tables' column types
    /// must drop and create again. Views of ours that are missing are left out.
    func views(reading tables: [String]) throws -> [WarehouseSQL.View] {
        let readers = try connection.execute("""
            WITH RECURSIVE readers(oid) AS (
                SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
                WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.refobjid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
              UNION
                SELECT r.ev_class FROM readers x
                JOIN pg_depend d ON d.refobjid = x.oid AND d.classid = 'pg_rewrite'::regclass
                                AND d.refclassid = 'pg_class'::regclass
                JOIN pg_rewrite r ON r.oid = d.objid
            )
            SELECT c.relname FROM readers JOIN pg_class c ON c.oid = readers.oid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'v' AND n.nspname = $2
            """, [PostgresArray.literal(tables), identifier.schema])
        let names = Set((0..<readers.count).compactMap { readers.value($0, 0) })
        return WarehouseSQL.views.filter { names.contains($0.name) }
    }
}
