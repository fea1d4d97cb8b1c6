import Postgres
import WarehouseSQL

/// Creates and drops the analyst views of `sql/views`. Views are never dropped with CASCADE,
/// so a user's own view on top of ours is never removed behind their back: the drop fails
/// with PostgreSQL's message naming it instead.
struct ViewInstaller {
    let connection: Connection
    let identifier: Identifier

    /// Creates (or replaces) every view, `changes` generated from `reports`, and records
    /// their version (an upgrade: the load's id is given to its changes later). Must run
    /// inside a transaction, after the reports' tables exist.
    func createAll(reports: [ReportTable]) throws {
        let catalog = ColumnCatalog(connection: connection, identifier: identifier)
        let sources = try reports.map { table in
            let keys = try table.keyColumns(in: catalog.columns(of: table.name)).map(\.name)
            return ChangesView.Source(table: table, keyColumns: keys)
        }
        let changes = ChangesView.view(sources)
        try create(WarehouseSQL.views + [changes], loadID: nil)
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_meta")) (key, value)
            VALUES ('views_version', $1), ('changes_view', $2)
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
            """, [Self.version(reports: reports), changes.sql])
    }

    /// Whether a view is missing or was created from other SQL than this program's.
    func needRecreation(reports: [ReportTable]) throws -> Bool {
        let recorded = try connection.execute(
            "SELECT value FROM \(identifier.qualified("_meta")) WHERE key = 'views_version'").firstValue
        guard recorded == Self.version(reports: reports) else { return true }
        let names = WarehouseSQL.views.map(\.name) + [ChangesView.name]
        let missing = try connection.execute(
            "SELECT count(*) FROM unnest($1::text[]) AS v(name) WHERE to_regclass(v.name) IS NULL",
            [PostgresArray.literal(names.map(identifier.qualified))])
        return missing.int(0, 0) != 0
    }

    /// A fingerprint of every view's SQL and of what `changes` is generated from (FNV-1a,
    /// 64 bits): it changes when any view changes.
    static func version(reports: [ReportTable]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let texts = WarehouseSQL.views.map { $0.name + "\u{1F}" + $0.sql } + [ChangesView.fingerprintText(reports)]
        for byte in texts.joined(separator: "\u{1E}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// The views this program installed: the files' and the generated `changes` (as stored
    /// when it was created).
    func installedViews() throws -> [WarehouseSQL.View] {
        let changes = try connection.execute(
            "SELECT value FROM \(identifier.qualified("_meta")) WHERE key = 'changes_view'").firstValue
        return WarehouseSQL.views + (changes.map { [WarehouseSQL.View(name: ChangesView.name, sql: $0)] } ?? [])
    }

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
        return try installedViews().filter { names.contains($0.name) }
    }
}
