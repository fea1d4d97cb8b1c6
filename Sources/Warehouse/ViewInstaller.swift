import Postgres
import WarehouseSQL

/// Creates and drops the analyst views of `sql/views`. Views are never dropped with CASCADE,
/// so a user's own view on top of ours is never removed behind their back: the drop fails
/// with PostgreSQL's message naming it instead.
struct ViewInstaller {
    let connection: Connection
    let identifier: Identifier

    /// Creates (or replaces) every view and records their version. Must run inside a transaction.
    func createAll() throws {
        try connection.execute("SET LOCAL search_path TO \(Identifier.quote(identifier.schema))")
        for view in WarehouseSQL.views {
            try connection.execute(view.sql)
        }
        try connection.execute("SET LOCAL search_path TO DEFAULT")
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

    /// Drops every view that exists, in reverse dependency order.
    func dropAll() throws {
        for view in WarehouseSQL.views.reversed() {
            try connection.execute("DROP VIEW IF EXISTS \(identifier.qualified(view.name))")
        }
    }
}
